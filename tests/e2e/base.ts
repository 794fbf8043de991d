/**
 * The `test` of every browser spec: Playwright's, with the background download starting TEST_BACKGROUND_START_MS
 * after the page is live instead of the app's 5 s (src/lib/state/background-start.ts says why).
 *
 * The start is set by an init script, not by the config's `storageState`: Playwright writes a storageState's
 * localStorage by opening an extra page in every new context, loading the origin in it and closing it again
 * (playwright-core's BrowserContext.setStorageState). That page cost every test 0.45–0.6 CPU-s (10 fresh contexts to
 * a live /service/35 each way, twice); the whole browser run on one worker took 472 CPU-s instead of 554.
 * The script is added to the test's own `context` only: a context a test opens itself with `browser.newContext()`
 * (another phone, JavaScript off, a zoomed screen) keeps the app's 5 s, and none of those tests waits for the
 * download. The script only fills the key in when it is absent, so a start a test chose for its page
 * (tests/e2e/pages.ts) stays, and it applies on every origin the context opens, the served copies of the update specs
 * included (they used to wait the app's 5 s).
 */
import { test as playwrightTest, type BrowserContext } from '@playwright/test';
import { BACKGROUND_START_KEY, TEST_BACKGROUND_START_MS } from '#lib/state/background-start';

export { expect } from '@playwright/test';

/** Makes every page of the context start its data download soon after it is live, unless the test said otherwise. */
async function startDownloadsSoon(context: BrowserContext): Promise<void> {
	await context.addInitScript(
		({ key, ms }) => {
			try {
				if (localStorage.getItem(key) === null) localStorage.setItem(key, String(ms));
			} catch {
				// about:blank and other opaque origins have no localStorage; the app never runs there.
			}
		},
		{ key: BACKGROUND_START_KEY, ms: TEST_BACKGROUND_START_MS }
	);
}

export const test = playwrightTest.extend({
	context: async ({ context }, use) => {
		await startDownloadsSoon(context);
		await use(context);
	}
});
