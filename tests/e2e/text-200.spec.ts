/**
 * Issue 18 / WCAG 1.4.4: with the browser's own text size at 200% (Chrome: 设置 → 外观 → 字号; the same default font
 * size Android's text scaling raises), every page type at 320 px keeps all its content, needs no horizontal scroll,
 * and no text is cut off or runs over other text or targets. Standard mode, as the issue asks; 长辈版 is bigger still.
 */
import { expect, type Page } from '@playwright/test';
import { openSettled, PAGE_TYPES } from './pages';
import { test } from './returning-visitor';

/** Chromium's default font size is 16 px; the browser's text size at 200% makes it 32 px. */
const DEFAULT_FONT_PX = 16;
const SCALE = 2;
/** Sub-pixel layout rounding. */
const ROUNDING_PX = 1;

/** The narrowest phones. */
const VIEWPORT = { width: 320, height: 740 };

/** The browser's text size setting, as Chrome's settings page sets it (DevTools protocol, not page CSS). */
async function setTextSize(page: Page, px: number): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round(px * 0.8125) } });
}

/** The text a reader can see in the page's main content, one line per block, in order. */
const visibleText = (page: Page) =>
	page.evaluate(() =>
		(document.querySelector('main')?.innerText ?? '')
			.split('\n')
			.map((l) => l.replace(/\s+/g, ' ').trim())
			.filter(Boolean)
	);

interface Problem {
	rule: string;
	element: string;
	detail: string;
}

/** Text that is cut off or runs out of its box, targets on top of each other or of text, and horizontal scroll. */
async function layoutProblems(page: Page): Promise<Problem[]> {
	return page.evaluate(
		({ rounding }) => {
			const out: Problem[] = [];
			const name = (el: Element): string => {
				const cls = typeof el.className === 'string' ? el.className.replace(/\s*svelte-[a-z0-9]+/g, '').trim() : '';
				const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 16);
				return `${el.tagName.toLowerCase()}${cls ? `.${cls.split(/\s+/).join('.')}` : ''}「${text}」`;
			};
			const shown = (el: Element): boolean => {
				const box = el.getBoundingClientRect();
				return (
					box.width > 0 &&
					box.height > 0 &&
					getComputedStyle(el).visibility !== 'hidden' &&
					!el.closest('.visually-hidden, [hidden], .skip') &&
					(typeof el.checkVisibility !== 'function' || el.checkVisibility({ checkVisibilityCSS: true }))
				);
			};
			const scroll = document.documentElement.scrollWidth - window.innerWidth;
			if (scroll > rounding)
				out.push({ rule: 'no horizontal scroll', element: 'html', detail: `${scroll}px too wide` });

			/** An inline box that wraps is several boxes; its bounding rectangle would cover the lines between them. */
			const fragments = (el: Element): DOMRect[] => [...el.getClientRects()];
			const textBoxes: { el: Element; boxes: DOMRect[] }[] = [];
			for (const el of document.body.querySelectorAll('*')) {
				const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
				if (!own || !shown(el)) continue;
				const s = getComputedStyle(el);
				const html = el as HTMLElement;
				// Text wider or taller than a box that clips it is cut off; wider than its box, it runs over its neighbours.
				const clips = s.overflowX !== 'visible' || s.overflowY !== 'visible';
				if (html.scrollWidth > html.clientWidth + rounding && s.display !== 'inline')
					out.push({
						rule: clips ? 'text cut off' : 'text runs out of its box',
						element: name(el),
						detail: `${html.scrollWidth}px in ${html.clientWidth}px`
					});
				else if (clips && html.scrollHeight > html.clientHeight + rounding && s.display !== 'inline')
					out.push({
						rule: 'text cut off',
						element: name(el),
						detail: `${html.scrollHeight}px high in ${html.clientHeight}px`
					});
				const box = el.getBoundingClientRect();
				if (box.right > window.innerWidth + rounding || box.left < -rounding)
					out.push({
						rule: 'text off screen',
						element: name(el),
						detail: `${Math.round(box.left)}–${Math.round(box.right)}px`
					});
				textBoxes.push({ el, boxes: fragments(el) });
			}
			const targets = [
				...document.body.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')
			].filter(shown);
			const boxes = targets.map(fragments);
			const overlap = (as: DOMRect[], bs: DOMRect[]) =>
				as.some((a) =>
					bs.some(
						(b) =>
							Math.min(a.right, b.right) - Math.max(a.left, b.left) > rounding &&
							Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > rounding
					)
				);
			targets.forEach((el, i) => {
				for (let j = i + 1; j < targets.length; j++) {
					const other = targets[j]!;
					if (el.contains(other) || other.contains(el)) continue;
					if (overlap(boxes[i]!, boxes[j]!))
						out.push({ rule: 'targets overlap', element: `${name(el)} / ${name(other)}`, detail: '' });
				}
				for (const t of textBoxes) {
					if (el.contains(t.el) || t.el.contains(el) || el.closest('label')?.contains(t.el)) continue;
					if (overlap(boxes[i]!, t.boxes))
						out.push({ rule: 'target over text', element: `${name(el)} / ${name(t.el)}`, detail: '' });
				}
			});
			return out;
		},
		{ rounding: ROUNDING_PX }
	);
}

for (const p of PAGE_TYPES) {
	test(`字放大到 200% 时${p.name}页的内容一样不少、不重叠、不用横着滚动`, async ({ returningPage: page }) => {
		// As on a citizen's next visit: the app already installed (tests/e2e/returning-visitor.ts).
		await page.setViewportSize(VIEWPORT);
		await openSettled(page, p);
		const before = await visibleText(page);
		const bodyBefore = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));

		await setTextSize(page, DEFAULT_FONT_PX * SCALE);
		await expect
			.poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)))
			.toBeCloseTo(bodyBefore * SCALE, 0);
		await page.evaluate(() => document.fonts.ready);

		// No loss of content: every line of text is still shown, in the same order.
		expect(await visibleText(page)).toEqual(before);
		const problems = (await layoutProblems(page)).map((f) => `${f.rule}: ${f.element} ${f.detail}`.trim());
		expect([...new Set(problems)].join('\n')).toBe('');
	});
}
