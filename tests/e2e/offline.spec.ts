/**
 * Offline where the links are opened: these run twice, with a service worker and with service workers blocked
 * (as in iPhone WeChat's WKWebView, which gives sites none).
 */
import { type Page } from '@playwright/test';
import { expect, test } from './base';
import { WHOLE_APP_OFFLINE, searchFor, waitUntilOffline, workersBlocked } from './helpers';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Taps a link by its text inside the main content and returns that text. */
async function tapFirst(page: Page, within: string, hrefPrefix: string): Promise<string> {
	const link = page.locator(`${within} a[href^="${hrefPrefix}"]`).first();
	const text =
		((await link.locator('.t').count()) > 0
			? await link.locator('.t').textContent()
			: await link.textContent()
		)?.trim() ?? '';
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${hrefPrefix.replace(/[/]/g, '\\/')}`));
	return text;
}

test(
	'第一次打开后断网，在应用里点遍电话、补贴、主题、事项、部门、测一测和搜索，每页都有真内容',
	{ tag: '@offline' },
	async ({ page, context }) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto('/');
		await waitUntilOffline(page);
		await context.setOffline(true);

		await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '电话' }).click();
		await expect(h1(page)).toHaveText('热线电话');
		await expect(page.locator('main a[href="tel:12345"]').first()).toBeVisible();
		await expect(page.locator('main')).toContainText('12333');

		await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '补贴' }).click();
		await expect(h1(page)).toHaveText('补贴和救助');
		const benefit = await tapFirst(page, 'main', '/benefit/');
		await expect(h1(page)).toContainText(benefit.slice(0, 4));
		await expect(page.locator('main')).toContainText(/〔\d{4}〕\d+号/);

		await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
		const theme = await tapFirst(page, 'main section', '/theme/');
		// The chip reads 「经济生活 13」: the theme and its count.
		await expect(h1(page)).toHaveText(theme.split(/\s+/)[0] ?? theme);
		const service = await tapFirst(page, 'main', '/service/');
		await expect(h1(page)).toHaveText(service);
		await expect(page.locator('main')).toContainText('吕政办发〔2019〕29号');
		const department = await tapFirst(page, 'main dl', '/department/');
		await expect(h1(page)).toHaveText(department);
		await expect(page.locator('main a[href^="/service/"]').first()).toBeVisible();

		await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
		await page.getByRole('link', { name: '测一测我能领什么' }).first().click();
		await expect(h1(page)).toHaveText('测一测我能领什么');
		const card = page.locator('form.q');
		await expect(card.locator('legend')).toContainText('多大了');
		await card.getByRole('textbox').fill('70');
		await card.getByRole('button', { name: '下一步', exact: true }).click();
		for (let i = 0; i < 30 && (await card.count()) > 0; i++) {
			await card.getByRole('button', { name: '不确定', exact: true }).click();
		}
		await expect(page.getByRole('heading', { name: '结果' })).toBeVisible();
		await expect(page.locator('article.result').first()).toContainText(/符合|可能符合|不符合/);

		await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
		await searchFor(page, '护照');
		await expect(page.locator('ol.results')).toContainText('护照');
		await page.locator('ol.results').getByRole('link').filter({ hasText: '护照' }).first().click();
		await expect(h1(page)).toContainText('护照');

		await expect(page.locator('footer')).toContainText('当前离线');
		await expect(page.locator('body')).not.toContainText('出错了');
		expect(errors).toEqual([]);
	}
);

test('页面代码还没全部到手机时，只说“本页和已存数据可离线使用”', { tag: '@offline' }, async ({ page }) => {
	test.skip(!workersBlocked(), 'with a service worker the shell is precached: the whole app works offline');
	await page.goto('/');
	// The code of pages not opened yet never arrives (a network that drops right after the first page).
	await page.route(/\/_app\/immutable\/nodes\//, (route) => route.abort());
	await expect(page.locator('footer')).toContainText('本页和已存数据可离线使用', { timeout: 20_000 });
	await page.waitForTimeout(3000);
	await expect(page.locator('footer')).not.toContainText(WHOLE_APP_OFFLINE);
});

test(
	'数据和页面代码到手机后，状态说“整个应用可离线使用”，关于页写明是否获准长期保存',
	{ tag: '@offline' },
	async ({ page }) => {
		await page.goto('/about');
		await waitUntilOffline(page);
		await expect(page.locator('#persistence')).toHaveText(/浏览器已同意长期保存|浏览器没有同意长期保存|不支持长期保存/);
		const controlled = await page.evaluate(() => navigator.serviceWorker?.controller != null);
		expect(controlled).toBe(!workersBlocked());
		await expect(page.locator('main')).toContainText(
			workersBlocked() ? '关掉后断网重新打开链接，可能打不开' : '断网后重新打开链接也能用'
		);
	}
);

test(
	'看过的页面十分钟内断网重新打开也能用，没有服务工作线程也行（浏览器缓存页面和代码）',
	{ tag: '@offline' },
	async ({ page, context }) => {
		await page.goto('/service/35');
		await waitUntilOffline(page);
		await context.setOffline(true);
		// Reopening the link: a new tab, a full load from the browser's cache (pages fresh 10 minutes, code a year).
		const again = await context.newPage();
		const errors: string[] = [];
		again.on('pageerror', (e) => errors.push(e.message));
		await again.goto('/service/35');
		await expect(h1(again)).toContainText('身份证');
		await expect(again.locator('footer')).toContainText('当前离线');
		// The app starts from the cache too: a tap to a page never opened renders from IndexedDB.
		await again.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '补贴' }).click();
		await expect(h1(again)).toHaveText('补贴和救助');
		await expect(again.locator('body')).not.toContainText('出错了');
		expect(errors).toEqual([]);
	}
);
