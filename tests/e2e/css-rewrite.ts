import type { BrowserContext, Route } from '@playwright/test';

/** The body is re-sent decoded, so its old length and encoding no longer apply. */
function plainHeaders(headers: Record<string, string>): Record<string, string> {
	const { 'content-length': _length, 'content-encoding': _encoding, ...rest } = headers;
	return rest;
}

/**
 * Runs a route handler; when the page has already moved on (a request cancelled by a navigation, whose fetched
 * response Playwright disposes), the request is let through instead of failing the test that owns the route.
 */
async function settle(route: Route, handle: () => Promise<void>): Promise<void> {
	try {
		await handle();
	} catch {
		await route.continue().catch(() => undefined);
	}
}

/**
 * Serves every stylesheet and inline <style> of the site through `rewrite`, to show a page as another CSS would
 * (an older engine's view of it, or the build before a change).
 */
export async function rewriteCss(context: BrowserContext, rewrite: (css: string) => string): Promise<void> {
	await context.route(/\.css(\?|$)/, (route) =>
		settle(route, async () => {
			const response = await route.fetch();
			await route.fulfill({
				status: response.status(),
				headers: plainHeaders(response.headers()),
				body: rewrite(await response.text())
			});
		})
	);
	await context.route(
		(url) => !/\.[a-z0-9]+$/i.test(url.pathname) || url.pathname.endsWith('.html'),
		(route) =>
			settle(route, async () => {
				const response = await route.fetch();
				const type = response.headers()['content-type'] ?? '';
				if (!type.includes('text/html')) return route.fulfill({ response });
				const html = (await response.text()).replace(
					/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi,
					(_m, open: string, css: string, close: string) => `${open}${rewrite(css)}${close}`
				);
				return route.fulfill({ status: response.status(), headers: plainHeaders(response.headers()), body: html });
			})
	);
}
