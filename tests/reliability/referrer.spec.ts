/**
 * Search text must never leave in a Referer header (reliability round two, item 3): with service workers blocked,
 * lazy chunks and the favicon were requested with `Referer: /search?q=…`, and the worker's update check too.
 * Records every request of a whole session, page and service worker alike.
 */
import { type BrowserContext, type Page } from '@playwright/test';
import { expect, test } from '../e2e/base';
import { searchFor, waitForServiceWorker, waitUntilOffline } from '../e2e/helpers';

const QUERY = '社保卡丢了';

function recordReferers(context: BrowserContext): { url: string; referer: string }[] {
	const seen: { url: string; referer: string }[] = [];
	context.on('request', (req) => {
		void req.allHeaders().then(
			(h) => {
				if (h.referer) seen.push({ url: req.url(), referer: h.referer });
			},
			() => undefined
		);
	});
	return seen;
}

async function session(page: Page): Promise<void> {
	await page.goto('/');
	await waitUntilOffline(page);
	await searchFor(page, QUERY);
	await expect(page.locator('ol.results')).toContainText('社会保障卡');
	await page.locator('ol.results').getByRole('link').first().click();
	await page.goBack();
	await page.getByRole('link', { name: '电话', exact: true }).click();
	await page.goto(`/search?q=${encodeURIComponent(QUERY)}`);
	await expect(page.locator('ol.results')).toContainText('社会保障卡');
	await page.getByRole('link', { name: '关于', exact: true }).click();
	await expect(page).toHaveURL(/\/about/);
}

test.describe('搜索的内容不会通过 Referer 泄露给任何请求', () => {
	test.describe('service worker 被禁用时', () => {
		test.use({ serviceWorkers: 'block' });
		test('搜索“社保卡丢了”并浏览一遍，没有一个请求带 Referer', async ({ page, context }) => {
			const seen = recordReferers(context);
			await session(page);
			await page.waitForLoadState('networkidle');
			expect(seen.filter((s) => s.referer.includes('q=') || s.referer.includes(encodeURIComponent(QUERY)))).toEqual([]);
			expect(seen).toEqual([]);
		});
	});

	test('service worker 在用、并检查更新时，也没有一个请求带 Referer', async ({ page, context }) => {
		const seen = recordReferers(context);
		await page.goto('/');
		await waitForServiceWorker(page);
		await session(page);
		await page.goto(`/search?q=${encodeURIComponent(QUERY)}`);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await page.waitForLoadState('networkidle');
		expect(seen).toEqual([]);
	});
});
