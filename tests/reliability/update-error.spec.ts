/**
 * Reliability round two (issue 17), item 12: a failed look for new data set `updateError`, which nothing showed.
 * The server announces a new version whose core file fails its check; the footer must say plainly that the new
 * data did not arrive and the old data stays in use, and the line must go once a later check finds all is well.
 */
import { expect, test } from '../e2e/base';
import { searchFor, waitUntilOffline } from '../e2e/helpers';

const UPDATE_FAILED = '新数据没有下载成功，仍在使用原来的数据';

test('新数据下载失败时，页脚说明仍在使用原来的数据，之后检查正常时提示消失', async ({ page, context }) => {
	await page.goto('/');
	await waitUntilOffline(page);
	const problem = page.locator('footer').getByRole('status').filter({ hasText: UPDATE_FAILED });
	await expect(problem).toHaveCount(0);

	// A newer version whose core file does not match its announced hash: the download is checked and dropped.
	await context.route('**/data/manifest.json', async (route) => {
		const res = await route.fetch();
		const manifest = (await res.json()) as { version: string; files: { name: string; sha256: string }[] };
		manifest.version = `${manifest.version}-next`;
		for (const f of manifest.files) if (f.name === 'core') f.sha256 = '0'.repeat(64);
		await route.fulfill({ response: res, json: manifest });
	});
	// The app looks for new data whenever the network comes back.
	await page.evaluate(() => dispatchEvent(new Event('online')));
	await expect(problem).toBeVisible({ timeout: 20_000 });
	await expect(problem).toContainText('稍后会自动再试');
	await expect(page.getByRole('button', { name: /新版本可用/ })).toHaveCount(0);
	// The old data is still whole and in use.
	await searchFor(page, '社保卡');
	await expect(page.locator('ol.results')).toContainText('社会保障卡');

	await context.unroute('**/data/manifest.json');
	await page.evaluate(() => dispatchEvent(new Event('online')));
	await expect(problem).toHaveCount(0, { timeout: 20_000 });
});
