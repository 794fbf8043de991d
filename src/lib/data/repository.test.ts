import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { fakeServer, fixtureCore, makeBundle } from '../../../tests/fixtures/bundle';
import { AppDb } from './db';
import { MEMORY_ONLY_MESSAGE, Repository } from './repository';

function setup(opts: { idb?: IDBFactory | null } = {}) {
	const idb = opts.idb === undefined ? new IDBFactory() : opts.idb;
	const server = fakeServer(makeBundle(fixtureCore()));
	const openDb = () => (idb ? new AppDb('test', { indexedDB: idb, IDBKeyRange }) : null);
	const repo = new Repository({ fetch: server.fetch, base: '', openDb });
	return { idb, server, repo, openDb };
}

describe('Repository', () => {
	it('第一次打开从网络下载并保存，之后断网也能用', async () => {
		const { server, repo, openDb } = setup();
		const ds = await repo.get();
		expect(ds.services.get(2)?.name).toBe('主要农副产品成本信息');
		expect(repo.status.storage).toBe('stored');
		expect(repo.status.message).toBe('数据已存到手机 · 数据更新于 2019-10-01');

		server.mode = 'offline';
		const again = new Repository({ fetch: server.fetch, base: '', openDb });
		expect((await again.get()).services.get(2)?.theme).toBe('三农服务');
		expect(again.status.storage).toBe('stored');
		// Every section of the manifest is on the device, each as one row.
		expect(await openDb()!.sections.count()).toBe(server.served.manifest.files.length);
	});

	it('rejects a download whose hash does not match the manifest and stores nothing', async () => {
		const { server, repo, openDb } = setup();
		server.mode = 'corrupt';
		await expect(repo.get()).rejects.toThrow(/校验失败/);
		const stored = await openDb()!.sections.count();
		expect(stored).toBe(0);
	});

	it('keeps the old data complete when the network drops during an update, and retries later', async () => {
		const { server, repo, openDb } = setup();
		await repo.get();
		server.served = makeBundle(fixtureCore('新名称'), '2023-12-29');
		server.mode = 'drop-data';
		expect(await repo.checkForUpdate()).toBe('failed');
		expect(repo.status.updateError).toMatch(/network connection lost|下载/);
		expect(repo.peek()?.services.get(2)?.name).toBe('主要农副产品成本信息');
		const reread = new Repository({ fetch: server.fetch, base: '', openDb });
		server.mode = 'offline';
		expect((await reread.get()).services.get(2)?.name).toBe('主要农副产品成本信息');

		server.mode = 'ok';
		expect(await repo.checkForUpdate()).toBe('ready');
		expect(repo.status.updateReady).toBe(true);
		expect(repo.applyUpdate()?.services.get(2)?.name).toBe('新名称');
		expect(repo.status.sourceDate).toBe('2023-12-29');
	});

	it('says the data is current when the manifest has not changed', async () => {
		const { repo } = setup();
		await repo.get();
		expect(await repo.checkForUpdate()).toBe('current');
	});

	it('works from memory with a plain message when IndexedDB is unavailable', async () => {
		const { repo } = setup({ idb: null });
		const ds = await repo.get();
		expect(ds.services.size).toBe(1);
		expect(repo.status.storage).toBe('memory');
		expect(repo.status.message).toContain(MEMORY_ONLY_MESSAGE);
	});

	it('works from memory when storage is full (quota exceeded)', async () => {
		const idb = new IDBFactory();
		const server = fakeServer(makeBundle(fixtureCore()));
		const openDb = () => {
			const db = new AppDb('quota', { indexedDB: idb, IDBKeyRange });
			db.sections.hook('creating', () => {
				throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
			});
			return db;
		};
		const repo = new Repository({ fetch: server.fetch, base: '', openDb });
		const ds = await repo.get();
		expect(ds.services.size).toBe(1);
		expect(repo.status.storage).toBe('memory');
		expect(repo.status.message).toContain('存储空间不足');
	});

	it('reopens the database once when WebKit closed the connection', async () => {
		const { server, repo, openDb } = setup();
		await repo.get();
		let opens = 0;
		const flaky = () => {
			opens++;
			const db = openDb()!;
			if (opens === 1) db.close();
			return db;
		};
		server.mode = 'offline';
		const second = new Repository({ fetch: server.fetch, base: '', openDb: flaky });
		expect((await second.get()).services.size).toBe(1);
		expect(opens).toBe(2);
		expect(second.status.storage).toBe('stored');
	});

	it('says plainly when there is no data and no network', async () => {
		const { server, repo } = setup();
		server.mode = 'offline';
		await expect(repo.get()).rejects.toThrow();
		expect(repo.status.storage).toBe('none');
		expect(repo.status.message).toContain('请连接网络');
	});

	it('清除本地数据 removes the stored bundle and keeps the session working', async () => {
		const { repo, openDb } = setup();
		await repo.get();
		expect(await repo.clear()).toBe(true);
		expect(await openDb()!.sections.count()).toBe(0);
		expect(repo.peek()?.services.size).toBe(1);
	});
});
