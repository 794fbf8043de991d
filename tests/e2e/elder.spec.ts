import { type Page } from '@playwright/test';
import { expect, test } from './base';
import { holdAppCode, NO_INSTALL, waitUntilLive } from './helpers';

test.use(NO_INSTALL);

/** 适老化: body text at least 18 px, tap targets at least 48 px. */
const MIN_BODY_PX = 18;
const MIN_TAP_PX = 48;
/** 1 px of rounding in layout. */
const ROUNDING_PX = 0.5;

async function turnOnElderMode(page: Page) {
	const toggle = page.getByRole('button', { name: '长辈版' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveClass(/elder/);
}

/** Font size of body text and the smallest target among buttons and navigation/list links in view. */
async function measure(page: Page) {
	return page.evaluate(() => {
		const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
		const paragraphs = [...document.querySelectorAll('main p, main dd, main li')].filter(
			(el) => (el as HTMLElement).offsetParent
		);
		const targets = [
			...document.querySelectorAll(
				'button, .btn, header a, nav a, .links a, .chips a, a.phone, input[type=search], .items a'
			)
		].filter((el) => (el as HTMLElement).offsetParent && !el.closest('.visually-hidden, .skip'));
		const small = targets
			.map((el) => ({ el: el.textContent?.trim().slice(0, 20) ?? el.tagName, h: el.getBoundingClientRect().height }))
			.sort((a, b) => a.h - b.h);
		return {
			body: px(document.body),
			minText: Math.min(...paragraphs.map(px)),
			smallestTargets: small.slice(0, 3),
			scrollWidth: document.documentElement.scrollWidth,
			width: window.innerWidth
		};
	});
}

test('子女给老人打开长辈版：字更大、按钮更大，重新打开还记得', async ({ page }) => {
	await page.goto('/');
	const before = await measure(page);
	await turnOnElderMode(page);

	// Simpler home: the emergency numbers first (never hidden), then search, the lines to call and common themes.
	const headings = page.locator('main h2');
	await expect(headings.nth(0)).toHaveText('紧急电话');
	for (const n of ['110', '119', '120', '122'])
		await expect(page.locator(`main a[href="tel:${n}"]`).first()).toBeVisible();
	await expect(headings.nth(2)).toHaveText('打电话问');
	await expect(headings.nth(3)).toHaveText('常办的事');
	await expect(page.locator('main')).toContainText('12345');
	await expect(page.locator('main')).not.toContainText('按服务类型');

	const m = await measure(page);
	expect(m.body).toBeGreaterThan(before.body);
	expect(m.body).toBeGreaterThanOrEqual(MIN_BODY_PX);
	expect(m.minText).toBeGreaterThanOrEqual(MIN_BODY_PX - ROUNDING_PX);
	expect(m.smallestTargets[0]!.h, JSON.stringify(m.smallestTargets)).toBeGreaterThanOrEqual(MIN_TAP_PX - ROUNDING_PX);

	await page.reload();
	await expect(page.getByRole('button', { name: '长辈版' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveClass(/elder/);
	await expect(page.locator('main h2').nth(2)).toHaveText('打电话问');

	// Every page type keeps the sizes.
	for (const path of ['/service/35', '/hotlines', '/theme/证件办理', '/saved', '/print/service/35']) {
		await page.goto(path);
		await expect(page.locator('html')).toHaveClass(/elder/);
		const p = await measure(page);
		expect(p.body, path).toBeGreaterThanOrEqual(MIN_BODY_PX);
		expect(p.smallestTargets[0]!.h, `${path} ${JSON.stringify(p.smallestTargets)}`).toBeGreaterThanOrEqual(
			MIN_TAP_PX - ROUNDING_PX
		);
	}

	// And it can be switched off again.
	await page.getByRole('button', { name: '长辈版' }).click();
	await page.reload();
	await expect(page.locator('html')).not.toHaveClass(/elder/);
});

test('长辈版在 320 像素宽的手机上、放大到 200% 时不用左右滑动', async ({ browser }) => {
	// 200 % zoom of a 640 px window is a 320 CSS px viewport at device scale 2.
	const context = await browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 });
	const page = await context.newPage();
	await page.goto('/');
	await turnOnElderMode(page);
	for (const path of [
		'/',
		'/service/35',
		'/hotlines',
		'/saved',
		'/print/service/35',
		'/show/service/35',
		'/documents'
	]) {
		await page.goto(path);
		const m = await measure(page);
		expect(m.scrollWidth, path).toBeLessThanOrEqual(m.width);
	}
	await context.close();
});

test('长辈版开关不能保存时也不报错（浏览器禁止本地存储）', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('blocked', 'SecurityError');
			}
		});
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	await turnOnElderMode(page);
	await expect(page.locator('main h2').nth(2)).toHaveText('打电话问');
	expect(errors).toEqual([]);
});

test('网页还没加载完就点长辈版，也能打开，加载完后不会被改回', async ({ page }) => {
	// A slow phone: the app's code arrives after the prerendered page (and its CSS) is on screen.
	const release = await holdAppCode(page);
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	const toggle = page.getByRole('button', { name: '长辈版' });
	await toggle.click();
	await expect(page.locator('html')).toHaveClass(/elder/);
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	release();
	await waitUntilLive(page);
	await expect(page.locator('html')).toHaveClass(/elder/);
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	// Once the app runs, one tap turns it off again (the early handler does not toggle a second time).
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('html')).not.toHaveClass(/elder/);
	await page.reload();
	await expect(page.locator('html')).not.toHaveClass(/elder/);
});

test('在一个窗口打开长辈版，另一个已打开的窗口也跟着变成长辈版', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await first.goto('/');
	await second.goto('/hotlines');
	await waitUntilLive(second);
	await expect(second.locator('html')).not.toHaveClass(/elder/);
	await turnOnElderMode(first);
	await expect(second.locator('html')).toHaveClass(/elder/);
	await expect(second.getByRole('button', { name: '长辈版' })).toHaveAttribute('aria-pressed', 'true');
});
