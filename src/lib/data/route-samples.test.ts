import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTE_SAMPLES } from './route-samples';

const ROUTES = 'src/routes';

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
});
