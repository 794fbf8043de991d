/**
 * Svelte 5 scopes component styles as `.list.svelte-x a:where(.svelte-x)`. `:where()` arrived in Chrome 88 and
 * Safari 14, and an engine that cannot parse one selector drops the whole rule: on WeChat's Chrome-86-era engine the
 * header navigation and the result lists lose their layout (issue 19). This step writes the scope class plainly,
 * `.list.svelte-x a.svelte-x`, which every engine parses.
 *
 * Specificity: each scoped compound after the first gains one class, (0,1,0), as in Svelte 3 and 4. Svelte puts the
 * scope class on every element a component's selectors can match, so what each rule matches is unchanged; only the
 * order of two competing rules could change. README "Supported phones" says why that is safe here, and
 * tests/e2e/plain-scope.spec.ts compares every page's geometry with and without this step.
 *
 * Plain JS (checked by tsc through JSDoc) so that vite.config.ts imports it with its extension.
 */

const SCOPED_WHERE = /:where\((\.svelte-[a-z0-9]+)\)/g;
const SVELTE_STYLE = /[?&]svelte&type=style/;

/**
 * `a:where(.svelte-x)` → `a.svelte-x`; everything else is left as written.
 * @param {string} css
 * @returns {string}
 */
export function plainScope(css) {
	return css.replace(SCOPED_WHERE, '$1');
}

/**
 * The inverse, as Svelte writes it: in each selector the first scope class stays, later ones become `:where()`.
 * Only for the geometry comparison, which rebuilds the "before" CSS from the shipped one.
 * @param {string} css
 * @returns {string}
 */
export function whereScope(css) {
	return css.replace(/([^{}]+)\{/g, (_m, /** @type {string} */ selectors) => {
		if (selectors.trim().startsWith('@')) return `${selectors}{`;
		const list = selectors.split(',').map((selector) => {
			let first = true;
			return selector.replace(/\.svelte-[a-z0-9]+/g, (cls) => {
				if (first) {
					first = false;
					return cls;
				}
				return `:where(${cls})`;
			});
		});
		return `${list.join(',')}{`;
	});
}

/**
 * Applied to every Svelte component's style module, before Vite bundles it, so that whatever CSS ships (files or
 * inlined into pages) has no `:where()`. Set LVLIANG_KEEP_WHERE=1 to build without it (the geometry comparison).
 * @returns {import('vite').Plugin}
 */
export function plainScopePlugin() {
	return {
		name: 'lvliang:plain-scope',
		enforce: 'pre',
		transform(code, id) {
			if (process.env.LVLIANG_KEEP_WHERE === '1' || !SVELTE_STYLE.test(id)) return null;
			const out = plainScope(code);
			return out === code ? null : { code: out, map: null };
		}
	};
}
