import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDb } from './db';
import { PersonalStore, RECENT_MAX } from './personal';

/** A clock a second apart per call, like a person tapping. */
function clock(start = 1_000_000) {
	let t = start;
	return () => (t += 1000);
}

describe('我的收藏 and 最近看过 on the device', () => {
	it('收藏的事项关掉再打开还在，顺序是最新的在前', async () => {
		const idb = new IDBFactory();
		const open = () => new AppDb('p', { indexedDB: idb, IDBKeyRange });
		const now = clock();
		const a = new PersonalStore(open, now);
		await a.load();
		await a.save('service', 'service-35');
		await a.save('hotline', 'hotline-12333');
		await a.save('benefit', 'benefit-x');
		await a.unsave('benefit-x');

		const b = new PersonalStore(open, now);
		const { saved } = await b.load();
		expect(saved.map((r) => r.key)).toEqual(['hotline-12333', 'service-35']);
		expect(b.memoryOnly).toBe(false);
	});

	it('takes over a shared list in its order, without duplicating what is already saved', async () => {
		const idb = new IDBFactory();
		const open = () => new AppDb('p', { indexedDB: idb, IDBKeyRange });
		const s = new PersonalStore(open, clock());
		await s.save('service', 'service-1');
		await s.saveAll([
			{ kind: 'service', key: 'service-1' },
			{ kind: 'hotline', key: 'hotline-12345' },
			{ kind: 'service', key: 'service-2' }
		]);
		const { saved } = await new PersonalStore(open).load();
		expect(saved.map((r) => r.key)).toEqual(['hotline-12345', 'service-2', 'service-1']);
	});

	it(`remembers the last ${RECENT_MAX} pages opened, and 清空 empties the list`, async () => {
		const idb = new IDBFactory();
		const open = () => new AppDb('p', { indexedDB: idb, IDBKeyRange });
		const s = new PersonalStore(open, clock());
		for (let i = 1; i <= RECENT_MAX + 5; i++) await s.recordView('service', `service-${i}`);
		await s.recordView('service', 'service-3');
		const { recent } = await new PersonalStore(open).load();
		expect(recent).toHaveLength(RECENT_MAX);
		expect(recent[0]?.key).toBe('service-3');
		expect(recent.map((r) => r.key)).not.toContain('service-1');
		expect(await open().recent.count()).toBe(RECENT_MAX);

		await s.clearRecent();
		expect((await new PersonalStore(open).load()).recent).toEqual([]);
	});

	it('keeps the lists in memory, without throwing, when IndexedDB cannot be opened', async () => {
		const s = new PersonalStore(() => {
			throw new DOMException('blocked', 'SecurityError');
		});
		await s.load();
		await s.save('service', 'service-35');
		await s.recordView('service', 'service-35');
		expect(s.memoryOnly).toBe(true);
		expect(s.savedList().map((r) => r.key)).toEqual(['service-35']);
		expect(s.recentList().map((r) => r.key)).toEqual(['service-35']);
	});

	it('写不进去（空间不足）时改存内存；数据库被系统删掉后重新打开并写回内存里的收藏', async () => {
		const idb = new IDBFactory();
		const open = () => new AppDb('p', { indexedDB: idb, IDBKeyRange });
		const s = new PersonalStore(open, clock());
		await s.load();
		await s.save('service', 'service-1');
		// WebKit or WeChat deletes the whole database under the open connection.
		await open().delete();
		expect(await s.save('service', 'service-2')).toBe(true);
		expect(s.memoryOnly).toBe(false);
		expect((await new PersonalStore(open).load()).saved.map((r) => r.key)).toEqual(['service-2', 'service-1']);

		const full = new PersonalStore(() => {
			const db = open();
			db.saved.put = () => Promise.reject(new DOMException('full', 'QuotaExceededError')) as never;
			return db;
		});
		await full.save('service', 'service-9');
		expect(full.memoryOnly).toBe(true);
		expect(full.savedList().map((r) => r.key)).toEqual(['service-9']);
	});
});
