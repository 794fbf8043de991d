import { expect, test, type APIResponse, type Page, type Route } from '@playwright/test';
import { APP_READY_ATTR } from '#lib/state/html-flags';

/** The status once the data is stored and every page works offline (with or without a service worker). */
export const WHOLE_APP_OFFLINE = '整个应用可离线使用';

/** Whether this test runs in the project with service workers blocked (as in iPhone WeChat). */
export function workersBlocked(): boolean {
	return test.info().project.use.serviceWorkers === 'block';
}

/** Waits until the data is stored and every page works offline (the footer says so). */
export async function waitUntilOffline(page: Page): Promise<void> {
	await expect(page.getByRole('status').filter({ hasText: WHOLE_APP_OFFLINE }).first()).toBeVisible({
		timeout: 20_000
	});
}

/**
 * Waits until the service worker controls the page (Chromium), so offline reloads are served by it.
 * Returns at once in the project with service workers blocked.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
	if (workersBlocked()) return;
	await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 20_000 });
}

/** Searches from the search box of the current page, as a person would. */
export async function searchFor(page: Page, query: string): Promise<void> {
	const box = page.getByRole('searchbox').first();
	await box.fill(query);
	await box.press('Enter');
	await expect(page).toHaveURL(/\/search\?q=/);
}

/**
 * Opens a page of the app by a tap on a link inside it (client-side navigation), as a person following a link
 * in the app would: no full page load, so it also works offline without a service worker.
 */
export async function tapTo(page: Page, path: string): Promise<void> {
	await page.evaluate((href) => {
		const a = document.createElement('a');
		a.href = href;
		document.body.append(a);
		a.click();
		a.remove();
	}, path);
	await expect(page).toHaveURL((u) => u.pathname + u.search === path);
}

/**
 * Opens a page offline: a full load where a service worker serves it, a tap inside the app where service
 * workers are blocked (a full load offline has nothing to answer it there).
 */
export async function openOffline(page: Page, path: string): Promise<void> {
	if (workersBlocked()) await tapTo(page, path);
	else await page.goto(path);
}

/** Waits until the app's code is live on the page (it marks <html>). */
export async function waitUntilLive(page: Page): Promise<void> {
	await expect(page.locator('html')).toHaveAttribute(APP_READY_ATTR, '');
}

/**
 * Routes the app's code chunks whose text contains `marker` to `onMatch` (chunk names are content hashes, so a chunk
 * is known by what it says); every other chunk passes unchanged.
 */
async function routeChunkWith(
	page: Page,
	marker: string,
	onMatch: (route: Route, response: APIResponse, body: string) => Promise<void>
): Promise<void> {
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		try {
			const response = await route.fetch();
			const body = await response.text();
			if (body.includes(marker)) await onMatch(route, response, body);
			else await route.fulfill({ response, body });
		} catch (error) {
			// A request the page dropped (it went to another page, or the test ended, while the code was on its way) takes
			// its response with it: nothing is left to pass on. Whatever the page still needed, the test's checks will miss.
			// Playwright words the last case 「route.fetch: Test ended.」.
			if (!/disposed|closed|Target|Test ended/i.test(String(error))) throw error;
		}
	});
}

/**
 * Holds back only the app's code chunks whose text contains `marker`, so that a test can act in the moment before
 * that part arrives, whatever the machine's speed. Returns the function that lets them through.
 */
export async function holdChunkWith(page: Page, marker: string): Promise<() => void> {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await routeChunkWith(page, marker, async (route, response, body) => {
		await held;
		await route.fulfill({ response, body });
	});
	return release;
}

/** The app's code chunks whose text contains `marker` fail to download, as on a connection lost mid-way. */
export function failChunkWith(page: Page, marker: string): Promise<void> {
	return routeChunkWith(page, marker, (route) => route.abort());
}

/**
 * A slow phone: the app's code is held back, so the prerendered page is on screen before it is live. Returns the
 * function that lets the code through. `passes(pathname)`: code that arrives at once (e.g. a page's start-up
 * chunks, to hold back only what loads after the page is live).
 */
export async function holdAppCode(
	page: Page,
	passes: (pathname: string) => boolean = () => false
): Promise<() => void> {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		if (!passes(new URL(route.request().url()).pathname)) await held;
		await route.continue();
	});
	return release;
}

/**
 * For specs about what a page shows and does, not about installing it: without a service worker (as in iPhone
 * WeChat), no test spends 0.6–0.9 CPU-s installing the whole app offline that it never uses. The pages are the
 * same with or without one; the offline, update and fault specs keep the worker.
 */
export const NO_INSTALL = { serviceWorkers: 'block' } as const;
