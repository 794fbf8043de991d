import { expect, test } from './base';
import { openOffline, waitForServiceWorker, waitUntilOffline, NO_INSTALL } from './helpers';

const A4_WIDTH_MM = 210;
const RECEIPT_WIDTH_MM = 80;
const PX_PER_MM = 96 / 25.4;
const PT_PER_MM = 72 / 25.4;

/** Page widths of a PDF, in whole millimetres, from its /MediaBox entries. */
function pageWidthsMm(pdf: Buffer): number[] {
	const boxes = [
		...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)
	];
	return [...new Set(boxes.map((m) => Math.round((Number(m[3]) - Number(m[1])) / PT_PER_MM)))];
}

test('没有网络时也能打开并打印一个没看过的告知单', { tag: '@offline' }, async ({ page, context }) => {
	await page.goto('/service/35');
	await waitUntilOffline(page);
	await waitForServiceWorker(page);
	await context.setOffline(true);
	// A handout never opened before: client-side navigation renders it from IndexedDB.
	await openOffline(page, '/service/36');
	await page.getByRole('link', { name: '打印告知单' }).click();
	await expect(page).toHaveURL(/\/print\/service\/36$/);
	await page.emulateMedia({ media: 'print' });
	const sheet = page.locator('article.handout');
	await expect(sheet.getByRole('heading', { level: 1 })).not.toBeEmpty();
	await expect(sheet).toContainText('吕政办发〔2019〕29号');
	await expect(sheet.getByRole('img', { name: /扫码打开/ })).toBeVisible();
});

// What these tests check is the same with or without a service worker: they run without one (NO_INSTALL says why).
test.describe(() => {
	test.use(NO_INSTALL);

	test('给老人打印身份证补办告知单：有事项、办理单位、电话、出处和二维码', async ({ page }) => {
		await page.goto('/service/35');
		await page.getByRole('link', { name: '打印告知单' }).click();
		await expect(page).toHaveURL(/\/print\/service\/35$/);
		await expect(page.getByRole('img', { name: /扫码打开/ })).toBeVisible();

		await page.emulateMedia({ media: 'print' });
		const sheet = page.locator('article.handout');
		await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('身份证申办、补办、换领');
		await expect(sheet).toContainText('各县市区公安局派出所');
		await expect(sheet).toContainText('咨询电话');
		await expect(sheet.locator('a[href^="tel:"]').first()).toBeVisible();
		await expect(sheet).toContainText('吕政办发〔2019〕29号');
		await expect(sheet).toContainText('第 1107 行');
		const qr = sheet.getByRole('img', { name: /扫码打开/ });
		await expect(qr).toBeVisible();
		expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d/);
		await expect(sheet).toContainText('/service/35');
		// Screen-only controls, the site header and footer are not printed.
		await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
		await expect(page.locator('header.site')).toBeHidden();
		await expect(page.locator('footer.site')).toBeHidden();

		expect(pageWidthsMm(await page.pdf({ preferCSSPageSize: true }))).toEqual([A4_WIDTH_MM]);
	});

	test('补贴告知单写明金额；小票格式 80 毫米宽', async ({ page }) => {
		await page.goto('/benefit/disabled-children-rehab');
		await page.getByRole('link', { name: '打印告知单' }).click();
		await expect(page).toHaveURL(/\/print\/benefit\/disabled-children-rehab$/);
		const sheet = page.locator('article.handout');
		await expect(sheet).toContainText('金额');
		await expect(sheet).toContainText('元');
		await expect(sheet).toContainText('残联');
		await expect(sheet).toContainText('吕政发〔2019〕4号');

		expect(pageWidthsMm(await page.pdf({ preferCSSPageSize: true }))).toEqual([A4_WIDTH_MM]);

		await page.getByLabel('小票（80 毫米）').check();
		await expect(page).toHaveURL(/format=receipt/);
		const previewMm = (await sheet.evaluate((el) => el.getBoundingClientRect().width)) / PX_PER_MM;
		expect(previewMm).toBeLessThanOrEqual(RECEIPT_WIDTH_MM);
		await page.emulateMedia({ media: 'print' });
		await expect(sheet.getByRole('img', { name: /扫码打开/ })).toBeVisible();
		await expect(sheet).toContainText('残联');
		// The printed page itself is 80 mm wide (the receipt's named @page).
		expect(pageWidthsMm(await page.pdf({ preferCSSPageSize: true }))).toContain(RECEIPT_WIDTH_MM);

		// Opened from a link with ?format=receipt it starts as a receipt.
		await page.emulateMedia({ media: 'screen' });
		await page.goto('/print/benefit/disabled-children-rehab?format=receipt');
		await expect(page.getByLabel('小票（80 毫米）')).toBeChecked();
		await expect(sheet).toHaveClass(/receipt/);
	});

	test('在窗口给工作人员看：大字全屏卡片，不显示网站页头', async ({ page }) => {
		await page.goto('/service/35');
		await page.getByRole('link', { name: '给窗口看' }).click();
		await expect(page).toHaveURL(/\/show\/service\/35$/);
		const h1 = page.getByRole('heading', { level: 1 });
		await expect(h1).toHaveText('身份证申办、补办、换领');
		await expect(page.locator('header.site')).toBeHidden();
		const size = await h1.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(size).toBeGreaterThanOrEqual(40);
		await expect(page.locator('main')).toContainText('各县市区公安局派出所');
		await page.getByRole('link', { name: /返回/ }).click();
		await expect(page.locator('header.site')).toBeVisible();
	});
});
