/**
 * Issue 19: the build writes Svelte's scope classes plainly (`a.svelte-x`) instead of `a:where(.svelte-x)`, which
 * Chrome 86 cannot parse. That raises the specificity of scoped selectors; this test shows that nothing visible
 * changes in current Chromium. Each page type is opened at 360 px in both modes and measured as shipped, then its
 * stylesheets are replaced, in place and in order, by the CSS as Svelte wrote it (rebuilt from the shipped CSS by
 * the exact inverse, whereScope) and it is measured again: position, size, colours and type of every visible
 * element must be equal.
 */
import { expect, type Page } from '@playwright/test';
import { whereScope } from '../../scripts/compat/plain-scope.js';
import { ELDER_KEY } from '#lib/state/html-flags';
import { steadyReading } from './measure';
import { ELDER_HTML, openSettled, PAGE_TYPES } from './pages';
import { test } from './returning-visitor';

async function geometry(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		const r = (n: number) => Math.round(n * 10) / 10;
		document.body.querySelectorAll('*').forEach((el, i) => {
			const box = el.getBoundingClientRect();
			const s = getComputedStyle(el);
			if (!box.width && !box.height) return;
			if (s.visibility === 'hidden' || s.display === 'none') return;
			const cls = typeof el.className === 'string' ? el.className.replace(/\s*svelte-[a-z0-9]+/g, '').trim() : '';
			out.push(
				`${i} ${el.tagName.toLowerCase()}${cls ? `.${cls.replace(/\s+/g, '.')}` : ''} ${r(box.x)},${r(box.y)} ${r(box.width)}×${r(box.height)} ` +
					`${s.color} ${s.backgroundColor} ${s.fontSize}/${s.lineHeight} ${s.fontWeight} ${s.borderTopWidth} ${s.borderTopColor} ${s.textDecorationLine} ${s.outlineStyle}`
			);
		});
		return out;
	});
}

/** Pages still fill in from the data for a moment after the status says it is saved: measure once two agree. */
const SETTLE_MS = 500;
const SETTLE_TRIES = 20;

const settledGeometry = (page: Page) => steadyReading(page, geometry, { everyMs: SETTLE_MS, tries: SETTLE_TRIES });

/**
 * Puts the CSS as Svelte wrote it in place of each stylesheet, in the same order, and returns how many `:where()`
 * scopes that brought back (so the comparison is never of a page with itself).
 */
async function restoreSvelteCss(page: Page): Promise<number> {
	const sheets = await page.evaluate(async () => {
		const nodes = [...document.querySelectorAll('link[rel="stylesheet"], style')];
		return Promise.all(
			nodes.map(async (n) => (n instanceof HTMLLinkElement ? (await fetch(n.href)).text() : (n.textContent ?? '')))
		);
	});
	const before = sheets.map(whereScope);
	await page.evaluate(async (texts) => {
		const nodes = [...document.querySelectorAll('link[rel="stylesheet"], style')];
		nodes.forEach((n, i) => {
			const style = document.createElement('style');
			style.textContent = texts[i] ?? '';
			n.replaceWith(style);
		});
		await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
	}, before);
	return before.join('').split(':where(').length - 1;
}

for (const p of PAGE_TYPES) {
	test(`改写作用域样式后页面样子不变：${p.name}`, async ({ returningPage: page }) => {
		const differences: string[] = [];
		// As on a citizen's next visit (the app already installed, tests/e2e/returning-visitor.ts), the page loaded afresh
		// for each mode.
		await page.setViewportSize({ width: 360, height: 740 });
		for (const elder of [false, true]) {
			// Read by app.html before the first paint, as when the citizen chose 长辈版 on an earlier visit.
			if (elder) await page.evaluate((key) => localStorage.setItem(key, '1'), ELDER_KEY);
			await openSettled(page, p);
			if (elder) await expect(page.locator('html')).toHaveClass(ELDER_HTML);
			else await expect(page.locator('html')).not.toHaveClass(ELDER_HTML);
			const shipped = await settledGeometry(page);
			expect(await restoreSvelteCss(page)).toBeGreaterThan(0);
			// The page was settled before the swap and only its CSS changed; the swap waits for the frame that lays it out.
			const before = await geometry(page);
			const mode = elder ? '长辈版' : '标准版';
			if (shipped.length !== before.length)
				differences.push(`${mode}: ${shipped.length} visible elements, ${before.length} before`);
			shipped.forEach((b, i) => {
				if (b !== before[i]) differences.push(`${mode}: now    ${b}\n${mode}: before ${before[i]}`);
			});
		}
		expect(differences.slice(0, 8).join('\n')).toBe('');
	});
}
