import { type Page } from '@playwright/test';
import { expect, test } from './base';
import {
	holdAppCode,
	openOffline,
	waitForServiceWorker,
	waitUntilOffline,
	workersBlocked,
	NO_INSTALL
} from './helpers';
import { openStill } from './pages';

async function saveThisPage(page: Page) {
	await page.getByRole('button', { name: /^☆?\s*收藏$/ }).click();
	await expect(page.getByRole('button', { name: /已收藏/ })).toBeVisible();
}

test('便民服务点收藏身份证补办和 12333，断网后重新打开收藏还在', { tag: '@offline' }, async ({ page, context }) => {
	await page.goto('/service/35');
	await waitUntilOffline(page);
	await waitForServiceWorker(page);
	await page.getByRole('button', { name: /收藏/ }).first().click();
	await expect(page.getByRole('button', { name: /已收藏/ })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '已收藏' })).toBeVisible();

	await page.goto('/hotlines');
	await page.locator('#h-12333').getByRole('button', { name: /收藏/ }).click();
	await expect(page.locator('#h-12333').getByRole('button', { name: /已收藏/ })).toBeVisible();

	// A full page load: without a service worker, the other pages' code loads again in the background.
	await waitUntilOffline(page);
	await context.setOffline(true);
	await openOffline(page, '/saved');
	const list = page.locator('main section').filter({ has: page.locator('#mine-h') });
	await expect(list.getByRole('link', { name: /身份证申办、补办、换领/ })).toBeVisible();
	await expect(list).toContainText('12333');

	await expect(page.locator('footer')).toContainText('当前离线');
	// Reopening offline needs the app's code on the device: a service worker's cache (none in iPhone WeChat).
	if (workersBlocked()) return;
	await page.reload();
	await expect(list.getByRole('link', { name: /身份证申办、补办、换领/ })).toBeVisible();
	// Its name says the number digit by digit (issue 18).
	await expect(list.getByRole('link', { name: /1 2 3 3 3/ }).first()).toBeVisible();
	await expect(page.locator('footer')).toContainText('当前离线');

	// 最近看过 remembers the service page, and can be cleared.
	const recent = page.locator('section').filter({ has: page.locator('#recent-h') });
	await expect(recent.getByRole('link', { name: /身份证申办/ })).toBeVisible();
	await recent.getByRole('button', { name: '清空最近看过' }).click();
	await expect(recent).toContainText('没有记录');
	await page.reload();
	await expect(recent).toContainText('没有记录');
	await expect(list.getByRole('link', { name: /身份证申办/ })).toBeVisible();

	// Removing one keeps the other.
	await list.getByRole('button', { name: /移除.*身份证/ }).click();
	// The list changes once the removal is written to the device; only then is a reload meaningful.
	await expect(list.getByRole('link', { name: /身份证申办/ })).toHaveCount(0);
	await page.reload();
	await expect(list.getByRole('link', { name: /身份证申办/ })).toHaveCount(0);
	await expect(list).toContainText('12333');
});

test('第一次打开“我的收藏”、什么都还没收藏：手机不用下载整个数据包；收藏一项后再打开，名字照常显示', async ({
	page
}) => {
	const data: string[] = [];
	// What the page asks for; the service worker's own precache is not the page's doing.
	page.on('request', (r) => {
		if (!r.serviceWorker() && new URL(r.url()).pathname.startsWith('/data/')) data.push(new URL(r.url()).pathname);
	});
	// The background download is held off, so every data request seen here is one the page itself made.
	await openStill(page, { name: '我的收藏', path: '/saved' });
	await expect(page.getByText('还没有收藏。')).toBeVisible();
	await expect(page.getByText('没有记录。')).toBeVisible();
	expect(data).toEqual([]);

	await page.goto('/service/35');
	await saveThisPage(page);
	await page.goto('/saved');
	await expect(page.getByRole('heading', { name: /我收藏的（1 项）/ })).toBeAttached();
	await expect(
		page
			.locator('main')
			.getByRole('link', { name: /身份证申办、补办、换领/ })
			.first()
	).toBeVisible();
	expect(data.length).toBeGreaterThan(0);
});

// What these tests check is the same with or without a service worker: they run without one (NO_INSTALL says why).
test.describe(() => {
	test.use(NO_INSTALL);

	test('网页还没加载完就点收藏，等加载完这一下也算数', async ({ page }) => {
		// A slow phone: the app's code arrives well after the prerendered page is on screen.
		const release = await holdAppCode(page);
		await page.goto('/service/35', { waitUntil: 'domcontentloaded' });
		// The tap is made while the code is still held back; it must not be swallowed by a button that cannot act yet.
		const tap = page.getByRole('button', { name: /^☆?\s*收藏$/ }).click();
		setTimeout(release, 1000);
		await tap;
		await expect(page.getByRole('button', { name: /已收藏/ })).toBeVisible();
		await page.reload();
		await expect(page.getByRole('button', { name: /已收藏/ })).toBeVisible();
	});

	test('把整个收藏清单发给家人：对方手机打开链接看到同样的事项，可以一键收下', async ({ page, browser }) => {
		await page.goto('/service/35');
		await saveThisPage(page);
		await page.goto('/service/90');
		await saveThisPage(page);
		await page.goto('/saved');
		await page.getByRole('button', { name: '分享整个清单' }).click();
		const url = (await page.locator('.share-box .url').textContent())?.trim() ?? '';
		expect(url).toMatch(/\/saved\?ids=service-90,service-35$/);
		await expect(page.getByRole('img', { name: '整个清单的二维码' })).toBeVisible();
		const mine = await page.locator('#mine-h ~ ul .t').allTextContents();

		// Another phone: a fresh browser profile that has never opened the app.
		const other = await browser.newContext();
		const phone = await other.newPage();
		await phone.goto(url);
		const shared = phone.locator('section.shared');
		await expect(shared.getByRole('heading')).toContainText('2 项');
		await expect(shared.locator('.t')).toHaveText(mine);
		await shared.getByRole('button', { name: '全部加入我的收藏' }).click();
		await expect(shared).toContainText('这些都已在您的收藏里');
		await phone.goto('/saved');
		await expect(phone.locator('main')).toContainText('身份证申办、补办、换领');
		await other.close();
	});

	test('收藏清单可以打印：打印时只留清单，不留按钮', async ({ page }) => {
		await page.goto('/service/35');
		await saveThisPage(page);
		await page.goto('/saved');
		await expect(page.getByRole('button', { name: '打印清单' })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('main')).toContainText('身份证申办、补办、换领');
		await expect(page.getByRole('button', { name: '打印清单' })).toBeHidden();
		await expect(page.getByRole('button', { name: /移除/ })).toBeHidden();
		await expect(page.locator('header.site')).toBeHidden();
	});

	test('分享链接里写错或不存在的编号被跳过，不报错', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto('/saved?ids=service-35,service-99999,<script>,hotline-12345,benefit-NOPE');
		const shared = page.locator('section.shared');
		await expect(shared.getByRole('heading')).toContainText('2 项');
		await expect(shared).toContainText('有 2 项在当前数据中找不到');
		expect(errors).toEqual([]);
	});
});
