import { describe, expect, it } from 'vitest';
import { parseProfile } from './profile';

describe('parseProfile', () => {
	it('accepts a valid profile, with 不确定 as a synonym of unknown', () => {
		expect(parseProfile({ age: 5, disabilityCategories: ['听力'], hukou: '不确定' })).toEqual({
			ok: true,
			profile: { age: 5, disabilityCategories: ['听力'], hukou: 'unknown' }
		});
		expect(parseProfile('{"age": 0}')).toEqual({ ok: true, profile: { age: 0 } });
		expect(parseProfile({})).toEqual({ ok: true, profile: {} });
	});

	it.each([
		[-1, '-1'],
		[300, '300'],
		[5.5, '5.5'],
		['五岁', '「五岁」']
	])('年龄 %s 被拒绝，并说明允许的范围', (age, shown) => {
		const r = parseProfile({ age });
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.errors).toEqual([`年龄（age）：应为0到120之间的整数（岁），或 "unknown"（不确定）；收到 ${shown}`]);
	});

	it('rejects unknown fields, wrong choices, and says what is allowed', () => {
		const r = parseProfile({ hukuo: '吕梁户口', disabilityCategories: ['精神'], hasDisability: 'yes' });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors[0]).toMatch(/^不认识的项目「hukuo」/);
		expect(r.errors.join('\n')).toContain(
			'残疾类别（disabilityCategories）：应为列表，每项是以下之一：视力、听力、言语、肢体、智力、孤独症'
		);
		expect(r.errors.join('\n')).toContain(
			'是否有残疾（hasDisability）：应为true（是）、false（否），或 "unknown"（不确定）；收到 「yes」'
		);
	});

	it('rejects text that is not JSON or not an object', () => {
		expect(parseProfile('{age: 5')).toMatchObject({ ok: false, errors: [expect.stringContaining('不是有效的 JSON')] });
		expect(parseProfile('[1]')).toMatchObject({ ok: false, errors: [expect.stringContaining('JSON 对象')] });
		expect(parseProfile(null)).toMatchObject({ ok: false });
	});

	it('rejects contradictory disability answers', () => {
		expect(parseProfile({ hasDisability: false, disabilityCategories: ['听力'] })).toMatchObject({
			ok: false,
			errors: [expect.stringContaining('前后矛盾')]
		});
	});
});
