import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBuiltBundle } from '$lib/server/bundle-fs';
import { AppDb } from './db';
import { Repository } from './repository';

/** AppDb as it was shipped at version 1, so the upgrade is tested from what phones really hold. */
class AppDbV1 extends Dexie {
	constructor(name: string, idb: IDBFactory) {
		super(name, { indexedDB: idb, IDBKeyRange });
		this.version(1).stores({ sections: 'name', meta: 'key' });
	}
}

const manifest = { version: 'abcdef012345', sourceDate: '2023-12-29', files: [], counts: { services: 372 } };

describe('AppDb version 2 (我的收藏, 最近看过)', () => {
	it('upgrades a version-1 database: the stored bundle and manifest survive, the new tables start empty and work', async () => {
		const idb = new IDBFactory();
		const v1 = new AppDbV1('migrate', idb);
		await v1.table('sections').bulkPut([
			{ name: 'core', sha256: 'a'.repeat(64), text: '{"services":[]}' },
			{ name: 'benefits', sha256: 'b'.repeat(64), text: '{"benefits":[]}' }
		]);
		await v1.table('meta').put({ key: 'manifest', value: manifest });
		expect(v1.verno).toBe(1);
		v1.close();

		const v2 = new AppDb('migrate', { indexedDB: idb, IDBKeyRange });
		await v2.open();
		expect(v2.verno).toBe(2);
		expect((await v2.sections.orderBy('name').keys()).sort()).toEqual(['benefits', 'core']);
		expect((await v2.sections.get('core'))?.text).toBe('{"services":[]}');
		expect((await v2.meta.get('manifest'))?.value).toEqual(manifest);
		expect(await v2.saved.count()).toBe(0);
		expect(await v2.recent.count()).toBe(0);

		await v2.saved.put({ key: 'service-35', kind: 'service', savedAt: 2 });
		await v2.saved.put({ key: 'hotline-12333', kind: 'hotline', savedAt: 1 });
		await v2.recent.put({ key: 'service-35', kind: 'service', viewedAt: 5 });
		expect(await v2.saved.where('kind').equals('hotline').primaryKeys()).toEqual(['hotline-12333']);
		expect(await v2.saved.orderBy('savedAt').primaryKeys()).toEqual(['hotline-12333', 'service-35']);
		expect(await v2.recent.orderBy('viewedAt').primaryKeys()).toEqual(['service-35']);
		v2.close();

		// And it opens again at version 2 with everything in place.
		const again = new AppDb('migrate', { indexedDB: idb, IDBKeyRange });
		expect(await again.saved.count()).toBe(2);
		expect(await again.sections.count()).toBe(2);
		again.close();
	});

	it('离线时，旧版本保存的真实数据包在升级后仍能打开 372 项服务', async () => {
		const { manifest } = loadBuiltBundle();
		const rows = manifest.files.map((f) => ({
			name: f.name,
			sha256: f.sha256,
			text: readFileSync(join('static/data', f.path.replace(/^data\//, '')), 'utf8')
		}));
		const idb = new IDBFactory();
		const v1 = new AppDbV1('real', idb);
		await v1.table('sections').bulkPut(rows);
		await v1.table('meta').put({ key: 'manifest', value: manifest });
		v1.close();

		const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
		const repo = new Repository({ fetch: offline, base: '', openDb: () => new AppDb('real', { indexedDB: idb, IDBKeyRange }) });
		const ds = await repo.get();
		expect(ds.core.services).toHaveLength(372);
		expect(repo.status.storage).toBe('stored');
		const db = new AppDb('real', { indexedDB: idb, IDBKeyRange });
		expect(await db.saved.count()).toBe(0);
		db.close();
	});

	it('creates all four tables in a fresh database', async () => {
		const db = new AppDb('fresh', { indexedDB: new IDBFactory(), IDBKeyRange });
		await db.open();
		expect(db.tables.map((t) => t.name).sort()).toEqual(['meta', 'recent', 'saved', 'sections']);
		db.close();
	});
});
