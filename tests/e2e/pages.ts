import { expect, type Page } from '@playwright/test';
import { BACKGROUND_START_KEY } from '#lib/state/background-start';
import { ELDER_CLASS } from '#lib/state/html-flags';
import { waitUntilLive } from './helpers';

export interface PageType {
	name: string;
	path: string;
	ready?: (page: Page) => Promise<void>;
}

/** One page of every type, as a citizen reaches it (the 适老化 and compatibility tests walk them all). */
export const PAGE_TYPES: PageType[] = [
	{ name: '首页', path: '/' },
	{
		name: '搜索结果',
		path: '/search?q=%E7%A4%BE%E4%BF%9D%E5%8D%A1',
		ready: (page) => expect(page.locator('ol.results li').first()).toBeVisible()
	},
	{ name: '服务事项', path: '/service/35' },
	{ name: '部门', path: '/department/gonganju' },
	{ name: '服务主题', path: '/theme/%E7%A4%BE%E4%BF%9D%E6%95%91%E5%8A%A9' },
	{ name: '服务类型', path: '/type/%E5%8A%9E%E4%BA%8B%E6%8C%87%E5%8D%97%E7%B1%BB' },
	{ name: '热线电话', path: '/hotlines' },
	{ name: '文件列表', path: '/documents' },
	{ name: '文件', path: '/document/lcf-2023-66' },
	{ name: '政策措施', path: '/measures' },
	{ name: '一件事列表', path: '/events' },
	{ name: '一件事', path: '/event/child-birth' },
	{ name: '关于', path: '/about' },
	{ name: '404', path: '/no-such-page' },
	{ name: '我的收藏', path: '/saved?ids=service-35,hotline-12333' },
	{
		name: '告知单',
		path: '/print/service/35',
		ready: (page) => expect(page.locator('article.handout svg')).toBeVisible()
	},
	{ name: '给窗口看', path: '/show/service/35' },
	{ name: '补贴列表', path: '/benefits' },
	{ name: '补贴', path: '/benefit/disabled-children-rehab' },
	{ name: '测一测', path: '/check' }
];

/** <html>'s class list with 长辈版 on. */
export const ELDER_HTML = new RegExp(`(^|\\s)${ELDER_CLASS}(\\s|$)`);

/** The data download starts as soon as the page is live (src/lib/state/background-start.ts). */
const START_AT_ONCE_MS = 0;
/** Longer than any test: the background download does not start while the test looks at the page. */
const START_AFTER_TEST_MS = 24 * 60 * 60 * 1000;
const startDelay = new WeakMap<Page, number>();

/** When the page's background download starts, for this and every later load of the page. */
async function startDownloadAfter(page: Page, ms: number): Promise<void> {
	if (startDelay.get(page) === ms) return;
	if (startDelay.has(page)) throw new Error('a page keeps one download start for all its loads');
	startDelay.set(page, ms);
	await page.addInitScript(({ key, ms }) => localStorage.setItem(key, String(ms)), { key: BACKGROUND_START_KEY, ms });
}

/**
 * Opens a page as a first visitor sees it before the background download: its own content, its code live, and
 * the parts that load after the page is live. The download is held off for the whole test, so nothing changes the
 * page while it is measured, and no test pays for storing the whole app that it does not look at (openSettled
 * measures that state).
 */
export async function openStill(page: Page, p: PageType): Promise<void> {
	await startDownloadAfter(page, START_AFTER_TEST_MS);
	await page.goto(p.path);
	await p.ready?.(page);
	await waitUntilLive(page);
	await page.waitForLoadState('networkidle');
}

/** Opens a page and waits until it is settled: its own content shown and the data bundle saved on the device. */
export async function openSettled(page: Page, p: PageType): Promise<void> {
	// Only the settled page is measured, so when the download starts does not matter here; at once, each load no
	// longer idles 1.5 s (playwright.config.ts's start) before it (about 1.3 s × 160 loads of the 适老化, 200% text,
	// plain-scope and old-engine specs).
	await startDownloadAfter(page, START_AT_ONCE_MS);
	await page.goto(p.path);
	await p.ready?.(page);
	// The site footer says when the data is saved (the 给窗口看 card hides it). Wait for its last state: the status
	// line grows from 「本页和已存数据…」 to 「整个应用…」 once all route code is here, which moves the layout. It
	// comes only after every route's code and every part that loads after the page is live (this page's too) has
	// arrived, so nothing is left to fetch: no need for Playwright's networkidle, which idles 500 ms on every load.
	// Whether the footer is shown is known once the page is live (给窗口看 hides it from its script).
	await waitUntilLive(page);
	if (await page.locator('footer.site').isVisible())
		await expect(
			page
				.getByRole('status')
				.filter({ hasText: /整个应用可离线使用/ })
				.first()
		).toBeVisible({ timeout: 20_000 });
	else await page.waitForLoadState('networkidle');
	// The parts whose code arrived last render in the next frames.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(document.fonts.ready))))
	);
}
