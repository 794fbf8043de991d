/**
 * 我的收藏 and 最近看过, kept on the device in IndexedDB (tables `saved` and `recent` of AppDb v2).
 * Never throws: when IndexedDB is blocked, full or deleted, the lists live in memory for this session and
 * `memoryOnly` says so, so the UI can show a plain sentence instead of an error.
 */
import { isStoredItem, type ItemKind } from '$lib/domain/saved';
import type { AppDb, RecentRow, SavedRow } from './db';
import { DbHandle } from './db-handle';

/** How many recently opened pages are remembered; older ones are dropped. */
export const RECENT_MAX = 20;

export class PersonalStore {
	private db: DbHandle;
	private saved = new Map<string, SavedRow>();
	private recent = new Map<string, RecentRow>();
	private loaded = false;
	memoryOnly = false;
	/** Stored rows that were malformed and left out of the lists (shown on /saved). */
	skippedRows = 0;

	constructor(
		openDb: () => AppDb | null,
		private now: () => number = () => Date.now()
	) {
		this.db = new DbHandle(
			openDb,
			() => {
				this.memoryOnly = true;
			},
			// The database may be new and empty after a reopen: everything this session holds goes back in.
			(db) => this.writeBack(db)
		);
	}

	private async writeBack(db: AppDb): Promise<void> {
		await db.transaction('rw', db.saved, db.recent, async () => {
			await db.saved.bulkPut([...this.saved.values()]);
			await db.recent.bulkPut([...this.recent.values()]);
		});
	}

	/** Reads both lists once (later calls return the in-memory copy). Newest first. */
	async load(): Promise<{ saved: SavedRow[]; recent: RecentRow[] }> {
		if (!this.loaded) {
			this.loaded = true;
			const rows = await this.db.run(async (db) => ({ saved: await db.saved.toArray(), recent: await db.recent.toArray() }));
			// Items added in memory before the read finished win over stored ones.
			for (const r of rows?.saved ?? []) {
				if (!isStoredItem(r, 'savedAt')) this.skippedRows++;
				else if (!this.saved.has(r.key)) this.saved.set(r.key, r);
			}
			for (const r of rows?.recent ?? []) {
				if (!isStoredItem(r, 'viewedAt')) this.skippedRows++;
				else if (!this.recent.has(r.key)) this.recent.set(r.key, r);
			}
		}
		return { saved: this.savedList(), recent: this.recentList() };
	}

	savedList(): SavedRow[] {
		return [...this.saved.values()].sort((a, b) => b.savedAt - a.savedAt || a.key.localeCompare(b.key));
	}

	recentList(): RecentRow[] {
		return [...this.recent.values()].sort((a, b) => b.viewedAt - a.viewedAt || a.key.localeCompare(b.key));
	}

	/** True only when the row is on the device: the UI never confirms a save that was not written. */
	async save(kind: ItemKind, key: string): Promise<boolean> {
		const row: SavedRow = { key, kind, savedAt: this.now() };
		this.saved.set(key, row);
		return (await this.db.run((db) => db.saved.put(row))) !== null;
	}

	/** Saves several at once (a shared list taken over), keeping their order. */
	async saveAll(items: readonly { kind: ItemKind; key: string }[]): Promise<boolean> {
		const t = this.now();
		// Later items get earlier times so that the list reads in the shared order, newest first.
		const rows = items.filter((i) => !this.saved.has(i.key)).map((i, n): SavedRow => ({ key: i.key, kind: i.kind, savedAt: t - n }));
		for (const r of rows) this.saved.set(r.key, r);
		if (!rows.length) return true;
		return (await this.db.run((db) => db.saved.bulkPut(rows))) !== null;
	}

	async unsave(key: string): Promise<void> {
		this.saved.delete(key);
		await this.db.run((db) => db.saved.delete(key));
	}

	async recordView(kind: ItemKind, key: string): Promise<void> {
		const row: RecentRow = { key, kind, viewedAt: this.now() };
		this.recent.set(key, row);
		const drop = this.recentList()
			.slice(RECENT_MAX)
			.map((r) => r.key);
		for (const k of drop) this.recent.delete(k);
		await this.db.run(async (db) => {
			await db.transaction('rw', db.recent, async () => {
				await db.recent.put(row);
				if (drop.length) await db.recent.bulkDelete(drop);
			});
		});
	}

	async clearRecent(): Promise<void> {
		this.recent.clear();
		await this.db.run((db) => db.recent.clear());
	}
}

