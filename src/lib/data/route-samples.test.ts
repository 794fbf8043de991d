import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTE_SAMPLES } from './route-samples';

const ROUTES = 'src/routes';
const SRC = 'src';
const ROUTE_CODE = 'src/lib/data/route-code.ts';

/**
 * Code loaded on demand that the background load need not cover, and why: each is loaded at every page's
 * start while online (the data wiring, the Repository, SvelteKit's own runtime), serves only prerendering, or is
 * of use only where a service worker runs.
 */
const LOADED_AT_START_OR_NOT_OFFLINE = new Set([
	'$app/navigation',
	// The root layout loads it on every page as soon as the page is live; it starts everything else.
	'src/lib/state/data.svelte',
	// With it: the components that show its state (新版本可用, the footer's status lines).
	'src/routes/site-notices',
	'src/lib/state/data-start',
	'src/lib/data/browser',
	'src/lib/data/route-code',
	'src/lib/data/page-data',
	// Prerendering only (behind import.meta.env.SSR): never in the browser.
	'src/lib/server/disk',
	'src/lib/data/sw',
	'workbox-window'
]);

function sourceFiles(dir: string): string[] {
	const out: string[] = [];
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) out.push(...sourceFiles(p));
		else if (/\.(ts|svelte)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) out.push(p);
	}
	return out;
}

/** The modules a file loads with `import('…')`, as paths from the repository root without extension. */
function dynamicImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(([, spec = '']) => {
		const path = spec.startsWith('$lib/')
			? join('src/lib', spec.slice('$lib/'.length))
			: spec.startsWith('.')
				? join(dirname(file), spec)
				: spec;
		return path
			.split(sep)
			.join('/')
			.replace(/\.(ts|js)$/, '');
	});
}

function pageDirs(dir: string): string[] {
	const out: string[] = [];
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		if (e.isDirectory()) out.push(...pageDirs(join(dir, e.name)));
		else if (e.name === '+page.svelte') out.push(relative(ROUTES, dir).split(sep).join('/'));
	}
	return out;
}

/** The route a path lands on, as a route directory ("service/[id]"), matching the file system's. */
function routeOf(path: string, routes: string[]): string | undefined {
	const parts = path.split('/').filter(Boolean);
	return routes.find((r) => {
		const rs = r.split('/').filter(Boolean);
		return rs.length === parts.length && rs.every((seg, i) => seg === parts[i] || /^\[[^\]]+\]$/.test(seg));
	});
}

describe('没有服务工作线程时，后台加载每个页面的代码', () => {
	it('每个页面目录都有一个示例路径（新加页面时不会漏掉，断网后也能点开）', () => {
		const routes = pageDirs(ROUTES).sort();
		// Static routes first, as SvelteKit matches them before parameters.
		const byPriority = [...routes].sort((a, b) => Number(a.includes('[')) - Number(b.includes('[')));
		const covered = new Set(ROUTE_SAMPLES.map((p) => routeOf(p, byPriority)));
		expect([...covered].sort()).toEqual(routes);
		expect(covered.size).toBe(ROUTE_SAMPLES.length);
	});

	it('按需加载的每段代码也在后台加载（断网后搜索、测一测、二维码都不用再下载代码）', () => {
		const covered = new Set(dynamicImports(ROUTE_CODE));
		const all = new Set<string>();
		for (const file of sourceFiles(SRC)) {
			const targets = dynamicImports(file);
			for (const t of targets) all.add(t);
			// A route module that registers its lazy parts (directly or as page-data builders) has them loaded with its code.
			if (/\b(registerLazyPart|lazyBuilder)\(/.test(readFileSync(file, 'utf8'))) for (const t of targets) covered.add(t);
		}
		const missing = [...all].filter((m) => !covered.has(m) && !LOADED_AT_START_OR_NOT_OFFLINE.has(m)).sort();
		expect(missing).toEqual([]);
	});
});
