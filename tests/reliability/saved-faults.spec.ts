/**
 * Reliability round two (issue 17), 我的收藏 in real Chromium: the database deleted mid-session (item 2), a damaged
 * stored row (item 7) and a list longer than a shared link carries (item 12). saved-faults.test.ts holds the same
 * faults against the store itself.
 */
import { type Page } from '@playwright/test';
import { expect, test } from '../e2e/base';
import { readdirSync } from 'node:fs';
import { tapTo, waitUntilOffline } from '../e2e/helpers';

const DB_NAME = 'lvliang-banshitong';
const WRITTEN = '已收藏，可在“收藏”里找到，没有网络也能看';

/** Service ids the built site has pages for, in order. */
function serviceIds(): number[] {
	return readdirSync('build/service')
		.map((f) => /^(\d+)\.html$/.exec(f)?.[1])
		.filter((id): id is string => id !== undefined)
		.map(Number)
		.sort((a, b) => a - b);
}

/** Writes rows straight into the app's `saved` table, as a damaged or older copy of the app might have left them. */
function putSavedRows(page: Page, rows: unknown[]): Promise<void> {
	return page.evaluate(
		({ name, rows }) =>
			new Promise<void>((ok, fail) => {
				const req = indexedDB.open(name);
				req.onerror = () => fail(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const tx = db.transaction('saved', 'readwrite');
					for (const row of rows) tx.objectStore('saved').put(row);
					tx.oncomplete = () => {
						db.close();
						ok();
					};
					tx.onerror = () => fail(tx.error);
				};
			}),
		{ name: DB_NAME, rows }
	);
}

async function saveThisPage(page: Page): Promise<void> {
	await page.getByRole('button', { name: /^☆?\s*收藏$/ }).click();
	await expect(page.getByRole('button', { name: /已收藏/ })).toBeVisible();
}

const mine = (page: Page) => page.getByRole('heading', { name: /我收藏的/ });

test('收藏两项后手机清掉了数据库，再收藏一项：提示已保存的三项重新打开后都在', async ({ page }) => {
	const [a, b, c] = serviceIds();
	await page.goto(`/service/${a}`);
	await waitUntilOffline(page);
	await saveThisPage(page);
	await tapTo(page, `/service/${b}`);
	await saveThisPage(page);

	// WeChat or WebKit clears the site's storage while the page stays open.
	await page.evaluate(
		(name) =>
			new Promise<void>((ok, fail) => {
				const req = indexedDB.deleteDatabase(name);
				req.onsuccess = () => ok();
				req.onerror = () => fail(req.error);
			}),
		DB_NAME
	);

	await tapTo(page, `/service/${c}`);
	await page.getByRole('button', { name: /^☆?\s*收藏$/ }).click();
	// The page confirms the save as kept on the phone: then all three must really be there.
	await expect(page.getByRole('status').filter({ hasText: WRITTEN })).toBeVisible();
	await page.goto('/saved');
	await expect(mine(page)).toHaveText('我收藏的（3 项）');
	for (const id of [a, b, c]) await expect(page.locator(`main a[href$="/service/${id}"]`).first()).toBeVisible();
});

test('收藏里有一条损坏的记录时，其余的收藏照常显示，并说明跳过了几条', async ({ page }) => {
	const [a, b] = serviceIds();
	await page.goto(`/service/${a}`);
	await waitUntilOffline(page);
	await saveThisPage(page);
	await putSavedRows(page, [
		{ key: 42, kind: 'service', savedAt: 1 },
		{ key: `service-${b}`, kind: 'service', savedAt: 'yesterday' }
	]);

	await page.goto('/saved');
	await expect(mine(page)).toHaveText('我收藏的（1 项）');
	await expect(page.locator(`main a[href$="/service/${a}"]`).first()).toBeVisible();
	await expect(page.locator('main')).toContainText('有 2 条收藏或浏览记录已损坏，已跳过');
	await expect(page.locator('main')).not.toContainText('正在读取');
});

test('收藏了 205 项时分享清单：说明链接只带了最新的 200 项，还有 5 项没带上', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const ids = serviceIds().slice(0, 205);
	expect(ids).toHaveLength(205);
	await page.goto('/');
	await waitUntilOffline(page);
	await putSavedRows(
		page,
		ids.map((id, n) => ({ key: `service-${id}`, kind: 'service', savedAt: 1_000_000 + n }))
	);

	await page.goto('/saved');
	await expect(mine(page)).toHaveText('我收藏的（205 项）');
	await page.getByRole('button', { name: '分享整个清单' }).click();
	await expect(page.locator('main')).toContainText('链接只带了最新收藏的 200 项，还有 5 项没有带上');
	const url = (await page.locator('.share-box .url').textContent()) ?? '';
	expect(new URL(url).searchParams.get('ids')?.split(',')).toHaveLength(200);
	// A link this long does not fit in a QR code: the page says so instead of breaking.
	await expect(page.locator('.share-box')).toContainText('放不进二维码');
	expect(errors).toEqual([]);
});
