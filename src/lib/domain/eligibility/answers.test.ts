import { describe, expect, it } from 'vitest';
import { PROFILE_FIELDS } from '$lib/domain/eligibility/fields';
import { decodeProfile, encodeProfile, parseField, parseNumber, prune } from './answers';

const AGE = PROFILE_FIELDS.find((f) => f.name === 'age')!;

describe('parseNumber', () => {
	it('accepts whole ages, full-width digits and spaces', () => {
		expect(parseNumber(AGE, ' 5 ')).toEqual({ ok: true, value: 5 });
		expect(parseNumber(AGE, '６５')).toEqual({ ok: true, value: 65 });
	});
	it('says what is wrong with -1, 300, 5.5, text and nothing', () => {
		const msg = (s: string) => {
			const r = parseNumber(AGE, s);
			return r.ok ? '' : r.message;
		};
		expect(msg('-1')).toContain('不能小于 0');
		expect(msg('300')).toContain('不能大于 120');
		expect(msg('5.5')).toContain('整数');
		expect(msg('五岁')).toContain('只能填数字');
		expect(msg('')).toContain('不确定');
	});
});

describe('fragment', () => {
	it('round-trips answers in the order given', () => {
		const p = {
			age: 5,
			hasDisability: true,
			disabilityCategories: ['听力' as const],
			hukou: '吕梁户口' as const,
			householdStatus: []
		};
		const order = ['age', 'hasDisability', 'disabilityCategories', 'hukou', 'householdStatus'];
		const text = encodeProfile(p, order);
		const back = decodeProfile(`#${text}`);
		expect(back.errors).toEqual([]);
		expect(back.profile).toEqual(p);
		expect(back.order).toEqual(order);
	});
	it('drops wrong entries with a message each', () => {
		const r = decodeProfile('#age=300&hukou=北京&nope=1&farmer=unknown');
		expect(r.profile).toEqual({ farmer: 'unknown' });
		expect(r.errors).toHaveLength(3);
		expect(r.errors.join('\n')).toContain('不能大于 120');
	});
	it('reads 是/否/不确定 as typed', () => {
		expect(parseField('farmer', '是')).toEqual({ ok: true, value: true });
		expect(parseField('farmer', '不确定')).toEqual({ ok: true, value: 'unknown' });
	});
});

describe('prune', () => {
	it('forgets the disability category once the answer is 没有残疾', () => {
		expect(prune({ age: 5, hasDisability: false, disabilityCategories: ['听力'], severeHearingLoss: true })).toEqual({
			age: 5,
			hasDisability: false
		});
	});
});
