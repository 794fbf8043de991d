/**
 * Issue 19: WeChat's Android engine can be as old as Chrome 86. An engine drops every rule with a selector it cannot
 * parse and every declaration it does not know. This test serves the build with exactly that removed (by the same
 * caniuse feature list as the compatibility gate, scripts/compat/css-compat.ts) and checks that the pages keep
 * their layout: the header navigation is there with real tap targets, and titles are not squeezed into columns.
 */
import { expect, test } from './base';
import { asOldEngineSees } from '../../scripts/compat/css-compat';
import { rewriteCss } from './css-rewrite';
import { NO_INSTALL } from './helpers';
import { narrowTextBoxes } from './measure';
import { openSettled, PAGE_TYPES } from './pages';

/** WCAG 2.5.5-ish floor for the old engine; 长辈版 asks for 48. */
const MIN_NAV_PX = 44;
const ROUNDING_PX = 0.5;

test.use(NO_INSTALL);

const PAGES = ['首页', '搜索结果', '服务事项', '测一测', '热线电话'].map((name) => {
	const p = PAGE_TYPES.find((t) => t.name === name);
	if (!p) throw new Error(`no page type ${name}`);
	return p;
});

for (const p of PAGES) {
	test(`旧版微信（Chrome 86）里也能正常用：${p.name}`, async ({ context, page }) => {
		await rewriteCss(context, (css) => asOldEngineSees(css, ['chrome 86']));
		await openSettled(page, p);

		const links = page.locator('header nav a');
		expect(await links.count()).toBeGreaterThan(1);
		for (const link of await links.all()) {
			await expect(link).toBeVisible();
			const box = await link.boundingBox();
			expect(box?.height ?? 0, `${await link.textContent()}: tap target height`).toBeGreaterThanOrEqual(
				MIN_NAV_PX - ROUNDING_PX
			);
		}
		// The header stays one bar, not a bulleted list down the page.
		expect(
			await page
				.locator('header nav li')
				.first()
				.evaluate((li) => getComputedStyle(li).listStyleType)
		).toBe('none');

		expect(await narrowTextBoxes(page)).toEqual([]);
	});
}
