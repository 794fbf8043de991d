/**
 * Issue 18: the 适老化 rules (MIIT 2021 《互联网网站适老化通用设计规范》, GB/T 37668-2019) on every page type, measured in
 * the browser from computed styles and boxes, each failure naming its element. 长辈版 at 320 and 360 px:
 * body ≥ 20 px, no text < 18 px, line height ≥ 1.3, targets ≥ 48 × 48 with ≥ 8 px between neighbours, contrast ≥ 7:1,
 * no horizontal scroll, no text box narrower than 6 characters. Standard mode: contrast ≥ 4.5:1, no horizontal scroll.
 */
import { expect, type Page } from '@playwright/test';
import { narrowTextBoxes } from './measure';
import { ELDER_KEY } from '#lib/state/html-flags';
import { ELDER_HTML, openSettled, PAGE_TYPES } from './pages';
import { test } from './returning-visitor';

const RULES = { bodyPx: 20, minTextPx: 18, lineHeight: 1.3, tapPx: 48, gapPx: 8, elderContrast: 7, contrast: 4.5 };
/** Sub-pixel layout rounding. */
const ROUNDING_PX = 0.5;
/** The widths each mode is checked at: the narrowest phones, and the most common. */
const WIDTHS = [320, 360] as const;
const HEIGHT_PX = 740;

/** Resizes the viewport and waits for the frame laid out at the new width. */
async function resizeTo(page: Page, width: number): Promise<void> {
	await page.setViewportSize({ width, height: HEIGHT_PX });
	await page.waitForFunction((w) => window.innerWidth === w, width);
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** A block with at least this many letters outside its links is running text (a sentence, not a list of links). */
const MIN_WORD_CHARS = 2;

interface Failure {
	rule: string;
	element: string;
	detail: string;
}

/** Every rule of RULES that the page breaks, measured in the page. */
async function audit(page: Page, elder: boolean): Promise<{ failures: Failure[]; inline: string[] }> {
	return page.evaluate(
		({ rules, elder, rounding, wordChars }) => {
			const out: Failure[] = [];
			const inline: string[] = [];
			const tag = (el: Element): string => {
				const cls = typeof el.className === 'string' ? el.className.replace(/\s*svelte-[a-z0-9]+/g, '').trim() : '';
				return `${el.tagName.toLowerCase()}${cls ? `.${cls.split(/\s+/).join('.')}` : ''}`;
			};
			/** The element with its parent, so that a failure can be found in the page and in the source. */
			const name = (el: Element): string => {
				const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 16);
				return `${el.parentElement ? `${tag(el.parentElement)} > ` : ''}${tag(el)}「${text}」`;
			};
			const shown = (el: Element): boolean => {
				const box = el.getBoundingClientRect();
				const s = getComputedStyle(el);
				return (
					box.width > 0 &&
					box.height > 0 &&
					s.visibility !== 'hidden' &&
					!el.closest('.visually-hidden, [hidden]') &&
					// The contents of a closed <details> keep stale boxes in Chromium; they are not on screen.
					(typeof el.checkVisibility !== 'function' || el.checkVisibility({ checkVisibilityCSS: true }))
				);
			};
			const TARGETS = 'a[href], button, input:not([type=hidden]), select, textarea, summary';
			const blockOf = (el: Element): Element | null => {
				let e = el.parentElement;
				while (e && getComputedStyle(e).display === 'inline') e = e.parentElement;
				return e;
			};
			/**
			 * A link that is still an inline box within a line of text (its block has words outside any target): WCAG
			 * 2.5.8's inline exception, reported but not held to 48 × 48 (README 「适老化」).
			 */
			const inRunningText = (el: Element): boolean => {
				if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
				const block = blockOf(el);
				if (!block) return false;
				let words = '';
				const walk = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
				for (let n = walk.nextNode(); n; n = walk.nextNode())
					if (!n.parentElement?.closest(TARGETS)) words += n.textContent ?? '';
				return words.replace(/[\s\p{P}\p{S}]/gu, '').length >= wordChars;
			};
			/** A checkbox or radio button inside its label: the whole label is what one taps. */
			const tapArea = (el: Element): Element => (el.tagName === 'INPUT' && el.closest('label')) || el;
			const parse = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
			const lum = ([r, g, b]: number[]): number => {
				const ch = (v: number) => {
					const s = v / 255;
					return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
				};
				return 0.2126 * ch(r ?? 0) + 0.7152 * ch(g ?? 0) + 0.0722 * ch(b ?? 0);
			};
			const background = (el: Element): number[] => {
				for (let e: Element | null = el; e; e = e.parentElement) {
					const c = parse(getComputedStyle(e).backgroundColor);
					if (c.length >= 3 && (c.length < 4 || (c[3] ?? 1) > 0.5)) return c.slice(0, 3);
				}
				return [255, 255, 255];
			};

			if (elder) {
				const body = parseFloat(getComputedStyle(document.body).fontSize);
				if (body + rounding < rules.bodyPx) out.push({ rule: 'body ≥ 20 px', element: 'body', detail: `${body}px` });
			}
			for (const el of document.body.querySelectorAll('*')) {
				const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
				if (!own || !shown(el)) continue;
				const s = getComputedStyle(el);
				const size = parseFloat(s.fontSize);
				const contrastMin = elder ? rules.elderContrast : rules.contrast;
				const ratio = (() => {
					const a = lum(parse(s.color));
					const b = lum(background(el));
					return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
				})();
				if (ratio + 0.005 < contrastMin)
					out.push({
						rule: `contrast ≥ ${contrastMin}:1`,
						element: name(el),
						detail: `${ratio.toFixed(2)}:1 (${s.color})`
					});
				// Size and spacing rules are for words; a symbol such as ✓ or ☎ beside a word is an icon.
				if (!elder || !/[\p{L}\p{N}]/u.test(el.textContent ?? '')) continue;
				if (size + rounding < rules.minTextPx)
					out.push({ rule: 'text ≥ 18 px', element: name(el), detail: `${size}px` });
				const lh = s.lineHeight === 'normal' ? 1.2 : parseFloat(s.lineHeight) / size;
				if (lh + 0.005 < rules.lineHeight)
					out.push({ rule: 'line height ≥ 1.3', element: name(el), detail: lh.toFixed(2) });
			}
			if (elder) {
				const all = [...document.body.querySelectorAll(TARGETS)].filter(shown);
				for (const el of all.filter(inRunningText)) inline.push(name(el));
				const targets = [...new Set(all.filter((el) => !inRunningText(el)).map(tapArea))];
				const boxes = targets.map((el) => el.getBoundingClientRect());
				targets.forEach((el, i) => {
					const b = boxes[i]!;
					if (b.width + rounding < rules.tapPx || b.height + rounding < rules.tapPx)
						out.push({
							rule: 'target ≥ 48 × 48',
							element: name(el),
							detail: `${Math.round(b.width)}×${Math.round(b.height)}`
						});
					for (let j = i + 1; j < targets.length; j++) {
						const o = boxes[j]!;
						if (el.contains(targets[j]!) || targets[j]!.contains(el)) continue;
						const dx = Math.max(o.left - b.right, b.left - o.right);
						const dy = Math.max(o.top - b.bottom, b.top - o.bottom);
						const gap = Math.max(dx, dy);
						if (gap + rounding < rules.gapPx)
							out.push({
								rule: '≥ 8 px between targets',
								element: `${name(el)} / ${name(targets[j]!)}`,
								detail: `${Math.round(gap)}px`
							});
					}
				});
			}
			// No pop-ups: nothing is laid over the page (fixed or sticky), and no dialog is open.
			for (const el of document.body.querySelectorAll('*')) {
				const position = getComputedStyle(el).position;
				const dialog = el.matches('dialog[open], [role=dialog], [role=alertdialog]');
				if ((position === 'fixed' || position === 'sticky' || dialog) && shown(el))
					out.push({ rule: 'no pop-ups or overlays', element: name(el), detail: dialog ? 'dialog' : position });
			}
			const scroll = document.documentElement.scrollWidth - window.innerWidth;
			if (scroll > 0) out.push({ rule: 'no horizontal scroll', element: 'html', detail: `${scroll}px too wide` });
			return { failures: out, inline };
		},
		{ rules: RULES, elder, rounding: ROUNDING_PX, wordChars: MIN_WORD_CHARS }
	);
}

for (const p of PAGE_TYPES) {
	test(`${p.name}：长辈版和标准版都符合适老化要求`, async ({ returningPage: page }) => {
		const failures: string[] = [];
		const inline = new Set<string>();
		// As on a citizen's next visit (the app already installed, tests/e2e/returning-visitor.ts), the page loaded afresh
		// for each mode, at the narrowest width and then widened, as a phone turned or a larger screen.
		for (const elder of [false, true]) {
			// Read by app.html before the first paint, as when the citizen chose 长辈版 on an earlier visit.
			if (elder) await page.evaluate((key) => localStorage.setItem(key, '1'), ELDER_KEY);
			await page.setViewportSize({ width: WIDTHS[0], height: HEIGHT_PX });
			await openSettled(page, p);
			if (elder) await expect(page.locator('html')).toHaveClass(ELDER_HTML);
			else await expect(page.locator('html')).not.toHaveClass(ELDER_HTML);
			for (const width of WIDTHS) {
				if (width !== WIDTHS[0]) await resizeTo(page, width);
				const mode = `${elder ? '长辈版' : '标准版'} ${width}px`;
				const result = await audit(page, elder);
				for (const f of result.failures) failures.push(`${mode} ${f.rule}: ${f.element} ${f.detail}`);
				for (const n of result.inline) inline.add(n);
				if (elder)
					for (const n of await narrowTextBoxes(page, 'body'))
						failures.push(`${mode} text box ≥ 6 characters: ${n.element}「${n.text}」 ${n.width}px < ${n.needed}px`);
			}
		}
		if (inline.size)
			test
				.info()
				.annotations.push({ type: '句子里的链接（WCAG 2.5.8 行内例外）', description: [...inline].join('；') });
		expect([...new Set(failures)].join('\n')).toBe('');
	});
}
