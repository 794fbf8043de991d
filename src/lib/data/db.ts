/**
 * The IndexedDB cache of the data bundle (Dexie). It holds each bundle section as one row of JSON text:
 * a few big rows write and read an order of magnitude faster than one row per record (see
 * shared/research/anchors-code-perf.md §B3), and the working set lives in memory anyway.
 *
 * Versions are never deleted: each bump keeps the old declaration and has a migration test.
 */
import Dexie, { type Table } from 'dexie';

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

export class AppDb extends Dexie {
	sections!: Table<SectionRow, string>;
	meta!: Table<MetaRow, string>;

	constructor(name = DB_NAME, options: ConstructorParameters<typeof Dexie>[1] = {}) {
		// Older WeChat WebViews default to strict durability, which makes every write wait for a disk flush.
		super(name, { chromeTransactionDurability: 'relaxed', ...options });
		this.version(1).stores({ sections: 'name', meta: 'key' });
	}
}
