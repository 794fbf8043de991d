/**
 * 我的收藏 and 最近看过, kept on the device in IndexedDB (tables `saved` and `recent` of AppDb v2).
 * Never throws: when IndexedDB is blocked, full or deleted, the lists live in memory for this session and
 * `memoryOnly` says so, so the UI can show a plain sentence instead of an error.
 */
import type { ItemKind } from '$lib/domain/saved';
import type { AppDb, RecentRow, SavedRow } from './db';
import { DbHandle } from './db-handle';

/** How many recently opened pages are remembered; older ones are dropped. */
export const RECENT_MAX = 20;

export const MEMORY_ONLY_LISTS = '本机无法保存收藏，关闭页面后会丢失';

export class PersonalStore {
	private db: DbHandle;
	private saved = new Map<string, SavedRow>();
	private recent = new Map<string, RecentRow>();
	private loaded = false;
	memoryOnly = false;

	constructor(
		openDb: () => AppDb | null,
		private now: () => number = () => Date.now()
	) {
		this.db = new DbHandle(openDb, () => {
			this.memoryOnly = true;
		});
	}

	/** Reads both lists once (later calls return the in-memory copy). Newest first. */
	async load(): Promise<{ saved: SavedRow[]; recent: RecentRow[] }> {
		if (!this.loaded) {
			this.loaded = true;
			const rows = await this.db.run(async (db) => ({ saved: await db.saved.toArray(), recent: await db.recent.toArray() }));
			// Items added in memory before the read finished win over stored ones.
			for (const r of rows?.saved ?? []) if (!this.saved.has(r.key)) this.saved.set(r.key, r);
			for (const r of rows?.recent ?? []) if (!this.recent.has(r.key)) this.recent.set(r.key, r);
		}
		return { saved: this.savedList(), recent: this.recentList() };
	}

	savedList(): SavedRow[] {
		return [...this.saved.values()].sort((a, b) => b.savedAt - a.savedAt || a.key.localeCompare(b.key));
	}

	recentList(): RecentRow[] {
		return [...this.recent.values()].sort((a, b) => b.viewedAt - a.viewedAt || a.key.localeCompare(b.key));
	}

	async save(kind: ItemKind, key: string): Promise<void> {
		const row: SavedRow = { key, kind, savedAt: this.now() };
		this.saved.set(key, row);
		await this.db.run((db) => db.saved.put(row));
	}

	/** Saves several at once (a shared list taken over), keeping their order. */
	async saveAll(items: readonly { kind: ItemKind; key: string }[]): Promise<void> {
		const t = this.now();
		// Later items get earlier times so that the list reads in the shared order, newest first.
		const rows = items.filter((i) => !this.saved.has(i.key)).map((i, n): SavedRow => ({ key: i.key, kind: i.kind, savedAt: t - n }));
		for (const r of rows) this.saved.set(r.key, r);
		if (rows.length) await this.db.run((db) => db.saved.bulkPut(rows));
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

