/**
 * Reliability round two (issue 17), in real Chromium with the service worker: a bad data response on the first
 * visit (item 1), what the status claims when the worker cannot install everything (item 9), and an update applied
 * in another tab (item 10).
 */
import { type Page } from '@playwright/test';
import { expect, test } from '../e2e/base';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchFor, waitForServiceWorker, waitUntilOffline } from '../e2e/helpers';
import { serveCopy, writeSiteFile } from '../e2e/site-server';

/** What a captive portal or a misconfigured proxy answers for every URL: a login page, with status 200. */
const PORTAL_PAGE = '<!doctype html><html><head><title>登录</title></head><body>请先登录 Wi-Fi</body></html>';
const NO_DATA = '暂时无法获取数据';

/** Every entry of every Cache Storage cache of the page's origin, with its content type. */
function cachedEntries(page: Page): Promise<{ path: string; type: string }[]> {
	return page.evaluate(async () => {
		const out: { path: string; type: string }[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const req of await cache.keys()) {
				const res = await cache.match(req);
				out.push({ path: new URL(req.url).pathname, type: res?.headers.get('content-type') ?? '' });
			}
		}
		return out;
	});
}

/** The first characters of every data section stored in IndexedDB ([] when the database or table is absent). */
function storedSectionStarts(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((ok) => {
				const req = indexedDB.open('lvliang-banshitong');
				req.onerror = () => ok([]);
				req.onsuccess = () => {
					const db = req.result;
					if (!db.objectStoreNames.contains('sections')) {
						db.close();
						ok([]);
						return;
					}
					const all = db.transaction('sections').objectStore('sections').getAll();
					all.onsuccess = () => {
						db.close();
						ok((all.result as { text: string }[]).map((r) => r.text.slice(0, 20)));
					};
					all.onerror = () => ok([]);
				};
			})
	);
}

test('第一次打开时数据地址返回了登录网页：网络恢复后不用清除本地数据，应用自己恢复', async ({ page, context }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	// The first visit: every data file is answered with an HTML page and status 200, for the page and the worker.
	await context.route('**/data/**', (route) =>
		route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PORTAL_PAGE })
	);
	await page.goto('/');
	await expect(page.locator('footer')).toContainText(NO_DATA, { timeout: 30_000 });
	await waitForServiceWorker(page);
	// While the bad answers came, nothing stored them.
	expect((await cachedEntries(page)).filter((e) => e.path.startsWith('/data/'))).toEqual([]);
	expect(await storedSectionStarts(page)).toEqual([]);

	// The network is fixed. The person does nothing but come back online (an online event), then reloads.
	await context.unroute('**/data/**');
	await context.setOffline(true);
	await context.setOffline(false);
	await waitUntilOffline(page);
	await page.reload();
	await waitUntilOffline(page);
	await expect(page.locator('footer')).not.toContainText(NO_DATA);
	await searchFor(page, '护照');
	await expect(page.locator('ol.results')).toContainText('护照');

	// No layer kept the login page: no cached data file, no HTML under a script or data name, and every
	// stored section is the real JSON.
	const entries = await cachedEntries(page);
	expect(entries.filter((e) => e.path.startsWith('/data/'))).toEqual([]);
	expect(entries.filter((e) => /\.(js|json|css)$/.test(e.path) && e.type.includes('html'))).toEqual([]);
	const stored = await storedSectionStarts(page);
	expect(stored.length).toBeGreaterThan(0);
	for (const start of stored) expect(start.startsWith('{')).toBe(true);
	expect(errors).toEqual([]);
});

test('第一次打开时数据文件是一张网页（浏览器已按一年缓存）：服务器改好后应用自己恢复', async ({ page, context }) => {
	const dir = mkdtempSync(join(tmpdir(), 'lvliang-site-'));
	cpSync('build', dir, { recursive: true });
	const { url: origin, close } = await serveCopy(dir);
	try {
		// The manifest is right, but every data file's immutable name answers a web page: the browser's HTTP cache
		// keeps that answer for a year (no route interception here: it would turn the HTTP cache off).
		const manifest = JSON.parse(readFileSync(join(dir, 'data', 'manifest.json'), 'utf8')) as {
			files: { path: string }[];
		};
		const good = new Map(manifest.files.map((f) => [f.path, readFileSync(join(dir, f.path), 'utf8')]));
		for (const path of good.keys()) writeSiteFile(join(dir, path), PORTAL_PAGE);
		await page.goto(`${origin}/`);
		await expect(page.locator('footer')).toContainText(NO_DATA, { timeout: 30_000 });
		expect(await storedSectionStarts(page)).toEqual([]);

		for (const [path, text] of good) writeSiteFile(join(dir, path), text);
		await context.setOffline(true);
		await context.setOffline(false);
		await waitUntilOffline(page);
		await page.reload();
		await waitUntilOffline(page);
		await searchFor(page, '护照');
		await expect(page.locator('ol.results')).toContainText('护照');
		for (const start of await storedSectionStarts(page)) expect(start.startsWith('{')).toBe(true);
	} finally {
		await close();
		rmSync(dir, { recursive: true, force: true });
	}
});

test('应用图标清单 manifest.webmanifest 出错时，说“整个应用可离线使用”就真的断网能用', async ({ page, context }) => {
	await context.route('**/manifest.webmanifest', (route) =>
		route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' })
	);
	await page.goto('/about');
	await waitUntilOffline(page);
	// The worker installed all the same (the manifest is optional), and the page says what that means.
	await expect(page.locator('main')).toContainText('断网后重新打开链接也能用', { timeout: 20_000 });
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于吕梁办事通');
	// A page never opened before, by a full load while offline.
	await page.goto('/hotlines');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('热线电话');
	await expect(page.locator('main')).toContainText('12333');
});

/** A storage quota too small for the app's code and data together (Chromium's DevTools quota override). */
const TINY_QUOTA_BYTES = 300 * 1024;

test('手机存储空间只剩很少：不说“可离线使用”，说明正在使用网络', async ({ page, context, baseURL }) => {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', {
		origin: new URL(baseURL ?? '').origin,
		quotaSize: TINY_QUOTA_BYTES
	});
	await page.goto('/about');
	await expect(page.locator('footer')).toContainText('手机存储空间不足', { timeout: 30_000 });
	// Give the worker's install and every retry time to finish: the claim must stay honest.
	await page.waitForTimeout(5000);
	await expect(page.locator('footer')).toContainText('离线数据不可用，正在使用网络');
	await expect(page.locator('body')).not.toContainText('可离线使用');
	expect(await storedSectionStarts(page)).toEqual([]);
	expect(await page.evaluate(() => navigator.serviceWorker.controller != null)).toBe(false);
	await expect(page.locator('main')).toContainText('关掉后断网重新打开链接，可能打不开');
	await expect(page.locator('main')).not.toContainText('断网后重新打开链接也能用');
});

/** The update prompt of a page. */
const updatePrompt = (page: Page) => page.getByRole('button', { name: '新版本可用，点此更新' });

test('开着两个标签页时在一个里更新了：另一个的“新版本可用”点了也有用，或者自己消失', async ({ context }) => {
	// Two tabs, each waiting for the data and the worker, then an update: longer than one page's test.
	test.setTimeout(120_000);
	const dir = mkdtempSync(join(tmpdir(), 'lvliang-site-'));
	cpSync('build', dir, { recursive: true });
	const { url: origin, close } = await serveCopy(dir);
	try {
		const first = await context.newPage();
		const second = await context.newPage();
		const errors: string[] = [];
		second.on('pageerror', (e) => errors.push(e.message));
		await first.goto(`${origin}/`);
		await waitUntilOffline(first);
		await waitForServiceWorker(first);
		await second.goto(`${origin}/hotlines`);
		await waitForServiceWorker(second);
		await waitUntilOffline(second);

		// A new deploy: the service worker's bytes change; both tabs learn of it.
		const swPath = join(dir, 'service-worker.js');
		writeSiteFile(swPath, `${readFileSync(swPath, 'utf8')}\n// next release\n`);
		await first.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect(updatePrompt(first)).toBeVisible({ timeout: 20_000 });
		await expect(updatePrompt(second)).toBeVisible({ timeout: 20_000 });

		// The first tab applies it.
		await Promise.all([first.waitForEvent('load'), updatePrompt(first).click()]);
		await expect(updatePrompt(first)).toHaveCount(0);

		// The second tab: its prompt goes away by itself, or one tap on it works.
		await second.waitForTimeout(2000);
		if (await updatePrompt(second).isVisible())
			await updatePrompt(second)
				.click({ timeout: 5000 })
				.catch(() => {});
		await expect(updatePrompt(second)).toHaveCount(0, { timeout: 15_000 });
		// It now runs under the new worker, with nothing left waiting, and still works.
		expect(
			await second.evaluate(async () => {
				const reg = await navigator.serviceWorker.getRegistration();
				return reg?.waiting == null && navigator.serviceWorker.controller?.state === 'activated';
			})
		).toBe(true);
		await expect(second.getByRole('heading', { level: 1 })).toHaveText('热线电话');
		await second.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
		await searchFor(second, '身份证');
		await expect(second.locator('ol.results')).toContainText('身份证');
		expect(errors).toEqual([]);
	} finally {
		await close();
		rmSync(dir, { recursive: true, force: true });
	}
});
