import { expect, test } from './base';
import { searchFor, waitForServiceWorker, waitUntilOffline, NO_INSTALL } from './helpers';

/** The narrowest phone screen the app supports. */
const NARROW_PX = 320;
/** 适老化 tap target (elder.spec.ts). */
const MIN_TAP_PX = 48;
const ROUNDING_PX = 0.5;

test('离线时用长辈版在 320 像素的手机上看“老人去世后”：事项、电话都在，不用横着滑', async ({ page, context }) => {
	await page.setViewportSize({ width: NARROW_PX, height: 640 });
	await page.goto('/');
	await waitUntilOffline(page);
	await waitForServiceWorker(page);
	await page.getByRole('button', { name: '长辈版' }).click();
	await expect(page.locator('html')).toHaveClass(/elder/);
	await context.setOffline(true);

	await page.getByRole('link', { name: '老人去世后' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('老人去世后');
	await expect(page.locator('main')).toContainText('死亡证明');
	await expect(page.locator('main')).toContainText('12345');
	await expect(page.locator('main')).toContainText('不说办理的先后顺序');

	const layout = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		width: window.innerWidth,
		smallest: Math.min(
			...[...document.querySelectorAll('main .links a, main a.phone, main .btn')]
				.filter((el) => (el as HTMLElement).offsetParent)
				.map((el) => el.getBoundingClientRect().height)
		)
	}));
	expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
	expect(layout.smallest).toBeGreaterThanOrEqual(MIN_TAP_PX - ROUNDING_PX);

	// Reloaded offline, the page still comes (service worker and stored data).
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('老人去世后');
});

// What these tests check is the same with or without a service worker: they run without one (NO_INSTALL says why).
test.describe(() => {
	test.use(NO_INSTALL);

	test('失业了的人搜“失业了能领什么”，看到“失业了”这件事和失业保险待遇', async ({ page }) => {
		await page.goto('/');
		await waitUntilOffline(page);
		await searchFor(page, '失业了能领什么');
		await expect(page.getByRole('link', { name: '一件事：失业了' })).toBeVisible();
		await expect(page.locator('ol.results')).toContainText('失业保险待遇支付');
	});

	test('搜不到完全对应的事项时，页面不空：说明找不到，给出最接近的和 12345', async ({ page }) => {
		await page.goto('/');
		await waitUntilOffline(page);
		await searchFor(page, '邻居家的狗总是叫');
		await expect(page.getByRole('heading', { name: '没有找到完全对应的事项' })).toBeVisible();
		await expect(page.locator('main')).toContainText('12345');
		await expect(page.locator('main')).toContainText('政务服务便民热线');
	});

	test('每一件事都有自己的页面，列出事项和电话，可以打印', async ({ page }) => {
		await page.goto('/events');
		const links = page.locator('main .links a');
		await expect(links).toHaveCount(14);
		await links.filter({ hasText: '种地和养殖' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('种地和养殖');
		await expect(page.locator('main')).toContainText('粮食地膜覆盖补贴');
		await expect(page.locator('main')).toContainText('20元/亩');
		await expect(page.getByRole('button', { name: /打印/ })).toBeVisible();
		await expect(page.getByRole('button', { name: '分享' })).toBeVisible();
	});
});
