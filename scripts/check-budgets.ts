/**
 * Byte budgets of the built site (issue 5; DESIGN.md "Budgets"). Deterministic, so CI gates on it:
 *   initial JS ≤ 41.5 KB gzip on any page (everything its start-up chunks import statically, each listed as a
 *   modulepreload), HTML ≤ 15 KB gzip per page, data bundle ≤ 150 KB gzip,
 *   a first visit with the service worker (issue 12) < 322 KB as served (brotli), and no pinyin library, search
 *   library or zod in the client bundle.
 * Prints a table; `--json` prints the figures for the benchmark.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_REGION, filesFor } from '#lib/domain/dataset';
import type { BundleManifest } from '#lib/domain/schema';

export const BUDGET = {
	// Issue 14's goal, reached in session 9: a page's static-import closure, not only its modulepreload list. What
	// every page shares is 32.7 KB (shell: Svelte's runtime and kit's client; app.js, layout, page-data). The largest
	// page, a benefit, went 49.9 → 45.7 KB in session 5 (no bind:, the data status, speech text and 分享/二维码 after
	// the page is live, kit reading Svelte through named imports, leaner preload lists) and 45.7 → 43.1 KB in
	// session 6 (?. kept as written, class fields as assignments, Dexie as an ES module, kit's root without Svelte 4's
	// class layer, the city configuration in parts, amounts in words and the page's shape with its data) and 43.2 →
	// 41.9 KB in session 7 (every route's preload list out of app.js, 1.2 KB off every page) and 41.9 → 41.2 KB in
	// session 8 (citations formatted with the page's data) and 41.2 → 39.9 KB in session 9 (the data status's
	// components after the page is live, the source and phone components in one chunk, ShareBar only beside
	// ItemActions). /hotlines' HTML is 14.5 KB.
	initialJsGzip: 40 * 1024,
	htmlGzip: 15 * 1024,
	dataGzip: 150 * 1024,
	// Issue 12: a first visit with the service worker cost 322 KB when the worker precached every page, the
	// 512 px icon and the data again; it must stay below that. Measured in a browser by npm run bench.
	firstVisitBytes: 322 * 1024
};

/** What the service worker precaches besides the hashed code it lists (src/service-worker.ts). */
const PRECACHED_PAGES = ['200.html', '404.html', 'favicon.svg', 'manifest.webmanifest', 'icon-192.png'];

const BUILD = 'build';
/** Markers of libraries that must stay out of the client (they are build-time only). */
const FORBIDDEN = [
	{ name: 'pinyin-pro', marker: /pinyin-pro|pinyinPro/ },
	{ name: 'fuse.js', marker: /Fuse\.config|fuse\.js/i },
	{ name: 'minisearch', marker: /MiniSearch/ },
	{ name: 'zod', marker: /ZodError|\$ZodType/ }
];

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

export function measure() {
	const files = walk(BUILD);
	const jsSize = new Map<string, number>();
	const jsFile = (href: string) => join(BUILD, href.replace(/^(\.\.\/|\.\/)+/, '').replace(/^\//, ''));
	const pages = files.filter((f) => f.endsWith('.html'));
	const staticDeps = new Map<string, string[]>();
	/** The chunks a chunk imports statically (`import … from "…"`, `import "…"`), as build paths. */
	const depsOf = (path: string): string[] => {
		let deps = staticDeps.get(path);
		if (!deps) {
			const code = readFileSync(path, 'utf8');
			deps = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g)].map((m) =>
				join(dirname(path), m[1] ?? '')
			);
			staticDeps.set(path, deps);
		}
		return deps;
	};
	const perPage = pages.map((file) => {
		const html = readFileSync(file, 'utf8');
		// SvelteKit lists each page's start-up chunks as modulepreload links.
		const hrefs = [...html.matchAll(/<link\b[^>]*>/g)]
			.map((m) => m[0])
			.filter((tag) => /rel="modulepreload"/.test(tag))
			.map((tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? '');
		const listed = new Set(hrefs.map((h) => jsFile(h.replace(/^.*?_app\//, '_app/'))));
		// What the browser really runs before the page is live: the listed chunks and everything they import
		// statically. A chunk missing from the list still loads, one round trip later.
		const closure = new Set<string>();
		const visit = (path: string) => {
			if (closure.has(path)) return;
			closure.add(path);
			depsOf(path).forEach(visit);
		};
		listed.forEach(visit);
		let js = 0;
		for (const path of closure) {
			if (!jsSize.has(path)) jsSize.set(path, gz(readFileSync(path)));
			js += jsSize.get(path) ?? 0;
		}
		const unlisted = [...closure].filter((p) => !listed.has(p)).map((p) => relative(BUILD, p));
		return { page: relative(BUILD, file), htmlRaw: Buffer.byteLength(html), htmlGzip: gz(html), jsGzip: js, unlisted };
	});
	const dataFiles = files.filter((f) => /\/data\/[a-z0-9-]+\.[0-9a-f]{8,}\.json$/.test(f));
	const data = dataFiles.map((f) => {
		const buf = readFileSync(f);
		return { file: relative(BUILD, f), raw: buf.length, gzip: gz(buf) };
	});
	const clientJs = files.filter((f) => f.endsWith('.js') && f.includes('_app'));
	const forbidden = FORBIDDEN.filter(({ marker }) => clientJs.some((f) => marker.test(readFileSync(f, 'utf8')))).map(
		(f) => f.name
	);
	return { perPage, data, forbidden, firstVisit: firstVisitBytes() };
}

/** Bytes as the servers send a file: its .br sibling (both servers prefer brotli), else its .gz, else the file. */
function servedBytes(rel: string): number {
	for (const ext of ['.br', '.gz', '']) {
		const stat = statSync(join(BUILD, rel + ext), { throwIfNoEntry: false });
		if (stat) return stat.size;
	}
	throw new Error(`${rel}: not in the build`);
}

/**
 * A first visit with the service worker, each file counted once as the servers send it (brotli, written by the
 * build): the home page, the worker, what it precaches (the hashed files its build list names, the shell and 404
 * pages, icons) and the data of the home region. The page's own start-up code and its background route code are
 * among the precached files, so they are not counted twice; npm run bench measures the real visit in Chromium,
 * where a file fetched twice would show. `gzipTotal`: the same files for a server without brotli.
 */
export function firstVisitBytes() {
	const worker = readFileSync(join(BUILD, 'service-worker.js'), 'utf8');
	const code = [...new Set([...worker.matchAll(/\/(_app\/immutable\/[^`'"\s,]+)/g)].map((m) => m[1] ?? ''))];
	const manifest = JSON.parse(readFileSync(join(BUILD, 'data', 'manifest.json'), 'utf8')) as BundleManifest;
	const data = ['data/manifest.json', ...filesFor(manifest, [DEFAULT_REGION]).map((f) => f.path)];
	const pages = PRECACHED_PAGES.filter((f) => statSync(join(BUILD, f), { throwIfNoEntry: false }));
	const groups = { html: ['index.html'], worker: ['service-worker.js'], code, pages, data };
	const sum = (files: string[], bytes: (f: string) => number) => files.reduce((n, f) => n + bytes(f), 0);
	const parts = Object.fromEntries(Object.entries(groups).map(([k, files]) => [k, sum(files, servedBytes)])) as Record<
		keyof typeof groups,
		number
	>;
	const all = Object.values(groups).flat();
	return {
		...parts,
		codeFiles: code.length,
		total: sum(all, servedBytes),
		gzipTotal: sum(all, (f) => gz(readFileSync(join(BUILD, f))))
	};
}

function kb(n: number) {
	return `${(n / 1024).toFixed(1)} KB`;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
	const m = measure();
	if (process.argv.includes('--json')) {
		process.stdout.write(JSON.stringify(m));
		process.exit(0);
	}
	const problems: string[] = [];
	const maxJs = m.perPage.reduce((a, p) => (p.jsGzip > a.jsGzip ? p : a));
	const maxHtml = m.perPage.reduce((a, p) => (p.htmlGzip > a.htmlGzip ? p : a));
	const dataTotal = m.data.reduce((n, d) => n + d.gzip, 0);
	for (const p of m.perPage) {
		if (p.jsGzip > BUDGET.initialJsGzip)
			problems.push(`${p.page}: initial JS ${kb(p.jsGzip)} gzip > ${kb(BUDGET.initialJsGzip)}`);
		if (p.unlisted.length)
			problems.push(`${p.page}: start-up chunks without a modulepreload link: ${p.unlisted.join(', ')}`);
		if (p.htmlGzip > BUDGET.htmlGzip) problems.push(`${p.page}: HTML ${kb(p.htmlGzip)} gzip > ${kb(BUDGET.htmlGzip)}`);
	}
	if (dataTotal > BUDGET.dataGzip) problems.push(`data bundle ${kb(dataTotal)} gzip > ${kb(BUDGET.dataGzip)}`);
	const fv = m.firstVisit;
	if (fv.total >= BUDGET.firstVisitBytes)
		problems.push(`first visit with the service worker ${kb(fv.total)} as served ≥ ${kb(BUDGET.firstVisitBytes)}`);
	for (const f of m.forbidden) problems.push(`client bundle contains ${f} (build-time only)`);
	process.stdout.write(
		[
			`pages: ${m.perPage.length}`,
			`largest initial JS: ${kb(maxJs.jsGzip)} gzip (${maxJs.page}); budget ${kb(BUDGET.initialJsGzip)}`,
			`largest HTML: ${kb(maxHtml.htmlGzip)} gzip, ${kb(maxHtml.htmlRaw)} raw (${maxHtml.page}); budget ${kb(BUDGET.htmlGzip)} gzip`,
			`data bundle: ${kb(dataTotal)} gzip (${m.data.map((d) => `${d.file} ${kb(d.gzip)}`).join(', ')}); budget ${kb(BUDGET.dataGzip)}`,
			`first visit with the service worker: ${kb(fv.total)} as served, brotli (home page ${kb(fv.html)}, worker ${kb(fv.worker)}, ${fv.codeFiles} code files ${kb(fv.code)}, shell/404/icons ${kb(fv.pages)}, data ${kb(fv.data)}; ${kb(fv.gzipTotal)} gzip); budget < ${kb(BUDGET.firstVisitBytes)}`,
			''
		].join('\n')
	);
	if (problems.length) {
		process.stderr.write(`Budget exceeded:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
		process.exit(1);
	}
	process.stdout.write('budgets: all within limits\n');
}
