import type { Page } from '@playwright/test';

/**
 * Reads the page until two readings `everyMs` apart agree and `complete` accepts the reading: pages fill in and swap in
 * their later parts for a moment after they are live. Fails after `tries` readings that kept changing.
 */
export async function steadyReading(
	page: Page,
	read: (page: Page) => Promise<string[]>,
	{ everyMs, tries, complete = () => true }: { everyMs: number; tries: number; complete?: (r: string[]) => boolean }
): Promise<string[]> {
	let last = await read(page);
	for (let i = 0; i < tries; i++) {
		await page.waitForTimeout(everyMs);
		const now = await read(page);
		if (now.join('\n') === last.join('\n') && complete(now)) return now;
		last = now;
	}
	throw new Error('the page kept changing');
}

/** A text box counts as too narrow below this many characters (CJK: 1 em each), or below its text if shorter. */
export const MIN_TEXT_CHARS = 6;
/** Canvas and layout measure symbols and fallback fonts slightly differently; a squeezed title is far narrower. */
const WIDTH_TOLERANCE = 0.9;

export interface NarrowBox {
	element: string;
	text: string;
	width: number;
	needed: number;
}

/**
 * Text boxes in `scope` narrower than 6 characters of their own font (or than their own text, if shorter): the
 * sign of a title squeezed into a column a few characters wide. Measured in the browser, named by tag and class.
 */
export async function narrowTextBoxes(page: Page, scope = 'main'): Promise<NarrowBox[]> {
	return page.evaluate(
		({ scope, chars, tolerance }) => {
			const ctx = document.createElement('canvas').getContext('2d');
			if (!ctx) throw new Error('no canvas');
			const out: NarrowBox[] = [];
			for (const root of document.querySelectorAll(scope)) {
				for (const el of root.querySelectorAll('*')) {
					const own = [...el.childNodes]
						.filter((n) => n.nodeType === Node.TEXT_NODE)
						.map((n) => n.textContent ?? '')
						.join('')
						.replace(/\s+/g, ' ')
						.trim();
					if (!own) continue;
					const s = getComputedStyle(el);
					const box = el.getBoundingClientRect();
					if (!box.width || s.visibility === 'hidden' || el.closest('.visually-hidden, [hidden]')) continue;
					// Not `s.font`: Chrome serialises it as '' when a sub-property such as font-variant-numeric is set, and the
					// canvas would keep the previous element's font.
					ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
					const fontPx = parseFloat(s.fontSize);
					const needed = Math.min(chars * fontPx, ctx.measureText(own).width);
					if (box.width < needed * tolerance) {
						const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
						const cls = typeof el.className === 'string' ? el.className.replace(/\s*svelte-[a-z0-9]+/g, '').trim() : '';
						out.push({
							element: `${el.tagName.toLowerCase()}${cls ? `.${cls.split(/\s+/).join('.')}` : ''}`,
							text: text.slice(0, 24),
							width: Math.round(box.width),
							needed: Math.round(needed)
						});
					}
				}
			}
			return out;
		},
		{ scope, chars: MIN_TEXT_CHARS, tolerance: WIDTH_TOLERANCE }
	);
}
