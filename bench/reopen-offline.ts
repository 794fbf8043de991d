/**
 * Issue 12's measurement of "reopening the link offline" without a service worker: serves the built site with a
 * given Cache-Control for pages, opens /, then /service/35 in Chromium with service workers blocked, waits until
 * the data is stored, goes offline and opens pages in new tabs. Prints what opened. The README's offline table
 * comes from runs with `no-cache`, `public, max-age=600` (what the servers send) and
 * `public, max-age=0, stale-while-revalidate=604800`.
 *
 *   tsx bench/reopen-offline.ts ["public, max-age=600"]
 */
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/lib/chromium';

const WAIT_MS = 60_000;
const STEP_MS = 10_000;
const pageCache = process.argv[2] ?? 'no-cache';

const { server, url } = await startServer({ dir: 'build', port: 0 });
server.prependListener('request', (_req, res) => {
	const writeHead = res.writeHead.bind(res) as (status: number, headers?: Record<string, string>) => typeof res;
	res.writeHead = ((status: number, headers?: Record<string, string>) => {
		if (status === 200 && headers?.['content-type']?.startsWith('text/html')) headers['cache-control'] = pageCache;
		return writeHead(status, headers);
	}) as typeof res.writeHead;
});
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
	const context = await browser.newContext({ serviceWorkers: 'block', locale: 'zh-CN' });
	const page = await context.newPage();
	await page.goto(`${url}/`);
	await page.getByText('整个应用可离线使用').first().waitFor({ timeout: WAIT_MS });
	const storage = await page.evaluate(async () => ({
		persist: await navigator.storage.persist(),
		persisted: await navigator.storage.persisted()
	}));
	await page.goto(`${url}/service/35`);
	await page.getByText('可离线使用').first().waitFor({ timeout: WAIT_MS });
	await context.setOffline(true);
	const out: Record<string, unknown> = { pageCache, ...storage };
	for (const path of ['/service/35', '/', '/hotlines']) {
		const tab = await context.newPage();
		try {
			await tab.goto(`${url}${path}`, { timeout: STEP_MS });
			const h1 = await tab.locator('h1').first().textContent({ timeout: STEP_MS });
			// Then a tap to a page never opened: its code must come from the cache, its data from IndexedDB.
			await tab.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '补贴' }).click();
			const tapped = await tab.locator('h1').first().textContent({ timeout: STEP_MS });
			out[path] = `opened (${h1?.trim()}), tap → ${tapped?.trim()}`;
		} catch (e) {
			out[path] = `failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`;
		}
		await tab.close();
	}
	process.stdout.write(`${JSON.stringify(out, null, '\t')}\n`);
} finally {
	await browser.close();
	server.close();
}
