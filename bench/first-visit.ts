/**
 * What a first visit downloads in total (issue 12): the home page opened once in a fresh Chromium profile, until
 * the app is ready to work offline and the network has been quiet for a while. Counted on the server, per
 * response body (as sent: brotli or gzip), so the service worker's own fetches (its script, the precache) count
 * as well as the page's, and a file fetched twice counts twice. With a service worker and with service workers
 * blocked (iPhone WeChat); with today's data and with the 100× catalogue as the build splits it (base files plus
 * the home region), swapped into a copy of the built site.
 *
 *   tsx bench/first-visit.ts [build-dir]
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildBundle } from '../scripts/build-data';
import { writeBundle } from '../scripts/lib/bundle';
import { startServer } from '../scripts/serve';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/lib/chromium';
import { scaleRegions } from './scale';
import { SCALE } from './search';

/** The footer's status once the data is stored and every page works offline (src/lib/state/data.svelte.ts). */
const READY_TEXT = '整个应用可离线使用';
const READY_WAIT_MS = 90_000;
/** The visit is over when nothing more was sent for this long (the route code loads at idle, in batches). */
const QUIET_MS = 5_000;
const POLL_MS = 250;
/** Runs per case; byte counts barely move between runs, the largest is kept. */
const RUNS = 1;

export type Kind = 'html' | 'code' | 'data' | 'worker' | 'other';

export interface FirstVisit {
	totalBytes: number;
	requests: number;
	byKind: Record<Kind, number>;
	/** Bytes of files sent more than once in the visit (a second copy of the same file). */
	repeatedBytes: number;
	/** Seconds from navigation until the network went quiet. */
	seconds: number;
}

export interface FirstVisitResult {
	withWorker: FirstVisit;
	withoutWorker: FirstVisit;
	scaled: { scale: number; withWorker: FirstVisit; withoutWorker: FirstVisit };
}

function kindOf(path: string): Kind {
	if (path.startsWith('/_app/')) return 'code';
	if (path.startsWith('/data/')) return 'data';
	if (path === '/service-worker.js') return 'worker';
	if (path.endsWith('.html') || !/\.[a-z0-9]+$/.test(path)) return 'html';
	return 'other';
}

async function visit(dir: string, workers: 'allow' | 'block'): Promise<FirstVisit> {
	const { server, url } = await startServer({ dir, port: 0 });
	const sent: { path: string; bytes: number }[] = [];
	let last = Date.now();
	// Before the server's own handler, so every body byte written is seen (headers are left out).
	server.prependListener('request', (req, res) => {
		let bytes = 0;
		const count = (chunk: unknown) => {
			if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk);
			else if (chunk instanceof Uint8Array) bytes += chunk.length;
		};
		const write = res.write.bind(res) as (...a: unknown[]) => boolean;
		const end = res.end.bind(res) as (...a: unknown[]) => typeof res;
		res.write = ((...a: unknown[]) => (count(a[0]), write(...a))) as typeof res.write;
		res.end = ((...a: unknown[]) => (typeof a[0] !== 'function' && count(a[0]), end(...a))) as typeof res.end;
		res.on('finish', () => {
			sent.push({ path: new URL(req.url ?? '/', 'http://x').pathname, bytes });
			last = Date.now();
		});
	});
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	try {
		const context = await browser.newContext({ serviceWorkers: workers, locale: 'zh-CN' });
		const page = await context.newPage();
		const t0 = Date.now();
		await page.goto(`${url}/`);
		await page.getByText(READY_TEXT).first().waitFor({ timeout: READY_WAIT_MS });
		if (workers === 'allow') {
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
				timeout: READY_WAIT_MS
			});
		}
		while (Date.now() - last < QUIET_MS) await new Promise((ok) => setTimeout(ok, POLL_MS));
		const seconds = Math.round((last - t0) / 100) / 10;
		await context.close();
		const byKind: Record<Kind, number> = { html: 0, code: 0, data: 0, worker: 0, other: 0 };
		const seen = new Set<string>();
		let repeatedBytes = 0;
		for (const s of sent) {
			byKind[kindOf(s.path)] += s.bytes;
			if (seen.has(s.path)) repeatedBytes += s.bytes;
			seen.add(s.path);
		}
		const totalBytes = sent.reduce((n, s) => n + s.bytes, 0);
		return { totalBytes, requests: sent.length, byKind, repeatedBytes, seconds };
	} finally {
		await browser.close();
		server.close();
	}
}

async function largestOf(dir: string, workers: 'allow' | 'block'): Promise<FirstVisit> {
	let best: FirstVisit | null = null;
	for (let i = 0; i < RUNS; i++) {
		const v = await visit(dir, workers);
		if (!best || v.totalBytes > best.totalBytes) best = v;
	}
	if (!best) throw new Error('no run');
	return best;
}

/** A copy of the built site whose data is the 100× catalogue, split as `npm run data` would emit it. */
function scaledSite(dir: string, scale: number): string {
	const copy = mkdtempSync(join(tmpdir(), 'bench-first-visit-'));
	// Timestamps kept: the server skips a .br/.gz sibling older than its file as stale.
	cpSync(dir, copy, { recursive: true, preserveTimestamps: true });
	const dataDir = join(copy, 'data');
	for (const name of readdirSync(dataDir)) if (/\.(br|gz)$/.test(name)) rmSync(join(dataDir, name));
	writeBundle(buildBundle({ regions: scaleRegions(scale) }), dataDir);
	// Served precompressed like the real build's data (scripts/lib/finish-build writes .br/.gz beside it).
	for (const name of readdirSync(dataDir)) {
		if (!name.endsWith('.json')) continue;
		const body = readFileSync(join(dataDir, name));
		writeFileSync(join(dataDir, `${name}.gz`), gzipSync(body, { level: 9 }));
		writeFileSync(join(dataDir, `${name}.br`), brotliCompressSync(body));
	}
	return copy;
}

export async function firstVisitBytes(
	dir: string,
	log: (l: string) => void = () => undefined
): Promise<FirstVisitResult> {
	const withWorker = await largestOf(dir, 'allow');
	log(`today, with a service worker: ${(withWorker.totalBytes / 1024).toFixed(1)} KB`);
	const withoutWorker = await largestOf(dir, 'block');
	log(`today, without: ${(withoutWorker.totalBytes / 1024).toFixed(1)} KB`);
	const scaledDir = scaledSite(dir, SCALE);
	try {
		const sw = await largestOf(scaledDir, 'allow');
		log(`${SCALE}×, with a service worker: ${(sw.totalBytes / 1024).toFixed(1)} KB`);
		const noSw = await largestOf(scaledDir, 'block');
		log(`${SCALE}×, without: ${(noSw.totalBytes / 1024).toFixed(1)} KB`);
		return { withWorker, withoutWorker, scaled: { scale: SCALE, withWorker: sw, withoutWorker: noSw } };
	} finally {
		rmSync(scaledDir, { recursive: true, force: true });
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const dir = process.argv[2] ?? join(import.meta.dirname, '..', 'build');
	process.stdout.write(
		`${JSON.stringify(await firstVisitBytes(dir, (l) => process.stderr.write(`${l}\n`)), null, '\t')}\n`
	);
}
