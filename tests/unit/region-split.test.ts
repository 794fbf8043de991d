import { createHash } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { scaleRegions } from '../../bench/scale';
import { buildBundle } from '../../scripts/build-data';
import { SPLIT_THRESHOLD_GZIP_BYTES } from '../../scripts/lib/split';
import { AppDb } from '#lib/data/db';
import { Repository } from '#lib/data/repository';
import { readStoredBundle } from '#lib/data/sync';
import { DEFAULT_REGION, datasetFromTexts } from '#lib/domain/dataset';
import type { Bundle } from '../../scripts/lib/bundle';
import type { Dataset } from '#lib/domain/dataset';
import { createSectionSearcher } from '#lib/domain/search/engine';
import type { PackedDoc, PackedSearchData } from '#lib/domain/search/pack';

const REGIONS = 3;
/** Three regions are ≈130 KB gzip, under the real threshold: the test lowers it to exercise the split. */
const TEST_THRESHOLD = 64 * 1024;
const real = buildBundle();
/** Hotlines are not per region: the base keeps every one of the real data. */
const HOTLINES = (real.sections.core as { hotlines: unknown[] }).hotlines.length;
const split = buildBundle({ regions: scaleRegions(REGIONS), splitThresholdGzip: TEST_THRESHOLD });
/** Service 35 of the real catalogue; its copy in region r2 is 2035 (bench/scale.ts ID_STRIDE). */
const HOME_SERVICE = 35;
const R2_SERVICE = 2035;

/** The bundle with one file's text changed, rehashed, under a new version. */
function changed(bundle: Bundle, name: string, edit: (json: string) => string): Bundle {
	const files = bundle.files.map((f) => {
		if (f.name !== name) return f;
		const json = edit(f.json);
		const digest = createHash('sha256').update(json).digest();
		const hex = digest.toString('hex');
		return {
			...f,
			json,
			bytes: Buffer.byteLength(json),
			sha256: hex,
			sri: `sha256-${digest.toString('base64')}`,
			path: `data/${name}.${hex.slice(0, 8)}.json`
		};
	});
	const version = createHash('sha256')
		.update(files.map((f) => f.sha256).join('\n'))
		.digest('hex')
		.slice(0, 12);
	return {
		...bundle,
		files,
		manifest: { ...bundle.manifest, version, files: files.map(({ json: _json, ...f }) => f) }
	};
}

function server(bundle: Bundle) {
	const requests: string[] = [];
	const corrupt = new Set<string>();
	const served = { bundle };
	const fetch = (async (input: RequestInfo | URL) => {
		const url = String(input);
		requests.push(url);
		if (url === '/data/manifest.json') return new Response(JSON.stringify(served.bundle.manifest));
		const text = served.bundle.files.find((f) => `/${f.path}` === url)?.json;
		if (text === undefined) return new Response('', { status: 404 });
		return new Response(corrupt.has(url) ? text.replace('"', ' "') : text);
	}) as typeof globalThis.fetch;
	return { fetch, requests, corrupt, served };
}

function setup() {
	const idb = new IDBFactory();
	const srv = server(split);
	const openDb = () => new AppDb('regions', { indexedDB: idb, IDBKeyRange });
	return { ...srv, openDb, repo: new Repository({ fetch: srv.fetch, base: '', openDb }) };
}

const serviceHits = (ds: Dataset, q: string) =>
	createSectionSearcher(ds.section<PackedSearchData>('search'))
		.search(q, { limit: 50 })
		.filter((h) => h.kind === 'service')
		.map((h) => h.id);

const pathOf = (name: string) => `/${split.manifest.files.find((f) => f.name === name)?.path}`;

describe('bundle split per region (issue 5, scale)', () => {
	it('the real one-region build is not split: no region fields, same sections as before', () => {
		expect(real.manifest.files.map((f) => f.name)).toEqual(['core', 'benefits', 'events', 'search']);
		expect(real.manifest.files.every((f) => !('region' in f))).toBe(true);
		expect(real.manifest).not.toHaveProperty('regions');
		expect(real.manifest.counts).toMatchObject({ services: 372, departments: 34 });
	});

	it('splits a multi-region input beyond the threshold only', () => {
		const unsplit = buildBundle({ regions: scaleRegions(REGIONS) });
		expect(TEST_THRESHOLD).toBeLessThan(SPLIT_THRESHOLD_GZIP_BYTES);
		expect(unsplit.manifest.files.map((f) => f.name)).toEqual(['core', 'benefits', 'events', 'search']);
		expect(split.manifest.files.map((f) => `${f.name}${f.region ? `@${f.region}` : ''}`)).toEqual([
			'core',
			'benefits',
			'events',
			'search',
			`core-${DEFAULT_REGION}@${DEFAULT_REGION}`,
			`search-${DEFAULT_REGION}@${DEFAULT_REGION}`,
			'core-r1@r1',
			'search-r1@r1',
			'core-r2@r2',
			'search-r2@r2'
		]);
		expect(split.manifest.regions?.map((r) => [r.id, r.services])).toEqual([
			[DEFAULT_REGION, 372],
			['r1', 372],
			['r2', 372]
		]);
		// Counts are over the whole bundle, as unsplit; merging every file gives back the unsplit sections.
		expect(split.manifest.counts).toEqual(unsplit.manifest.counts);
		const all = datasetFromTexts(
			split.manifest,
			split.files.map((f) => ({ name: f.name, text: f.json }))
		);
		const whole = datasetFromTexts(
			unsplit.manifest,
			unsplit.files.map((f) => ({ name: f.name, text: f.json }))
		);
		expect(all.services.size).toBe(3 * 372);
		expect(all.regions).toEqual([DEFAULT_REGION, 'r1', 'r2']);
		const docs = (ds: Dataset) =>
			(ds.section<{ docs: PackedDoc[] }>('search')?.docs ?? []).map((d) => `${d[0]}:${d[1]}`).sort();
		expect(docs(all)).toEqual(docs(whole));
		expect([...all.services.keys()].sort()).toEqual([...whole.services.keys()].sort());
		const base = split.sections.core as { services: unknown[]; hotlines: unknown[] };
		expect(base.services).toHaveLength(0);
		expect(base.hotlines).toHaveLength(HOTLINES);
	});

	it('第一次打开只下载基础数据和吕梁市本级，能搜到本级事项', async () => {
		const { repo, requests } = setup();
		const ds = await repo.get();
		expect(requests.sort()).toEqual(
			[
				'/data/manifest.json',
				...['core', 'benefits', 'events', 'search', `core-${DEFAULT_REGION}`, `search-${DEFAULT_REGION}`].map(pathOf)
			].sort()
		);
		expect(ds.regions).toEqual([DEFAULT_REGION]);
		expect(ds.services.size).toBe(372);
		expect(ds.hotlines.size).toBe(HOTLINES);
		const name = ds.services.get(HOME_SERVICE)?.name ?? '';
		expect(serviceHits(ds, name)).toContain(HOME_SERVICE);
		expect(serviceHits(ds, name)).not.toContain(R2_SERVICE);
		expect(repo.status.storage).toBe('stored');
	});

	it('另一个地区按需下载后可以搜到，并离线保存', async () => {
		const { repo, requests, openDb } = setup();
		const first = await repo.get();
		const name = first.services.get(HOME_SERVICE)?.name ?? '';
		requests.length = 0;
		const ds = await repo.loadRegion('r2');
		expect(requests.sort()).toEqual([pathOf('core-r2'), pathOf('search-r2')].sort());
		expect(ds.regions).toEqual([DEFAULT_REGION, 'r2']);
		expect(repo.peek()).toBe(ds);
		expect(serviceHits(ds, name)).toEqual(expect.arrayContaining([HOME_SERVICE, R2_SERVICE]));
		expect([...ds.departments.keys()].filter((k) => k.endsWith('-r2'))).toHaveLength(34);
		expect(await repo.loadRegion('r2')).toBe(ds);

		const offline = new Repository({
			fetch: (() => Promise.reject(new TypeError('offline'))) as typeof globalThis.fetch,
			base: '',
			openDb
		});
		const again = await offline.get();
		expect(again.regions).toEqual([DEFAULT_REGION, 'r2']);
		expect(again.services.get(R2_SERVICE)?.name).toBe(name);
	});

	it('rejects a corrupt region file and leaves the stored data as it was', async () => {
		const { repo, corrupt, openDb } = setup();
		await repo.get();
		const db = openDb();
		const before = intact(await readStoredBundle(db));
		corrupt.add(pathOf('search-r1'));
		await expect(repo.loadRegion('r1')).rejects.toThrow(/校验失败/);
		expect(repo.peek()?.regions).toEqual([DEFAULT_REGION]);
		const after = intact(await readStoredBundle(db));
		expect(after?.regions).toEqual([DEFAULT_REGION]);
		expect(after?.rows.map((r) => r.sha256)).toEqual(before?.rows.map((r) => r.sha256));
		expect(await db.sections.count()).toBe(6);
		await expect(repo.loadRegion('nowhere')).rejects.toThrow(/没有地区/);
	});

	it('an update keeps the regions loaded and downloads only the changed file', async () => {
		const { repo, fetch, openDb, requests, served } = setup();
		await repo.get();
		await repo.loadRegion('r1');
		expect(await repo.checkForUpdate()).toBe('current');
		served.bundle = changed(split, 'core-r1', (json) => json.replace('"name":"', '"name":"新'));
		requests.length = 0;
		expect(await repo.checkForUpdate()).toBe('ready');
		expect(requests).toEqual([
			'/data/manifest.json',
			`/${served.bundle.manifest.files.find((f) => f.name === 'core-r1')?.path}`
		]);
		const updated = repo.applyUpdate();
		expect(updated?.regions).toEqual([DEFAULT_REGION, 'r1']);
		const reread = await new Repository({ fetch, base: '', openDb }).get();
		expect(reread.manifest.version).toBe(served.bundle.manifest.version);
		expect(reread.regions).toEqual([DEFAULT_REGION, 'r1']);
	});
});

/** A stored read that passed its hash check (a damaged copy fails the test here). */
function intact<T>(read: T | 'damaged'): T {
	if (read === 'damaged') throw new Error('stored bundle failed its hash check');
	return read;
}
