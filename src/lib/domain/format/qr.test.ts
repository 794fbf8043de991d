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
		expect(d.startsWith('M')).toBe(true);
	});
});
