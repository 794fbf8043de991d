/**
 * The IndexedDB cache of the data bundle (Dexie). It holds each bundle section as one row of JSON text:
 * a few big rows write and read an order of magnitude faster than one row per record (see
 * shared/research/anchors-code-perf.md §B3), and the working set lives in memory anyway.
 *
 * Versions are never deleted: each bump keeps the old declaration and has a migration test.
 */
import Dexie, { type Table } from 'dexie';
import type { ItemKind } from '$lib/domain/saved';

export const DB_NAME = 'lvliang-banshitong';

/** One bundle section (core, benefits, search …) exactly as downloaded, with its verified hash. */
export interface SectionRow {
	name: string;
	sha256: string;
	text: string;
}

/** Small key/value rows: the manifest of the stored bundle lives under key 'manifest'. */
export interface MetaRow {
	key: string;
	value: unknown;
}

/** An item in 我的收藏, keyed `${kind}-${id}` (service-35, hotline-12333). Only ids: names are looked up in the current bundle when the list is shown. */
export interface SavedRow {
	key: string;
	kind: ItemKind;
	/** ms since epoch. */
	savedAt: number;
}

/** A recently opened page, on this device only. */
export interface RecentRow {
	key: string;
	kind: ItemKind;
	viewedAt: number;
}

export class AppDb extends Dexie {
	sections!: Table<SectionRow, string>;
	meta!: Table<MetaRow, string>;
	saved!: Table<SavedRow, string>;
	recent!: Table<RecentRow, string>;

	constructor(name = DB_NAME, options: ConstructorParameters<typeof Dexie>[1] = {}) {
		// Older WeChat WebViews default to strict durability, which makes every write wait for a disk flush.
		super(name, { chromeTransactionDurability: 'relaxed', ...options });
		this.version(1).stores({ sections: 'name', meta: 'key' });
		// v2: the person's own lists (我的收藏, 最近看过). Adding tables needs no upgrade function: v1 rows stay.
		this.version(2).stores({ saved: '&key, kind, savedAt', recent: '&key, viewedAt' });
	}
}
