/**
 * The test browser's switches (scripts/lib/chromium.ts): Chromium reads only the last `--disable-features`, so the
 * tests replace Playwright's with a copy that adds the omnibox popup's features. This test fails when that copy
 * no longer matches Playwright's own list (after a Playwright upgrade), so none of Playwright's is lost.
 */
import { chromium, type Browser } from '@playwright/test';
import { expect, test } from './base';
import { CHROMIUM, OMNIBOX_POPUP_FEATURES, PLAYWRIGHT_DISABLED_FEATURES } from '../../scripts/lib/chromium';

/** The browser's `--disable-features` switches, from its own chrome://version page. */
async function disableFeatureSwitches(browser: Browser): Promise<string[]> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('chrome://version');
	const commandLine = await page.locator('#command_line').innerText();
	await context.close();
	return commandLine.split(/\s+/).filter((a) => a.startsWith('--disable-features='));
}

test('测试用的浏览器：Playwright 关掉的功能一个不少，地址栏弹窗也不再为每个窗口启动', async ({ browser }) => {
	const ours = await disableFeatureSwitches(browser);
	expect(ours).toEqual([
		`--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_FEATURES].join(',')}`
	]);

	// Playwright's own switch, from a browser launched with its defaults only (the test runner adds this project's launch
	// options to any not given).
	const plain = await chromium.launch({ executablePath: CHROMIUM, args: [], ignoreDefaultArgs: false });
	try {
		expect(await disableFeatureSwitches(plain)).toEqual([
			`--disable-features=${PLAYWRIGHT_DISABLED_FEATURES.join(',')}`
		]);
	} finally {
		await plain.close();
	}

	// No window of the test browser opens the popup's page.
	const context = await browser.newContext();
	await context.newPage();
	const cdp = await browser.newBrowserCDPSession();
	const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] };
	// The browser is the worker's, shared with later tests: nothing of this test stays attached to it.
	await cdp.detach();
	await context.close();
	expect(targetInfos.map((t) => t.url).filter((u) => u.startsWith('chrome://omnibox-popup'))).toEqual([]);
});
