/**
 * 我的收藏 and 最近看过 for the UI, over the device store (src/lib/data/personal.ts). The store and Dexie load
 * only when a list is first needed, so they cost nothing on first paint.
 */
import { itemKey, type ItemKind } from '$lib/domain/saved';
import type { RecentRow, SavedRow } from '$lib/data/db';
import type { PersonalStore } from '$lib/data/personal';

/** Longest wait for an idle moment before background reads and writes run anyway. */
const IDLE_TIMEOUT_MS = 2000;
/** Where requestIdleCallback is missing (Safari 14): a short delay past hydration. */
const IDLE_FALLBACK_MS = 300;

/** Resolves once the page is idle, so list reads never compete with the first paint and hydration. */
function idle(): Promise<void> {
	return new Promise((resolve) => {
		if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
		else setTimeout(resolve, IDLE_FALLBACK_MS);
	});
}

/**
 * The lists as the UI reads them. State is private and changes only through the methods, which keep it in
 * step with the device store: a component cannot set `saved` or `memoryOnly` and make them disagree.
 */
export class SavedLists {
	#saved = $state.raw<SavedRow[]>([]);
	#recent = $state.raw<RecentRow[]>([]);
	#ready = $state(false);
	#memoryOnly = $state(false);
	#skipped = $state(0);
	// Rebuilt whenever `saved` changes and never mutated, so a plain Set is enough here.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#savedKeys = $derived(new Set(this.#saved.map((r) => r.key)));
	private store: Promise<PersonalStore> | null = null;

	get saved(): SavedRow[] {
		return this.#saved;
	}
	get recent(): RecentRow[] {
		return this.#recent;
	}
	/** Both lists have been read from the device. */
	get ready(): boolean {
		return this.#ready;
	}
	/** IndexedDB is unusable: the lists are kept only until the page is closed. */
	get memoryOnly(): boolean {
		return this.#memoryOnly;
	}
	/** Damaged rows found on the device and left out (the rest of the list still shows). */
	get skipped(): number {
		return this.#skipped;
	}

	private open(): Promise<PersonalStore> {
		this.store ??= Promise.all([import('$lib/data/personal'), import('$lib/data/db')]).then(
			async ([{ PersonalStore }, { AppDb }]) => {
				const s = new PersonalStore(() => (typeof indexedDB === 'undefined' ? null : new AppDb()));
				await s.load();
				this.sync(s);
				this.#ready = true;
				return s;
			}
		);
		return this.store;
	}

	/** Loads the lists (once), when the page is idle. */
	async load(): Promise<void> {
		if (!this.store) await idle();
		await this.open();
	}

	isSaved(kind: ItemKind, id: string | number): boolean {
		return this.#savedKeys.has(itemKey(kind, id));
	}

	isSavedKey(key: string): boolean {
		return this.#savedKeys.has(key);
	}

	/** `on`: saved now; `written`: the change is on the device (false: kept in memory only). */
	async toggle(kind: ItemKind, id: string | number): Promise<{ on: boolean; written: boolean }> {
		const s = await this.open();
		const key = itemKey(kind, id);
		const on = !this.#savedKeys.has(key);
		if (on) {
			const written = await s.save(kind, key);
			this.sync(s);
			return { on, written };
		}
		await s.unsave(key);
		this.sync(s);
		return { on, written: !s.memoryOnly };
	}

	async remove(key: string): Promise<void> {
		const s = await this.open();
		await s.unsave(key);
		this.sync(s);
	}

	/** True when the items are on the device. */
	async saveAll(items: readonly { kind: ItemKind; key: string }[]): Promise<boolean> {
		const s = await this.open();
		const written = await s.saveAll(items);
		this.sync(s);
		return written;
	}

	/** Background bookkeeping: waits for an idle moment. */
	async recordView(kind: ItemKind, id: string | number): Promise<void> {
		await idle();
		const s = await this.open();
		await s.recordView(kind, itemKey(kind, id));
		this.sync(s);
	}

	async clearRecent(): Promise<void> {
		const s = await this.open();
		await s.clearRecent();
		this.sync(s);
	}

	private sync(s: PersonalStore): void {
		this.#saved = s.savedList();
		this.#recent = s.recentList();
		this.#memoryOnly = s.memoryOnly;
		this.#skipped = s.skippedRows;
	}
}

export const savedLists = new SavedLists();
