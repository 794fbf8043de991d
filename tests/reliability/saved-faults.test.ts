/**
 * Reliability round two, items 2 and 7: 我的收藏 survives the database being deleted mid-session, and one bad
 * stored row never hides the rest of the list.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDb } from '#lib/data/db';
import { PersonalStore } from '#lib/data/personal';

function deleteDatabase(idb: IDBFactory, name: string): Promise<void> {
	return new Promise((ok, fail) => {
		const req = idb.deleteDatabase(name);
		req.onsuccess = () => ok();
		req.onerror = () => fail(req.error);
	});
}

function clock(start = 1_000_000) {
	let t = start;
	return () => (t += 1000);
}

describe('收藏在数据库被删除后不会丢', () => {
	it('收藏两项，数据库被清掉，再收藏一项：三项都写回手机，重新打开还在', async () => {
		const idb = new IDBFactory();
		const open = () => new AppDb('saved-deleted', { indexedDB: idb, IDBKeyRange });
		const s = new PersonalStore(open, clock());
		await s.load();
		expect(await s.save('service', 'service-166')).toBe(true);
		expect(await s.save('hotline', 'hotline-12333')).toBe(true);
		await s.recordView('service', 'service-35');
		await deleteDatabase(idb, 'saved-deleted');

		expect(await s.save('benefit', 'benefit-supplementary-pension')).toBe(true);
		const after = await new PersonalStore(open).load();
		expect(after.saved.map((r) => r.key).sort()).toEqual([
			'benefit-supplementary-pension',
			'hotline-12333',
			'service-166'
		]);
		expect(after.recent.map((r) => r.key)).toEqual(['service-35']);
	});

	it('写不进去时不说“已保存”：save 返回 false，并转为只在内存中', async () => {
		const idb = new IDBFactory();
		const s = new PersonalStore(() => {
			const db = new AppDb('saved-full', { indexedDB: idb, IDBKeyRange });
			db.saved.hook('creating', () => {
				throw Object.assign(new Error('quota exceeded'), { name: 'QuotaExceededError' });
			});
			return db;
		});
		await s.load();
		expect(await s.save('service', 'service-166')).toBe(false);
		expect(s.memoryOnly).toBe(true);
		expect(s.savedList().map((r) => r.key)).toEqual(['service-166']);
	});
});

describe('一条坏的收藏记录不会让整个列表读不出来', () => {
	it('键是数字、类型不对或缺字段的记录被跳过并报告，其余照常显示', async () => {
		const idb = new IDBFactory();
		const open = () => new AppDb('saved-bad-row', { indexedDB: idb, IDBKeyRange });
		const db = open();
		await db.saved.bulkPut([
			{ key: 'service-166', kind: 'service', savedAt: 3 },
			{ key: 42 as unknown as string, kind: 'service', savedAt: 2 },
			{ key: 'nonsense-1', kind: 'planet' as never, savedAt: 1 },
			{ key: 'hotline-12333', kind: 'hotline', savedAt: 'yesterday' as unknown as number }
		]);
		await db.recent.bulkPut([
			{ key: 'service-35', kind: 'service', viewedAt: 5 },
			{ key: 7 as unknown as string, kind: 'service', viewedAt: 4 }
		]);
		db.close();

		const s = new PersonalStore(open);
		const lists = await s.load();
		expect(lists.saved.map((r) => r.key)).toEqual(['service-166']);
		expect(lists.recent.map((r) => r.key)).toEqual(['service-35']);
		expect(s.skippedRows).toBe(4);
		// The list can still be sorted and shown after a bad row (the original failure was a TypeError in sort).
		expect(() => s.savedList()).not.toThrow();
	});
});
