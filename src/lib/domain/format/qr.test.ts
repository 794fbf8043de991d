import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from './qr';

describe('qrPath', () => {
	it('merges runs of dark modules in a row', () => {
		expect(qrPath([[true, true, false, true]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
	});
	it('draws a real code for a page URL', () => {
		const qr = encode('http://127.0.0.1:4173/service/35', { border: 2 });
		const d = qrPath(qr.data);
		expect(qr.size).toBeGreaterThan(20);
		// Drawing the path back onto a grid gives exactly the code's dark modules: nothing lost, nothing extra.
		const drawn = qr.data.map((row) => row.map(() => false));
		for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
			const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
			for (let i = x; i < x + w; i++) {
				expect(drawn[y]![i], `module ${i},${y} drawn twice`).toBe(false);
				drawn[y]![i] = true;
			}
		}
		expect(drawn).toEqual(qr.data);
	});
});
