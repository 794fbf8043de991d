import type { BrowserContext, Page } from '@playwright/test';
import { test as base } from './base';
import { ELDER_KEY } from '#lib/state/html-flags';
import { NO_INSTALL } from './helpers';
import { openSettled } from './pages';

/**
 * The specs that walk every page type and measure it settled (适老化, 200% text, plain scope classes) look at the app
 * as a returning visitor has it: the data and every route's code already on the phone. Each test used to install the
 * app afresh in a browser profile of its own, downloading and storing the whole data bundle (about 0.6 CPU-s a test
 * on CI's 2 cores) before it could measure anything. Here each test worker installs it once, in one profile without a
 * service worker (as in iPhone WeChat), and each test opens its own tab in that profile.
 */
export const test = base.extend<{ returningPage: Page }, { installedProfile: BrowserContext }>({
	installedProfile: [
		async ({ browser }, use, workerInfo) => {
			// A worker's own fixtures do not get the project's context options: the ones these tests rely on are given here.
			const { baseURL, locale } = workerInfo.project.use;
			const context = await browser.newContext({ baseURL, locale, ...NO_INSTALL });
			const first = await context.newPage();
			await openSettled(first, { name: '首页', path: '/' });
			await first.close();
			await use(context);
			await context.close();
		},
		{ scope: 'worker' }
	],
	/** A new tab in the installed profile, in standard mode (a test that turns on 长辈版 has it turned off after). */
	returningPage: async ({ installedProfile }, use) => {
		const page = await installedProfile.newPage();
		await use(page);
		// The profile outlives the test: what a test changed in it is put back for the next, from another tab of the
		// site if the test's own is gone.
		const reset = (tab: Page) => tab.evaluate((key) => localStorage.removeItem(key), ELDER_KEY);
		const done =
			page.url().startsWith('http') &&
			(await reset(page).then(
				() => true,
				() => false
			));
		await page.close().catch(() => undefined);
		if (!done) {
			const tab = await installedProfile.newPage();
			await tab.goto('/about');
			await reset(tab);
			await tab.close();
		}
	}
});
