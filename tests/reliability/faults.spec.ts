/** Fault and bad-input cases in real Chromium: storage unavailable, hand-edited URLs, odd queries, CSP, third parties. */
import { expect, test } from '../e2e/base';
import { searchFor, waitUntilOffline } from '../e2e/helpers';

test('IndexedDB 被禁用（隐私模式）时仍能搜索，并提示“离线数据不可用，正在使用网络”', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			get() {
				throw new DOMException('The user denied permission to access the database.', 'SecurityError');
			}
		});
	});
	await page.goto('/');
	await expect(page.locator('footer')).toContainText('离线数据不可用，正在使用网络', { timeout: 20_000 });
	await searchFor(page, '护照');
	await expect(page.locator('ol.results')).toContainText('护照');
});

test('使用中数据库被删除（微信清理缓存）：页面继续可用，打开新页面不出错', async ({ page }) => {
	await page.goto('/');
	await waitUntilOffline(page);
	await page.evaluate(
		() =>
			new Promise<void>((ok) => {
				const req = indexedDB.deleteDatabase('lvliang-banshitong');
				req.onsuccess = req.onerror = req.onblocked = () => ok();
			})
	);
	await searchFor(page, '公积金 提取');
	await page.locator('ol.results').getByRole('link').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('公积金');
});

for (const path of [
	'/service/0',
	'/service/abc',
	'/service/35abc',
	'/department/no-such-dept',
	'/theme/不存在的主题',
	'/document/x',
	'/no/such/page',
	'/service/35/extra'
]) {
	test(`手改的链接 ${path} 显示 404 页和搜索框`, async ({ page }) => {
		const res = await page.goto(path);
		expect(res?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
		await expect(page.getByRole('searchbox')).toBeVisible();
	});
}

test('站内点到不存在的编号，也显示带搜索框的错误页', async ({ page }) => {
	await page.goto('/');
	await waitUntilOffline(page);
	await page.evaluate(() => {
		const a = document.createElement('a');
		a.href = '/service/99999';
		a.textContent = 'x';
		a.id = 'bad-link';
		document.body.append(a);
	});
	await page.locator('#bad-link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
	await expect(page.getByRole('searchbox')).toBeVisible();
});

const ODD = [
	'<script>window.__pwned=1</script>',
	'<img src=x onerror="window.__pwned=1">',
	'😀👍🏻🇨🇳',
	'？？？！！！……',
	'ＳＢＫ　护照',
	'社保卡'.repeat(400),
	'%E0%A4%A',
	'"><svg onload=window.__pwned=1>'
];
for (const q of ODD) {
	test(`奇怪的查询不破坏页面，也不注入标记：${q.slice(0, 24)}`, async ({ page }) => {
		await page.goto(`/search?q=${encodeURIComponent(q)}`);
		await expect(page.getByRole('heading', { level: 1, name: '搜索' })).toBeVisible();
		await expect(page.locator('section[aria-live]')).not.toContainText('正在搜索', { timeout: 20_000 });
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.locator('main script, main img[src="x"], main svg[onload]').count()).toBe(0);
	});
}

test('每个页面都带只允许本站的内容安全策略（CSP）', async ({ page }) => {
	for (const path of ['/', '/service/35', '/hotlines', '/search', '/about']) {
		await page.goto(path);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp, path).toContain("default-src 'self'");
		expect(csp, path).toContain("connect-src 'self'");
		expect(csp, path).not.toMatch(/https?:\/\//);
	}
});

test('完整使用一遍，只向本站发请求，没有第三方请求', async ({ page, context }) => {
	const origins = new Set<string>();
	context.on('request', (req) => origins.add(new URL(req.url()).origin));
	await page.goto('/');
	await waitUntilOffline(page);
	await searchFor(page, '社保卡丢了');
	await page.locator('ol.results').getByRole('link').first().click();
	await page.getByRole('link', { name: '电话', exact: true }).click();
	await page.getByRole('link', { name: '关于', exact: true }).click();
	await page.goto('/documents');
	const own = new URL(page.url()).origin;
	expect([...origins].filter((o) => o !== own && !o.startsWith('data:') && !o.startsWith('blob:'))).toEqual([]);
});

/** Writes rows straight into the app's IndexedDB store, as a damaged or older version might have left them. */
async function putRawRows(
	page: import('@playwright/test').Page,
	store: 'saved' | 'recent',
	rows: unknown[]
): Promise<void> {
	await page.evaluate(
		({ store, rows }) =>
			new Promise<void>((ok, fail) => {
				const req = indexedDB.open('lvliang-banshitong');
				req.onerror = () => fail(req.error);
				req.onsuccess = () => {
					const tx = req.result.transaction(store, 'readwrite');
					for (const r of rows) tx.objectStore(store).put(r);
					tx.oncomplete = () => {
						req.result.close();
						ok();
					};
					tx.onerror = () => fail(tx.error);
				};
			}),
		{ store, rows }
	);
}

test('手机里有一条坏的收藏记录：我的收藏仍然显示其余各项，并说明跳过了几条', async ({ page }) => {
	await page.goto('/service/166');
	await waitUntilOffline(page);
	await page.getByRole('button', { name: /^☆?\s*收藏$/ }).click();
	await expect(page.getByRole('button', { name: /已收藏/ })).toBeVisible();
	await putRawRows(page, 'saved', [{ key: 42, kind: 'service', savedAt: Date.now() }]);
	await page.goto('/saved');
	const list = page.locator('main section').filter({ has: page.locator('#mine-h') });
	await expect(list.getByRole('link', { name: /社会保障卡挂失与解挂/ })).toBeVisible({ timeout: 20_000 });
	await expect(page.locator('main')).toContainText('1 条收藏或浏览记录已损坏，已跳过');
	await expect(list).not.toContainText('正在读取');
});

test('收藏两项后数据库被系统清掉，再收藏一项：刷新后三项都在', async ({ page }) => {
	await page.goto('/hotlines');
	await waitUntilOffline(page);
	const save = async (id: string) => {
		await page.locator(`#h-${id}`).getByRole('button', { name: /收藏/ }).click();
		await expect(page.locator(`#h-${id}`).getByRole('button', { name: /已收藏/ })).toBeVisible();
	};
	await save('12333');
	await save('12345');
	// Mid-session, as WeChat or WebKit clearing storage would: the page stays open.
	await page.evaluate(
		() =>
			new Promise<void>((ok) => {
				const req = indexedDB.deleteDatabase('lvliang-banshitong');
				req.onsuccess = req.onerror = req.onblocked = () => ok();
			})
	);
	await save('12348');
	await page.goto('/saved');
	const list = page.locator('main section').filter({ has: page.locator('#mine-h') });
	await expect(list.getByRole('heading', { level: 2 })).toContainText('3 项', { timeout: 20_000 });
});
