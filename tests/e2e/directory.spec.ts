import { expect, test } from './base';
import {
	holdAppCode,
	openOffline,
	searchFor,
	waitForServiceWorker,
	waitUntilOffline,
	workersBlocked,
	waitUntilLive,
	NO_INSTALL
} from './helpers';

test('离线时仍能查到社保卡补办，也能打开没看过的事项', { tag: '@offline' }, async ({ page, context }) => {
	await page.goto('/');
	await waitUntilOffline(page);
	await waitForServiceWorker(page);
	await context.setOffline(true);

	// Search and open a service never visited, by client-side navigation (data from IndexedDB).
	await searchFor(page, '社保卡 补领');
	await page.locator('ol.results').getByRole('link').filter({ hasText: '社会保障卡' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('社会保障卡');

	// A full reload while offline still works where a service worker holds the app's code.
	if (!workersBlocked()) {
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('社会保障卡');
	}
	await openOffline(page, '/search?q=%E6%8A%A4%E7%85%A7');
	await expect(page.locator('ol.results')).toContainText('护照');
	await page.locator('ol.results').getByRole('link').filter({ hasText: '护照' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('护照');
	await expect(page.locator('footer')).toContainText('当前离线');
});

test('打开分享的链接：服务页有完整 HTML 和标题，不用等脚本', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/service/35');
	await expect(page).toHaveTitle(/身份证申办、补办、换领/);
	await expect(page.locator('main')).toContainText('各县市区公安局派出所');
	await expect(page.locator('main')).toContainText('吕梁市公安局');
	await context.close();
});

test('分享按钮旁可以显示本页二维码（手机上生成，不联网）', { tag: '@offline' }, async ({ page, context }) => {
	await page.goto('/service/108');
	await waitUntilOffline(page);
	await context.setOffline(true);
	await page.getByRole('button', { name: '二维码' }).click();
	await expect(page.getByRole('img', { name: /二维码/ })).toBeVisible();
});

// What these tests check is the same with or without a service worker: they run without one (NO_INSTALL says why).
test.describe(() => {
	test.use(NO_INSTALL);

	test('从首页搜索“社保卡丢了”，找到补领并打开', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveTitle(/吕梁办事通/);
		await searchFor(page, '社保卡丢了怎么办');
		const results = page.locator('ol.results');
		await expect(results).toContainText('社会保障卡');
		const first = results.getByRole('link').filter({ hasText: '社会保障卡' }).first();
		const title = (await first.locator('.t').textContent())?.trim() ?? '';
		await first.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(page.locator('main')).toContainText('吕梁市人力资源和社会保障局');
		await expect(page.locator('main')).toContainText('吕政办发〔2019〕29号');
	});

	test('首页最先显示紧急电话 110、119、120、122，也有政务热线 12345', async ({ page }) => {
		await page.goto('/');
		const urgent = page.locator('section.urgent');
		await expect(urgent.locator('a[href="tel:12345"]')).toBeVisible();
		// Safety first: the four emergency numbers, cited to the national numbering plan, come before everything else.
		const sos = page.locator('section.sos').first();
		for (const n of ['110', '119', '120', '122']) await expect(sos.locator(`a[href="tel:${n}"]`)).toBeVisible();
		await expect(sos).toContainText('电信网编号计划');
	});

	test('本地固定电话拨号时自动加上 0358 区号', async ({ page }) => {
		await page.goto('/hotlines');
		const tel = page.locator('a[href^="tel:0358"]').first();
		await expect(tel).toBeVisible();
		const href = await tel.getAttribute('href');
		expect(href).toMatch(/^tel:0358\d{7}$/);
		await expect(tel).toContainText('0358-');
		// No link dials a bare 7-digit local number, which a mobile phone outside 吕梁 cannot reach.
		const bare = await page
			.locator('a[href^="tel:"]')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '').filter((h) => /^tel:\d{7}$/.test(h)));
		expect(bare).toEqual([]);
	});

	test('“该打哪个电话”：老板欠工资找 12333，找不到就打 12345', async ({ page }) => {
		await page.goto('/hotlines');
		await page.getByLabel('说说遇到了什么事').fill('老板欠工资不给');
		await page.getByRole('button', { name: '帮我找' }).click();
		await expect(page.locator('.answer')).toContainText('12333');
		await page.getByLabel('说说遇到了什么事').fill('邻居家的狗总是叫');
		await page.getByRole('button', { name: '帮我找' }).click();
		await expect(page.locator('.answer')).toContainText('12345');
	});

	test('“该打哪个电话”：不会打字也能点一类问题，点“纳税、发票”就显示 12366', async ({ page }) => {
		await page.goto('/hotlines');
		await page.getByText('或者选一类问题').click();
		await page.getByRole('button', { name: '纳税、发票' }).click();
		await expect(page.locator('.answer')).toContainText('纳税、发票，可以拨打');
		await expect(page.locator('.answer')).toContainText('12366');
	});

	test('链接写错时显示 404 页和搜索框', async ({ page }) => {
		const res = await page.goto('/service/9999');
		expect(res?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
		await searchFor(page, '护照');
		await expect(page.locator('ol.results')).toContainText('护照');
	});

	test('分享的代码还没到就点“二维码”，代码一到就显示二维码', async ({ page }) => {
		// Only the code the page starts with arrives; what loads after the page is live waits.
		const html = await (await page.request.get('/service/108')).text();
		const startup = new Set([...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload">/g)].map((m) => m[1]));
		expect(startup.size).toBeGreaterThan(0);
		const release = await holdAppCode(page, (path) => startup.has(path));
		await page.goto('/service/108');
		await waitUntilLive(page);
		await page.getByRole('button', { name: '二维码' }).click();
		await expect(page.getByRole('img', { name: /二维码/ })).toHaveCount(0);
		release();
		await expect(page.getByRole('img', { name: /二维码/ })).toBeVisible();
		await expect(page.getByRole('button', { name: '二维码' })).toHaveAttribute('aria-expanded', 'true');
	});

	test('搜“着火了”先看到火警 119，不是火灾隐患举报电话', async ({ page }) => {
		await page.goto('/search?q=' + encodeURIComponent('着火了'));
		const sos = page.locator('section.sos');
		await expect(sos).toBeVisible();
		await expect(sos.locator('a[href^="tel:"]').first()).toHaveAttribute('href', 'tel:119');
		await expect(sos.locator('a[href="tel:96119"]')).toHaveCount(0);
	});
});
