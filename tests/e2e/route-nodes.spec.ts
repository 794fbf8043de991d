/**
 * The list of every route's chunks and stylesheets is not in the start-up code (src/lib/data/route-nodes.ts):
 * a page must go live without it, and a page opened by a tap must still bring its own styles.
 */
import { type Page } from '@playwright/test';
import { expect, test } from './base';
import { holdChunkWith, NO_INSTALL, tapTo, waitUntilLive } from './helpers';
import { steadyReading } from './measure';

test.use(NO_INSTALL);

/** Computed styles of the page's own elements (Svelte scopes them with a svelte-… class). */
function ownStyles(page: Page): Promise<string[]> {
	return page.locator('main [class*="svelte-"]').evaluateAll((elements) =>
		elements.map((el) => {
			const s = getComputedStyle(el);
			return [s.display, s.margin, s.padding, s.border, s.fontSize, s.color, s.gap].join(' ');
		})
	);
}

/** How long apart two readings must agree: the page's later parts (its answer box, 收藏, 分享) swap in after it is live. */
const SETTLE_MS = 200;
const SETTLE_TRIES = 25;

/** The page's own styles once two readings agree and every element is in the page (a detached one reads blank). */
const settledStyles = (page: Page) =>
	steadyReading(page, ownStyles, {
		everyMs: SETTLE_MS,
		tries: SETTLE_TRIES,
		complete: (styles) => styles.every((s) => s.trim() !== '')
	});

test('页面不等所有页面的代码清单就能用；点到没打开过的页面，那一页的样式也一起到', async ({ page }) => {
	// Hold back only the chunk that lists every route's code (it names the route chunks, app.js no longer does).
	const release = await holdChunkWith(page, '../nodes/');
	await page.goto('/');
	await waitUntilLive(page);
	release();

	await tapTo(page, '/hotlines');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('热线');
	const tapped = await settledStyles(page);
	await page.goto('/hotlines');
	await waitUntilLive(page);
	expect(tapped.length).toBeGreaterThan(0);
	expect(tapped).toEqual(await settledStyles(page));
});
