/**
 * Every page type beside a bare prerendered SvelteKit page built in the same run (issue 14): Lighthouse 12
 * mobile (median of 3), main-thread time at 4× CPU with and without JavaScript, bytes, and the search page's
 * first result on a slow phone. Figures only; nothing here is gated.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { CPU_THROTTLE, median, round } from './data';
import { runLighthouse, startGzipServer, type PageReport } from './lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/lib/chromium';

const ROOT = join(import.meta.dirname, '..');
/** Where the reference is served, beside the app's own pages (its svelte.config.js sets this base). */
export const REFERENCE_PATH = '/__reference/';
/** Lighthouse runs per page; the median is reported (Lighthouse's own advice for noisy machines). */
const LIGHTHOUSE_RUNS = 3;
/** The main-thread window ends this long after the load event (Lighthouse's pauseAfterLoadMs). */
const PAUSE_AFTER_LOAD_MS = 1000;
/** Main-thread measurements per page and mode. */
const MAIN_THREAD_RUNS = 3;
/** First-result runs on the slow phone. */
const SLOW_PHONE_RUNS = 3;
/** The slow phone of issue 14: 150 ms round trip, 1.6 Mbit/s down, 4× CPU, online, cold. */
export const SLOW_PHONE = { latencyMs: 150, downKbit: 1600, upKbit: 750, cpu: CPU_THROTTLE };
export const SEARCH_QUERY = '社保卡';
const RESULT_WAIT_MS = 30_000;
/** After the first result, how long LCP candidates are collected. */
const LCP_SETTLE_MS = 1000;

export interface PageType {
	type: string;
	path: string;
}

/** One page of each type (issue 14's list), plus the reference. */
export function pageTypes(dir: string): PageType[] {
	const first = (sub: string) =>
		readdirSync(join(dir, sub))
			.filter((f) => f.endsWith('.html'))
			.sort()[0]
			?.replace(/\.html$/, '') ?? '';
	return [
		{ type: 'reference', path: REFERENCE_PATH },
		{ type: 'home', path: '/' },
		{ type: 'search', path: `/search?q=${encodeURIComponent(SEARCH_QUERY)}` },
		{ type: 'service', path: '/service/35' },
		{ type: 'department', path: '/department/rensheju' },
		{ type: 'document', path: `/document/${first('document')}` },
		{ type: 'theme', path: `/theme/${encodeURIComponent(first('theme'))}` },
		{ type: 'benefit', path: '/benefit/agri-machinery-subsidies' },
		{ type: 'benefits', path: '/benefits' },
		{ type: 'hotlines', path: '/hotlines' },
		{ type: 'check', path: '/check' },
		{ type: 'saved', path: '/saved' },
		{ type: 'print', path: '/print/service/35' }
	];
}

/** Builds bench/reference with the app's own node_modules and puts it under `<dir>/__reference/`. */
export function buildReference(dir: string): { seconds: number } {
	const t0 = performance.now();
	const work = mkdtempSync(join(tmpdir(), 'bench-reference-'));
	try {
		cpSync(join(ROOT, 'bench', 'reference'), work, { recursive: true });
		symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
		writeFileSync(join(work, 'package.json'), '{"type":"module","private":true}\n');
		execFileSync(
			process.execPath,
			[join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'],
			{ cwd: work, stdio: 'pipe' }
		);
		cpSync(join(work, 'build'), join(dir, REFERENCE_PATH.replace(/\//g, '')), { recursive: true });
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	return { seconds: round((performance.now() - t0) / 1000, 1) };
}

const med = (xs: (number | null)[]) => {
	const ok = xs.filter((x): x is number => x !== null);
	return ok.length ? round(median(ok), 0) : null;
};

export interface PageFigures {
	type: string;
	path: string;
	runs: number;
	performance: number | null;
	fcpMs: number | null;
	lcpMs: number | null;
	tbtMs: number | null;
	/** Lighthouse's simulated main-thread work (4× CPU). */
	lighthouseMainThreadMs: number | null;
	/** Measured main-thread task time at 4× CPU (see mainThreadWindow), with and without JavaScript. */
	mainThreadJsMs: number | null;
	mainThreadNoJsMs: number | null;
	transferBytes: number | null;
	renderBlocking: string[];
	lcpElement: string | null;
	errors: string[];
}

/** Lighthouse, LIGHTHOUSE_RUNS rounds over all pages (round-robin, so load on the machine hits all alike). */
async function lighthouseMedians(
	dir: string,
	pages: PageType[],
	log: (l: string) => void
): Promise<Map<string, PageReport[]>> {
	const order = Array.from({ length: LIGHTHOUSE_RUNS }, () => pages.map((p) => p.path)).flat();
	const reports = await runLighthouse({ dir, pages: order, log });
	const byPath = new Map<string, PageReport[]>();
	reports.forEach((r, i) => {
		const path = order[i] ?? '';
		byPath.set(path, [...(byPath.get(path) ?? []), r]);
	});
	return byPath;
}

/** Sum of main-thread task time (CDP Performance.TaskDuration) from navigation until 1 s after load. */
export async function mainThreadMs(browser: Browser, url: string, javaScriptEnabled: boolean): Promise<number> {
	const context = await browser.newContext({ javaScriptEnabled });
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
		await page.goto(url, { waitUntil: 'load' });
		// Lighthouse's own pause after load; a search also waits for its first result (JS only).
		await page.waitForTimeout(PAUSE_AFTER_LOAD_MS);
		if (javaScriptEnabled && url.includes('/search?q='))
			await page.locator('ol.results li').first().waitFor({ timeout: RESULT_WAIT_MS });
		const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
		return round((metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000, 0);
	} finally {
		await context.close();
	}
}

/** Records first paint, LCP (and its element) and the moment the first search result is in the DOM. */
const PERF_PROBE = `
window.__perf = {};
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__perf.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
new PerformanceObserver((l) => { for (const e of l.getEntries()) { window.__perf.lcp = e.startTime; const el = e.element; window.__perf.lcpElement = el ? el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') + ' ' + (el.textContent || '').trim().slice(0, 24) : null; } }).observe({ type: 'largest-contentful-paint', buffered: true });
new MutationObserver((_, mo) => { if (document.querySelector('ol.results li')) { window.__perf.firstResult = performance.now(); requestAnimationFrame(() => setTimeout(() => { window.__perf.firstResultPainted = performance.now(); })); mo.disconnect(); } }).observe(document, { childList: true, subtree: true });
`;

export interface SlowPhoneRun {
	fcpMs: number;
	firstResultMs: number;
	firstResultPaintedMs: number;
	lcpMs: number;
	lcpElement: string | null;
	/** With `detail`: when each resource finished arriving (ms from navigation), to see what the result waited for. */
	resources?: string[];
}

export async function slowPhoneSearch(browser: Browser, url: string, detail = false): Promise<SlowPhoneRun> {
	const context = await browser.newContext();
	try {
		await context.addInitScript(PERF_PROBE);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: SLOW_PHONE.latencyMs,
			downloadThroughput: (SLOW_PHONE.downKbit * 1000) / 8,
			uploadThroughput: (SLOW_PHONE.upKbit * 1000) / 8
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpu });
		await page.goto(url, { waitUntil: 'commit' });
		// A function, not a string: the app's CSP forbids eval.
		await page.waitForFunction(
			() => (window as unknown as { __perf?: { firstResultPainted?: number } }).__perf?.firstResultPainted,
			undefined,
			{
				timeout: RESULT_WAIT_MS,
				polling: 100
			}
		);
		await page.waitForTimeout(LCP_SETTLE_MS);
		const p = (await page.evaluate('window.__perf')) as {
			fcp: number;
			firstResult: number;
			firstResultPainted: number;
			lcp: number;
			lcpElement: string | null;
		};
		return {
			fcpMs: round(p.fcp, 0),
			firstResultMs: round(p.firstResult, 0),
			firstResultPaintedMs: round(p.firstResultPainted, 0),
			lcpMs: round(p.lcp, 0),
			lcpElement: p.lcpElement,
			...(detail
				? {
						resources: (await page.evaluate(() =>
							performance
								.getEntriesByType('resource')
								.map(
									(e) =>
										`${Math.round((e as PerformanceResourceTiming).responseEnd)} ${e.name.replace(/^https?:\/\/[^/]+/, '')}`
								)
						)) as string[]
					}
				: {})
		};
	} finally {
		await context.close();
	}
}

export interface PagesResult {
	pages: PageFigures[];
	slowPhoneSearch: {
		profile: typeof SLOW_PHONE;
		query: string;
		runs: SlowPhoneRun[];
		medianFirstResultMs: number | null;
		medianFcpMs: number | null;
	};
	mainThreadWindow: string;
}

export async function runPages(dir: string, log: (l: string) => void): Promise<PagesResult> {
	const pages = pageTypes(dir);
	const lh = await lighthouseMedians(dir, pages, log);
	const server = await startGzipServer(dir);
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: CHROMIUM_ARGS
	});
	try {
		const figures: PageFigures[] = [];
		for (const p of pages) {
			const reports = (lh.get(p.path) ?? []).filter((r) => !r.error);
			const errors = (lh.get(p.path) ?? []).flatMap((r) => (r.error ? [r.error] : []));
			const js: number[] = [];
			const noJs: number[] = [];
			for (let i = 0; i < MAIN_THREAD_RUNS; i++) {
				try {
					js.push(await mainThreadMs(browser, `${server.url}${p.path}`, true));
					noJs.push(await mainThreadMs(browser, `${server.url}${p.path}`, false));
				} catch (e) {
					errors.push(e instanceof Error ? e.message : String(e));
				}
			}
			// The run whose performance score is the median stands for the page's element and blocking lists.
			const sorted = [...reports].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
			const mid = sorted[Math.floor(sorted.length / 2)];
			figures.push({
				type: p.type,
				path: decodeURIComponent(p.path),
				runs: reports.length,
				performance: med(reports.map((r) => r.scores.performance)),
				fcpMs: med(reports.map((r) => r.fcpMs)),
				lcpMs: med(reports.map((r) => r.lcpMs)),
				tbtMs: med(reports.map((r) => r.tbtMs)),
				lighthouseMainThreadMs: med(reports.map((r) => r.mainThreadMs)),
				mainThreadJsMs: med(js),
				mainThreadNoJsMs: med(noJs),
				transferBytes: med(reports.map((r) => r.transferBytes)),
				renderBlocking: mid?.renderBlocking ?? [],
				lcpElement: mid?.lcpElement ?? null,
				errors
			});
			log(`main thread ${p.type}: ${med(js)} ms with JS, ${med(noJs)} ms without`);
		}
		const runs: SlowPhoneRun[] = [];
		const searchUrl = `${server.url}/search?q=${encodeURIComponent(SEARCH_QUERY)}`;
		for (let i = 0; i < SLOW_PHONE_RUNS; i++) {
			try {
				runs.push(await slowPhoneSearch(browser, searchUrl));
			} catch (e) {
				log(`slow-phone search failed: ${e instanceof Error ? e.message : String(e)}`);
			}
		}
		log(`slow-phone search: first result ${runs.map((r) => r.firstResultPaintedMs).join(', ')} ms`);
		return {
			pages: figures,
			slowPhoneSearch: {
				profile: SLOW_PHONE,
				query: SEARCH_QUERY,
				runs,
				medianFirstResultMs: med(runs.map((r) => r.firstResultPaintedMs)),
				medianFcpMs: med(runs.map((r) => r.fcpMs))
			},
			mainThreadWindow: `CDP TaskDuration at ${CPU_THROTTLE}× CPU, cold context, from navigation until 1 s after the load event (a search: until its first result, if later); the data bundle's download, deferred 1.5 s after the page starts, and the service worker's precache fall outside it`
		};
	} finally {
		await browser.close();
		server.close();
	}
}

/** Standalone: npx tsx bench/pages.ts [build dir] — the page table only, without the rest of npm run bench. */
if (import.meta.url === `file://${process.argv[1]}`) {
	const src = process.argv[2] ?? join(ROOT, 'build');
	const dir = mkdtempSync(join(tmpdir(), 'bench-pages-'));
	cpSync(src, dir, { recursive: true });
	buildReference(dir);
	const result = await runPages(dir, (l) => process.stdout.write(`${l}\n`));
	rmSync(dir, { recursive: true, force: true });
	process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
