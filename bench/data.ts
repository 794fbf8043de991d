/**
 * Data bundle benchmark: sizes per section (raw, gzip, brotli), and the time to store the bundle in
 * IndexedDB and to load it back into memory, in Node (fake-indexeddb, the app's own storeBundle /
 * readStoredBundle / datasetFromTexts) and in real Chromium with 4× CPU throttling (the same Dexie
 * operations on the database the built app filled itself). Also the same figures for a 100× synthetic
 * catalogue (bench/scale.ts). Timings are reported, never asserted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { chromium } from 'playwright-core';
import { AppDb, type SectionRow } from '#lib/data/db';
import { readStoredBundle, storeBundle } from '#lib/data/sync';
import { datasetFromTexts } from '#lib/domain/dataset';
import type { BundleManifest } from '#lib/domain/schema';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/lib/chromium';
import { startServer } from '../scripts/serve';

/** Runs per timing; the median is reported. Odd, so the median is one observed run. */
export const RUNS = { node: 11, chromium: 7, scaled: 3 };
/** DevTools CPU slowdown: Lighthouse's mobile preset, roughly a cheap Android phone. */
export const CPU_THROTTLE = 4;
/** The footer says this once the bundle is in IndexedDB (src/lib/data/repository.ts storedStatus). */
// Both offline status texts (本页和已存数据… / 整个应用…) appear once the bundle is stored.
const STORED_TEXT = '可离线使用';
const STORED_WAIT_MS = 60_000;

export interface SectionSize {
	name: string;
	raw: number;
	gzip: number;
	/** null when not measured (synthetic data, see sectionSizes). */
	brotli: number | null;
}

export interface Timings {
	/** IndexedDB write of every section + manifest in one transaction. */
	storeMs: number;
	/** IndexedDB read of every section + manifest. */
	readMs: number;
	/** JSON.parse of every section (Node: + building the Dataset maps). */
	parseMs: number;
	/** read + parse: from IndexedDB to a working set in memory. */
	loadMs: number;
	runs: number;
}

export interface Bundle {
	manifest: BundleManifest;
	rows: SectionRow[];
}

export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return round(s[Math.floor(s.length / 2)] ?? 0);
}

export function round(n: number, digits = 2): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}

/** The bundle as built into `dir` (build/ or static/), in manifest order. */
export function readBuiltBundle(dir: string): Bundle {
	const manifest = JSON.parse(readFileSync(join(dir, 'data', 'manifest.json'), 'utf8')) as BundleManifest;
	const rows = manifest.files.map((f) => ({
		name: f.name,
		sha256: f.sha256,
		text: readFileSync(join(dir, f.path), 'utf8')
	}));
	return { manifest, rows };
}

/**
 * Sizes per section and in total. `brotli: false` for synthetic copies: brotli's 4 MB window spans the
 * ~240 KB between two copies of a record and would measure the replication, not the data (gzip's 32 KB
 * window cannot), and quality 11 on 35 MB takes a minute and a half.
 */
export function sectionSizes(
	rows: { name: string; text: string }[],
	opts: { brotli?: boolean } = {}
): { sections: SectionSize[]; total: SectionSize } {
	const withBrotli = opts.brotli ?? true;
	const sections = rows.map((r): SectionSize => {
		const buf = Buffer.from(r.text, 'utf8');
		return {
			name: r.name,
			raw: buf.length,
			gzip: gzipSync(buf, { level: 9 }).length,
			brotli: withBrotli
				? brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length
				: null
		};
	});
	const sum = (k: 'raw' | 'gzip') => sections.reduce((n, s) => n + s[k], 0);
	const brotli = withBrotli ? sections.reduce((n, s) => n + (s.brotli ?? 0), 0) : null;
	return { sections, total: { name: 'total', raw: sum('raw'), gzip: sum('gzip'), brotli } };
}

/** The app's own storage code on fake-indexeddb: a fresh in-memory IndexedDB per run. */
export async function nodeTimings(bundle: Bundle, runs = RUNS.node): Promise<Timings> {
	const store: number[] = [];
	const read: number[] = [];
	const parse: number[] = [];
	for (let i = 0; i <= runs; i++) {
		const db = new AppDb(`bench-${i}`, { indexedDB: new IDBFactory(), IDBKeyRange });
		const t0 = performance.now();
		await storeBundle(db, bundle.manifest, bundle.rows);
		const t1 = performance.now();
		const stored = await readStoredBundle(db);
		const t2 = performance.now();
		if (!stored || stored === 'damaged') throw new Error('fake-indexeddb: stored bundle not read back intact');
		datasetFromTexts(stored.manifest, stored.rows);
		const t3 = performance.now();
		db.close();
		// Run 0 warms up the JIT and module caches.
		if (i === 0) continue;
		store.push(t1 - t0);
		read.push(t2 - t1);
		parse.push(t3 - t2);
	}
	return summarise(store, read, parse, runs);
}

function summarise(store: number[], read: number[], parse: number[], runs: number): Timings {
	return {
		storeMs: median(store),
		readMs: median(read),
		parseMs: median(parse),
		loadMs: median(read.map((r, i) => r + (parse[i] ?? 0))),
		runs
	};
}

/** Node: JSON.parse + Dataset maps of a bundle held in memory (no storage). */
export function nodeParseMs(bundle: Bundle, runs: number): number {
	const times: number[] = [];
	for (let i = 0; i <= runs; i++) {
		const t0 = performance.now();
		datasetFromTexts(bundle.manifest, bundle.rows);
		if (i > 0) times.push(performance.now() - t0);
	}
	return median(times);
}

interface PageTimes {
	store: number[];
	read: number[];
	parse: number[];
}

/**
 * Runs inside the page (serialised by Playwright: no closures over Node values). Uses Dexie (injected
 * from node_modules) exactly as src/lib/data/sync.ts does: one 'r' transaction for manifest + all rows,
 * one relaxed 'rw' transaction for clear + bulkPut + manifest.
 */
async function pageBench(args: {
	source: string;
	target: string;
	runs: number;
	manifest?: unknown;
	rows?: { name: string; sha256: string; text: string }[];
}): Promise<PageTimes> {
	type Table = {
		get(k: string): Promise<{ value: unknown } | undefined>;
		toArray(): Promise<{ name: string; sha256: string; text: string }[]>;
		clear(): Promise<void>;
		bulkPut(rows: unknown[]): Promise<unknown>;
		put(row: unknown): Promise<unknown>;
	};
	type Db = {
		open(): Promise<Db>;
		close(): void;
		delete(): Promise<void>;
		table(n: string): Table;
		version(n: number): { stores(s: Record<string, string>): void };
		transaction<T>(mode: string, a: string, b: string, fn: () => Promise<T>): Promise<T>;
	};
	const Dexie = (window as unknown as { Dexie: new (name: string, opts?: Record<string, unknown>) => Db }).Dexie;
	const open = async (name: string) => {
		const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' });
		db.version(1).stores({ sections: 'name', meta: 'key' });
		await db.open();
		return db;
	};
	if (args.rows) {
		// Seed the source database (the 100× case: the app never stored such a bundle itself).
		const seed = await open(args.source);
		await seed.transaction('rw', 'sections', 'meta', async () => {
			await seed.table('sections').clear();
			await seed.table('sections').bulkPut(args.rows ?? []);
			await seed.table('meta').put({ key: 'manifest', value: args.manifest });
		});
		seed.close();
	}
	// The app's database is opened without a schema (Dexie's dynamic mode), so its version never matters.
	const src = new Dexie(args.source);
	await src.open();
	const out: PageTimes = { store: [], read: [], parse: [] };
	for (let i = 0; i <= args.runs; i++) {
		const t0 = performance.now();
		const [manifest, rows] = await src.transaction('r', 'sections', 'meta', () =>
			Promise.all([src.table('meta').get('manifest'), src.table('sections').toArray()])
		);
		const t1 = performance.now();
		let keep = 0;
		for (const r of rows) keep += Object.keys(JSON.parse(r.text) as object).length;
		const t2 = performance.now();
		if (!manifest || rows.length === 0 || keep === 0) throw new Error(`no bundle in IndexedDB ${args.source}`);
		const dst = await open(args.target);
		const t3 = performance.now();
		await dst.transaction('rw', 'sections', 'meta', async () => {
			await dst.table('sections').clear();
			await dst.table('sections').bulkPut(rows);
			await dst.table('meta').put({ key: 'manifest', value: manifest.value });
		});
		const t4 = performance.now();
		dst.close();
		if (i === 0) continue;
		out.read.push(t1 - t0);
		out.parse.push(t2 - t1);
		out.store.push(t4 - t3);
	}
	src.close();
	return out;
}

export interface ChromiumResult {
	throttle: number;
	real: Timings;
	scaled?: Timings;
}

/**
 * Opens the built home page in Chromium, waits until the app has stored its bundle, then times the
 * IndexedDB operations at 4× CPU throttling; with `scaled`, the same for a synthetic bundle.
 */
export async function chromiumTimings(dir: string, scaled?: Bundle): Promise<ChromiumResult> {
	const { server, url } = await startServer({ dir, port: 0 });
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: CHROMIUM_ARGS
	});
	try {
		// The page's CSP allows only its own scripts; the bench injects Dexie from node_modules.
		const context = await browser.newContext({ bypassCSP: true });
		const page = await context.newPage();
		await page.goto(`${url}/`);
		await page.getByText(STORED_TEXT).first().waitFor({ timeout: STORED_WAIT_MS });
		await page.addScriptTag({ path: join(import.meta.dirname, '..', 'node_modules', 'dexie', 'dist', 'dexie.min.js') });
		// tsx compiles with keepNames: the serialised pageBench calls esbuild's __name helper.
		await page.evaluate('globalThis.__name = (f) => f');
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
		const real = await page.evaluate(pageBench, {
			source: 'lvliang-banshitong',
			target: 'bench-copy',
			runs: RUNS.chromium
		});
		const result: ChromiumResult = {
			throttle: CPU_THROTTLE,
			real: summarise(real.store, real.read, real.parse, RUNS.chromium)
		};
		if (scaled) {
			const s = await page.evaluate(pageBench, {
				source: 'bench-scaled',
				target: 'bench-scaled-copy',
				runs: RUNS.scaled,
				manifest: scaled.manifest,
				rows: scaled.rows
			});
			result.scaled = summarise(s.store, s.read, s.parse, RUNS.scaled);
		}
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		return result;
	} finally {
		await browser.close();
		server.close();
	}
}
