import { expect, test } from './base';
import { failChunkWith, holdAppCode, NO_INSTALL, waitUntilLive } from './helpers';

test.use(NO_INSTALL);

/**
 * Issue 14: a shared search link shows results from the preloaded index alone, before the rest of the data
 * bundle (core, benefits) and Dexie have arrived. Here they never arrive: the results must still show.
 */
test('数据包还没下载完，打开搜索链接也能先看到结果', async ({ page }) => {
	const held: string[] = [];
	await page.route(/\/data\/(core|benefits)[.-][^/]*\.json$/, (route) => {
		held.push(route.request().url());
		// Never answered: the page must not need these for its first results.
	});
	await page.goto(`/search?q=${encodeURIComponent('社保卡')}`);
	const results = page.locator('ol.results');
	await expect(results.getByRole('link').first()).toContainText('社会保障卡');
	// Each result links to its page even before the dataset names the department.
	await expect(results.getByRole('link').first()).toHaveAttribute(
		'href',
		/^\/(service|benefit|document|department|hotlines)/
	);
});

test('搜索页预加载搜索索引，且只下载一次', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (req) => {
		if (/\/data\/search[.-][^/]*\.json$/.test(req.url())) fetched.push(req.url());
	});
	await page.goto(`/search?q=${encodeURIComponent('护照')}`);
	const preload = page.locator('link[rel="preload"][as="fetch"]');
	await expect(preload).toHaveAttribute('href', /\/data\/search\.[0-9a-f]+\.json$/);
	await expect(page.locator('ol.results')).toContainText('护照');
	expect(new Set(fetched).size).toBe(1);
});

test('网页还没加载完就在搜索框里打字，加载完字还在，搜的就是这些字', async ({ page }) => {
	// A slow phone: the prerendered page is on screen, the app's code not yet.
	const release = await holdAppCode(page);
	await page.goto(`/search?q=${encodeURIComponent('社保卡')}`, { waitUntil: 'domcontentloaded' });
	const box = page.getByRole('searchbox');
	await box.fill('护照');
	release();
	await waitUntilLive(page);
	await expect(box).toHaveValue('护照');
	await box.press('Enter');
	await expect(page).toHaveURL(/[?&]q=%E6%8A%A4%E7%85%A7$/);
	await expect(page.locator('ol.results')).toContainText('护照');
	// Back to the link's search (in the app, no reload): the box shows its words again.
	await page.goBack();
	await expect(page).toHaveURL(/[?&]q=%E7%A4%BE%E4%BF%9D%E5%8D%A1$/);
	await expect(box).toHaveValue('社保卡');
});

test('结果列表的代码下载失败时，搜索页说明要联网，不会一直显示“正在搜索”', async ({ page }) => {
	// Only the result list's chunk fails (known by its words); the index and the engine arrive, after or before it.
	await failChunkWith(page, '没有找到完全对应的事项');
	await page.goto('/search?q=%E7%A4%BE%E4%BF%9D%E5%8D%A1');
	await waitUntilLive(page);
	await expect(page.getByText('暂时无法搜索：请连接网络后再试')).toBeVisible();
	await expect(page.getByText('正在搜索…')).toHaveCount(0);
});
