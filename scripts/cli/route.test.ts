import { describe, expect, it } from 'vitest';
import { routeLines } from './route';

describe('npm run -s cli -- route', () => {
	it.each([
		['着火了', '119', '火警'],
		['车祸了', '122', '道路交通事故报警'],
		['家里被偷了', '110', '匪警'],
		['有人晕倒了', '120', '医疗急救电话']
	])('「%s」先给 %s', (problem, number, name) => {
		const [first, ...rest] = routeLines(problem);
		expect(first).toEqual({ number, name, emergency: true, reason: expect.stringContaining(number) });
		for (const l of rest) expect(l.emergency).toBe(true);
	});

	it('gives the hotline, not an emergency number, for an everyday problem', () => {
		expect(routeLines('老板欠工资不给')).toEqual([
			{ number: '12333', name: expect.any(String), emergency: false, reason: expect.any(String) }
		]);
	});
});
