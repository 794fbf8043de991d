/**
 * Lighthouse 12 (default config = mobile emulation, simulated Slow 4G, 4× CPU) on pages of the built site,
 * in Debian's chromium started here with a remote-debugging port (chrome-launcher is not used: it does not
 * know Debian's flags and leaves profiles behind). Shared by bench/run.ts and scripts/check-lighthouse.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createGzip } from 'node:zlib';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/lib/chromium';
import { startServer } from '../scripts/serve';

/** The four pages issue 5 names: home, a service, search with a query, the eligibility check. */
export const LIGHTHOUSE_PAGES = ['/', '/service/35', `/search?q=${encodeURIComponent('社保卡')}`, '/check'];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Lighthouse drives a browser it did not start, so the headless mode is a flag here. */
const CHROMIUM_FLAGS = ['--headless', ...CHROMIUM_ARGS];

/**
 * A page whose tab crashed is audited once more in a fresh browser: a renderer crash says nothing about the page's
 * scores (seen once in CI, with the browser tests beside it; the same build passed alone three times in a row). A
 * page that crashes twice is reported with the error.
 */
const CRASH_RETRIES = 1;
/** Lighthouse's error code when the tab it audits crashes. */
const TARGET_CRASHED = 'TARGET_CRASHED';

/**
 * Lighthouse rejects a promise of its own when the tab crashes, and nothing awaits it unless a protocol command is in
 * flight (core/gather/session.js): unhandled, it ends the process, and the gate's report with it. While the audits
 * run, that rejection is ignored: the page's run reports the crash itself (its `runtimeError`, or a thrown error).
 */
function ignoreTabCrashRejections(): () => void {
	const onRejection = (reason: unknown) => {
		if ((reason as { code?: unknown } | null)?.code !== TARGET_CRASHED) throw reason;
	};
	process.on('unhandledRejection', onRejection);
	return () => void process.off('unhandledRejection', onRejection);
}

/** How long chromium gets to open its DevTools port. */
const DEVTOOLS_WAIT_MS = 15_000;
const POLL_MS = 100;

export interface FailedAudit {
	id: string;
	title: string;
	/** Up to a few offending elements or URLs, for a person fixing them. */
	items: string[];
}

export interface PageReport {
	page: string;
	/** 0–100 per category; null when Lighthouse could not score it. */
	scores: Record<Category, number | null>;
	fcpMs: number | null;
	lcpMs: number | null;
	tbtMs: number | null;
	cls: number | null;
	transferBytes: number | null;
	/** Main-thread work in Lighthouse's simulated 4× CPU (mainthread-work-breakdown). */
	mainThreadMs: number | null;
	/** Stylesheets and scripts Lighthouse counts as render-blocking. */
	renderBlocking: string[];
	/** The element Lighthouse took as the largest contentful paint. */
	lcpElement: string | null;
	/** Audits below 1 in the gated categories (accessibility, best practices, SEO). */
	failed: FailedAudit[];
	error?: string;
	/** The browser tab crashed in a first try; this report is the second try's, in a fresh browser. */
	retriedAfterCrash?: boolean;
}

interface Browser {
	port: number;
	proc: ChildProcess;
	profile: string;
}

async function launch(): Promise<Browser> {
	const profile = mkdtempSync(join(tmpdir(), 'lh-chromium-'));
	// Port 0: chromium picks a free port and prints it on stderr.
	const proc = spawn(
		CHROMIUM,
		[...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
		{
			stdio: ['ignore', 'ignore', 'pipe']
		}
	);
	let stderr = '';
	const port = await new Promise<number>((ok, fail) => {
		const timer = setTimeout(
			() => fail(new Error(`chromium did not open a DevTools port in ${DEVTOOLS_WAIT_MS} ms:\n${stderr}`)),
			DEVTOOLS_WAIT_MS
		);
		proc.stderr?.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
			const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
			if (m) {
				clearTimeout(timer);
				ok(Number(m[1]));
			}
		});
		proc.on('exit', (code) => {
			clearTimeout(timer);
			fail(new Error(`chromium exited (${code}) before opening DevTools:\n${stderr}`));
		});
	});
	return { port, proc, profile };
}

async function close(b: Browser): Promise<void> {
	if (b.proc.exitCode === null) {
		b.proc.kill('SIGTERM');
		for (let waited = 0; b.proc.exitCode === null && waited < 5000; waited += POLL_MS) await sleep(POLL_MS);
		if (b.proc.exitCode === null) b.proc.kill('SIGKILL');
	}
	rmSync(b.profile, { recursive: true, force: true });
}

interface LhAudit {
	id: string;
	title: string;
	score: number | null;
	scoreDisplayMode: string;
	numericValue?: number;
	details?: { items?: Record<string, unknown>[] };
}

const MAX_ITEMS = 5;

function itemLabel(item: Record<string, unknown>): string {
	const node = item.node as { snippet?: string; selector?: string } | undefined;
	if (node?.snippet) return node.snippet;
	if (typeof item.url === 'string') return item.url;
	if (typeof item.description === 'string') return item.description;
	return JSON.stringify(item).slice(0, 200);
}

/** LCP element audit: a table of tables in Lighthouse 12; the first row names the node. */
function lcpElement(audit: LhAudit | undefined): string | null {
	const first = audit?.details?.items?.[0] as { items?: Record<string, unknown>[] } | undefined;
	const row = first?.items?.[0] ?? (first as Record<string, unknown> | undefined);
	return row ? itemLabel(row).slice(0, 200) : null;
}

function report(
	page: string,
	lhr: {
		categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
		audits: Record<string, LhAudit>;
	}
): PageReport {
	const scores = Object.fromEntries(
		CATEGORIES.map((c) => {
			const s = lhr.categories[c]?.score;
			return [c, s === null || s === undefined ? null : Math.round(s * 100)];
		})
	) as Record<Category, number | null>;
	const num = (id: string) => {
		const v = lhr.audits[id]?.numericValue;
		return v === undefined ? null : Math.round(v * 1000) / 1000;
	};
	const gated = new Set(
		CATEGORIES.filter((c) => c !== 'performance').flatMap((c) => lhr.categories[c]?.auditRefs.map((r) => r.id) ?? [])
	);
	const failed = [...gated]
		.sort()
		.map((id) => lhr.audits[id])
		.filter(
			(a): a is LhAudit =>
				!!a && a.score !== null && a.score < 1 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric')
		)
		.map((a) => ({ id: a.id, title: a.title, items: (a.details?.items ?? []).slice(0, MAX_ITEMS).map(itemLabel) }));
	return {
		page,
		scores,
		fcpMs: num('first-contentful-paint'),
		lcpMs: num('largest-contentful-paint'),
		tbtMs: num('total-blocking-time'),
		cls: num('cumulative-layout-shift'),
		transferBytes: num('total-byte-weight'),
		mainThreadMs: num('mainthread-work-breakdown'),
		renderBlocking: (lhr.audits['render-blocking-resources']?.details?.items ?? []).map(itemLabel),
		lcpElement: lcpElement(lhr.audits['largest-contentful-paint-element']),
		failed
	};
}

const emptyReport = (page: string, error: string): PageReport => ({
	page,
	scores: { performance: null, accessibility: null, 'best-practices': null, seo: null },
	fcpMs: null,
	lcpMs: null,
	tbtMs: null,
	cls: null,
	transferBytes: null,
	mainThreadMs: null,
	renderBlocking: [],
	lcpElement: null,
	failed: [],
	error
});

/** Content types a static host compresses (nginx `gzip_types`, every CDN). */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg)/;

function listen(server: Server): Promise<string> {
	return new Promise((ok) =>
		server.listen(0, '127.0.0.1', () => {
			const addr = server.address();
			ok(`http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`);
		})
	);
}

/**
 * scripts/serve.ts behind a gzip layer. serve.ts sends bodies uncompressed (fine for tests), but every
 * real static host compresses text; without it Lighthouse's simulated Slow 4G would time 3–4× the bytes.
 */
export async function startGzipServer(dir: string): Promise<{ url: string; close: () => void }> {
	const upstream = await startServer({ dir, port: 0 });
	const target = new URL(upstream.url);
	const proxy = createServer((req, res) => {
		const up = request(
			{ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
			(ur) => {
				const headers = { ...ur.headers };
				// serve.ts now sends the build's precompressed .br/.gz itself: an encoded body passes through untouched.
				const gzip =
					!headers['content-encoding'] &&
					/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
					COMPRESSIBLE.test(String(headers['content-type'] ?? ''));
				if (gzip) {
					delete headers['content-length'];
					headers['content-encoding'] = 'gzip';
					headers.vary = 'accept-encoding';
				}
				res.writeHead(ur.statusCode ?? 502, headers);
				if (gzip) ur.pipe(createGzip()).pipe(res);
				else ur.pipe(res);
			}
		);
		up.on('error', () => res.writeHead(502).end());
		req.pipe(up);
	});
	const url = await listen(proxy);
	return {
		url,
		close: () => {
			proxy.close();
			upstream.server.close();
		}
	};
}

/**
 * Serves `dir` on a free port and runs Lighthouse on each page in turn (never in parallel: the runs would
 * share the CPU and skew TBT). A page that fails is reported with `error`, the others still run.
 */
export async function runLighthouse(
	opts: { dir?: string; pages?: string[]; categories?: readonly Category[]; log?: (line: string) => void } = {}
): Promise<PageReport[]> {
	const log = opts.log ?? (() => {});
	if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found`);
	const server = await startGzipServer(opts.dir ?? 'build');
	const { url } = server;
	let browser = await launch().catch((e: unknown) => {
		server.close();
		throw e;
	});
	const stopIgnoring = ignoreTabCrashRejections();
	/** `name`: the page as reported, its query decoded (/search?q=社保卡). */
	const audit = async (page: string, name: string): Promise<{ report: PageReport; crashed: boolean }> => {
		try {
			const result = await lighthouse(`${url}${page}`, {
				port: browser.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...(opts.categories ?? CATEGORIES)]
			});
			if (!result) throw new Error('Lighthouse returned no result');
			const lhr = result.lhr as unknown as Parameters<typeof report>[1] & {
				runtimeError?: { code?: string; message: string };
			};
			if (lhr.runtimeError)
				return {
					report: emptyReport(name, lhr.runtimeError.message),
					crashed: lhr.runtimeError.code === TARGET_CRASHED
				};
			return { report: report(name, lhr), crashed: false };
		} catch (e) {
			const crashed = (e as { code?: unknown } | null)?.code === TARGET_CRASHED;
			return { report: emptyReport(name, e instanceof Error ? e.message : String(e)), crashed };
		}
	};
	const out: PageReport[] = [];
	try {
		for (const page of opts.pages ?? LIGHTHOUSE_PAGES) {
			const started = performance.now();
			const name = decodeURIComponent(page);
			let run = await audit(page, name);
			for (let retry = 0; retry < CRASH_RETRIES && run.crashed; retry++) {
				log(`lighthouse ${name}: the tab crashed; once more in a fresh browser`);
				await close(browser);
				browser = await launch();
				run = await audit(page, name);
				run.report.retriedAfterCrash = true;
			}
			out.push(run.report);
			log(`lighthouse ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
		}
	} finally {
		stopIgnoring();
		await close(browser);
		server.close();
	}
	return out;
}
