/**
 * Fault cases on the real built bundle (static/data) with fake-indexeddb: the network dropping mid-update,
 * a corrupt download, storage unavailable or full, the database deleted while the app is open.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtBundle, fakeServer, replaceSection, type Served } from '../fixtures/bundle';
import { AppDb } from '#lib/data/db';
import { MEMORY_ONLY_MESSAGE, Repository, TIMEOUT_MESSAGE } from '#lib/data/repository';
import { DAMAGED_MESSAGE } from '#lib/data/sync';

let real: Served;
beforeAll(() => {
	real = builtBundle();
});

/** The real bundle with one service renamed: a plausible next data release. */
function nextRelease(base: Served): Served {
	const core = base.manifest.files.find((f) => f.name === 'core')!;
	const data = JSON.parse(base.files.get(core.path)!);
	data.services[0].name = `${data.services[0].name}（修订）`;
	const text = JSON.stringify(data);
	const manifest = replaceSection(base.manifest, 'core', text);
	const files = new Map(base.files);
	files.set(manifest.files.find((f) => f.name === 'core')!.path, text);
	files.set('data/manifest.json', JSON.stringify(manifest));
	return { manifest, files };
}

function repo(server: ReturnType<typeof fakeServer>, idb: IDBFactory | null, name = 'real') {
	return new Repository({
		fetch: server.fetch,
		base: '',
		openDb: () => (idb ? new AppDb(name, { indexedDB: idb, IDBKeyRange }) : null)
	});
}

describe('reliability: storage and network faults on the real bundle', () => {
	it('网络在更新中途断开：旧数据完整保留，之后重试成功', async () => {
		const idb = new IDBFactory();
		const server = fakeServer(real);
		const r = repo(server, idb);
		const first = (await r.get()).services.get(1)?.name;
		expect(first).toBeTruthy();
		server.served = nextRelease(real);
		server.mode = 'drop-data';
		expect(await r.checkForUpdate()).toBe('failed');
		// A fresh start offline still finds the complete old bundle.
		server.mode = 'offline';
		const cold = repo(server, idb);
		const ds = await cold.get();
		expect(ds.services.size).toBe(372);
		expect(ds.services.get(1)?.name).toBe(first);
		// Back online, the retry succeeds.
		server.mode = 'ok';
		expect(await r.checkForUpdate()).toBe('ready');
		expect(r.applyUpdate()?.services.get(1)?.name).toBe(`${first}（修订）`);
	});

	it('哈希不符的下载被拒绝并报告，不会写入', async () => {
		const idb = new IDBFactory();
		const server = fakeServer(real);
		const r = repo(server, idb);
		await r.get();
		server.served = nextRelease(real);
		server.mode = 'corrupt';
		expect(await r.checkForUpdate()).toBe('failed');
		expect(r.status.updateError).toMatch(/校验失败/);
		server.mode = 'offline';
		expect((await repo(server, idb).get()).manifest.version).toBe(real.manifest.version);
	});

	it('IndexedDB 不可用（隐私模式）时用网络和内存，并明确提示', async () => {
		const server = fakeServer(real);
		const r = repo(server, null);
		expect((await r.get()).services.size).toBe(372);
		expect(r.status.message).toContain(MEMORY_ONLY_MESSAGE);
	});

	it('打开中数据库被删除（WebKit 后台回收）：本次会话继续可用，并重新保存', async () => {
		const idb = new IDBFactory();
		const server = fakeServer(real);
		const r = repo(server, idb, 'deleted');
		await r.get();
		await new Promise<void>((ok, fail) => {
			const req = idb.deleteDatabase('deleted');
			req.onsuccess = () => ok();
			req.onerror = () => fail(req.error);
		});
		expect(r.peek()?.services.size).toBe(372);
		expect(await r.saveCurrent()).toBe(true);
		server.mode = 'offline';
		expect((await repo(server, idb, 'deleted').get()).services.size).toBe(372);
	});

	it('存储空间已满：数据仍在内存中可用，提示空间不足', async () => {
		const idb = new IDBFactory();
		const server = fakeServer(real);
		const r = new Repository({
			fetch: server.fetch,
			base: '',
			openDb: () => {
				const db = new AppDb('full', { indexedDB: idb, IDBKeyRange });
				db.sections.hook('creating', () => {
					throw Object.assign(new Error('quota exceeded'), { name: 'QuotaExceededError' });
				});
				return db;
			}
		});
		expect((await r.get()).services.size).toBe(372);
		expect(r.status.storage).toBe('memory');
		expect(r.status.message).toContain('存储空间不足');
	});
});

/** Edits the stored core row in place (as a damaged disk, an extension or a person with devtools could), keeping its hash field. */
async function tamperStoredCore(idb: IDBFactory, name: string, from: string, to: string): Promise<void> {
	const db = new AppDb(name, { indexedDB: idb, IDBKeyRange });
	const row = (await db.sections.toArray()).find((r) => r.name === 'core')!;
	expect(row.text).toContain(from);
	await db.sections.put({ ...row, text: row.text.split(from).join(to) });
	db.close();
}

describe('reliability: stored data is checked again when read (round two, item 4)', () => {
	it('手机里存的数据被改动（12333 改成 12399）：不显示改动后的号码，联网时自动重新下载', async () => {
		const idb = new IDBFactory();
		const server = fakeServer(real);
		await repo(server, idb, 'tampered').get();
		await tamperStoredCore(idb, 'tampered', '12333', '12399');
		const again = repo(server, idb, 'tampered');
		const ds = await again.get();
		const numbers = [...ds.hotlines.values()].map((h) => JSON.stringify(h)).join();
		expect(numbers).toContain('12333');
		expect(numbers).not.toContain('12399');
		// The fresh download replaced the damaged copy: a later offline start has the right number.
		server.mode = 'offline';
		const offline = await repo(server, idb, 'tampered').get();
		expect(JSON.stringify([...offline.hotlines.values()])).not.toContain('12399');
	});

	it('数据被改动且没有网络：明确说数据已损坏、请联网，不拿改动后的数据来用', async () => {
		const idb = new IDBFactory();
		const server = fakeServer(real);
		await repo(server, idb, 'tampered-offline').get();
		await tamperStoredCore(idb, 'tampered-offline', '12333', '12399');
		server.mode = 'offline';
		const r = repo(server, idb, 'tampered-offline');
		await expect(r.get()).rejects.toThrow();
		expect(r.status.storage).toBe('none');
		expect(r.status.message).toBe(DAMAGED_MESSAGE);
	});
});

describe('reliability: a stalled download times out (round two, item 6)', () => {
	it('下载卡住不动：不会一直显示「正在准备数据…」，而是说明超时和怎么办', async () => {
		const never: typeof fetch = () => new Promise<Response>(() => {});
		const r = new Repository({
			fetch: never,
			base: '',
			timeoutMs: 50,
			openDb: () => new AppDb('stalled', { indexedDB: new IDBFactory(), IDBKeyRange })
		});
		const outcome = await Promise.race([
			r.get().then(
				() => 'loaded',
				() => 'rejected'
			),
			new Promise((ok) => setTimeout(() => ok('still waiting'), 2000))
		]);
		expect(outcome).toBe('rejected');
		expect(r.status.storage).toBe('none');
		expect(r.status.message).toBe(TIMEOUT_MESSAGE);
		expect(r.status.unreachable).toBe(true);
	});
});
