import { describe, expect, it } from 'vitest';
import { plainScope, whereScope } from './plain-scope.js';

describe('Svelte scope classes written without :where()', () => {
	it('turns each :where(.svelte-hash) into the plain class', () => {
		expect(plainScope('nav.svelte-12qhfyh a:where(.svelte-12qhfyh):hover{color:red}')).toBe(
			'nav.svelte-12qhfyh a.svelte-12qhfyh:hover{color:red}'
		);
		expect(plainScope('.a.svelte-x>li:where(.svelte-x) span:where(.svelte-x){}')).toBe(
			'.a.svelte-x>li.svelte-x span.svelte-x{}'
		);
	});
	it('leaves an author-written :where() alone', () => {
		expect(plainScope(':where(.card, .box) p{margin:0}')).toBe(':where(.card, .box) p{margin:0}');
	});
	it('whereScope gives back what Svelte wrote, so the comparison can rebuild the old CSS', () => {
		const svelte =
			'@media (width>=40em){.a.svelte-x>li:where(.svelte-x),nav.svelte-y a:where(.svelte-y):hover{gap:1px}}.b.svelte-x{}';
		expect(whereScope(plainScope(svelte))).toBe(svelte);
	});
});
