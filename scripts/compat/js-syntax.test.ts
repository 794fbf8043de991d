import { describe, expect, it } from 'vitest';
import { syntaxFindings } from './js-syntax';

const what = (code: string) => syntaxFindings(code).map((f) => f.what);

describe('syntax Chrome 86 and iOS 14.5 cannot parse', () => {
	it('accepts what they do parse: ?., ??, ||=, class fields, private fields, async functions', () => {
		expect(
			what(
				'class A { x = 1; static y = 2; #z = 3; get z() { return this.#z; } }\nlet a = {}; a.b ||= a?.c ?? 1_000;\nasync function f() { await 1; for await (const x of []) {} }'
			)
		).toEqual([]);
	});
	it('rejects top-level await but not await inside a function', () => {
		expect(what('await Promise.resolve(1);')).toEqual(['top-level await']);
		expect(what('const f = async () => { await 1; };')).toEqual([]);
	});
	it('rejects class static blocks, private methods and #x in obj', () => {
		expect(what('class A { static { this.x = 1; } }')).toEqual(['class static block']);
		expect(what('class A { #m() {} }')).toEqual(['private method or accessor (#m)']);
		expect(what('class A { #x; static has(o) { return #x in o; } }')).toEqual(['#x in obj']);
	});
	it('rejects a spread call inside an optional chain (Chrome 86–90 run it wrongly), not ?. or spread alone', () => {
		const spread = 'spread arguments in an optional chain (Chrome 86–90)';
		expect(what('a?.b(...c);')).toEqual([spread]);
		expect(what('a?.(...c);')).toEqual([spread]);
		expect(what('a?.b.c(1, ...d);')).toEqual([spread]);
		expect(what('a?.b(c); f(...c); a?.b(() => f(...c));')).toEqual([]);
	});
	it('rejects RegExp lookbehind and the d flag, but not an escaped parenthesis', () => {
		expect(what('/(?<=a)b/')).toEqual(['RegExp lookbehind']);
		expect(what('/(?<!a)b/')).toEqual(['RegExp lookbehind']);
		expect(what('/a/d')).toEqual(['RegExp d flag']);
		expect(what('/\\(?<=/')).toEqual([]);
	});
	it('rejects syntax newer than ES2022 with the parser message and position', () => {
		const [f] = syntaxFindings('\nconst r = /[\\p{L}--a]/v;');
		expect(f?.line).toBe(2);
		expect(f?.what).toMatch(/^not ES2022/);
	});
});
