/**
 * A data download that never finishes (one bar of signal, a captive portal that holds the connection) must not
 * hold up the pages the site already prerendered (issue 17, item 6). Runs with and without a service worker.
 */
import { type Page } from '@playwright/test';
import { expect, test } from '../e2e/base';

/**
 * How long a tapped page may take to show. It proves the point only while it stays under the data download's own
 * time-out (DOWNLOAD_TIMEOUT_MS, 20 s; the issue measured a 90 s hang): a page shown sooner came without the data.
 * Half of that leaves room for a machine busy with other tests (5 s once failed under load).
 */
const AT_ONCE_MS = 10_000;

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const nav = (page: Page, label: string) =>
	page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: label, exact: true });

/** Taps the first link under `within` whose address starts with `prefix`; returns its text. */
async function tapFirst(page: Page, within: string, prefix: string): Promise<string> {
	const link = page.locator(`${within} a[href^="${prefix}"]`).first();
	await expect(link).toBeVisible({ timeout: AT_ONCE_MS });
	const text = (await link.locator('.t').count()) > 0 ? link.locator('.t') : link;
	const label = ((await text.textContent()) ?? '').trim();
	await link.click();
	return label;
}

test(
	'数据一直下载不下来时，点电话、补贴、主题、事项和部门都马上显示内容；断网后点回看过的页也马上显示',
	{ tag: '@offline' },
	async ({ page, context }) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		// The server takes every data request and never answers.
		await context.route('**/data/**', () => undefined);
		await page.goto('/');
		await expect(h1(page)).toHaveText('吕梁办事通');

		await nav(page, '电话').click();
		await expect(h1(page)).toHaveText('热线电话', { timeout: AT_ONCE_MS });
		await expect(page.locator('main')).toContainText('12333');

		await nav(page, '补贴').click();
		await expect(h1(page)).toHaveText('补贴和救助', { timeout: AT_ONCE_MS });
		const benefit = await tapFirst(page, 'main', '/benefit/');
		await expect(h1(page)).toContainText(benefit.slice(0, 4), { timeout: AT_ONCE_MS });
		await expect(page.locator('main')).toContainText(/〔\d{4}〕\d+号/);

		await nav(page, '首页').click();
		const theme = await tapFirst(page, 'main section', '/theme/');
		await expect(h1(page)).toHaveText(theme.split(/\s+/)[0] ?? theme, { timeout: AT_ONCE_MS });
		const service = await tapFirst(page, 'main', '/service/');
		await expect(h1(page)).toHaveText(service, { timeout: AT_ONCE_MS });
		const department = await tapFirst(page, 'main dl', '/department/');
		await expect(h1(page)).toHaveText(department, { timeout: AT_ONCE_MS });

		// Now the network drops as well: the pages seen in this visit still open at once.
		await context.setOffline(true);
		await nav(page, '电话').click();
		await expect(h1(page)).toHaveText('热线电话', { timeout: AT_ONCE_MS });
		await expect(page.locator('main')).toContainText('12333');
		await page.goBack();
		await expect(h1(page)).toHaveText(department, { timeout: AT_ONCE_MS });
		await page.goBack();
		await expect(h1(page)).toHaveText(service, { timeout: AT_ONCE_MS });

		// Nothing was stored, and the status does not pretend otherwise.
		await expect(page.locator('footer')).not.toContainText('可离线使用');
		await expect(page.locator('body')).not.toContainText('出错了');
		expect(errors).toEqual([]);
	}
);
