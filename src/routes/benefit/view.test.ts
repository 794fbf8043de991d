import { describe, expect, it } from 'vitest';
import { loadBenefits } from '../../../scripts/extract/benefits';
import { SUPPLEMENTARY_PENSION_ID } from '$lib/domain/eligibility/calc';
import { GROUPS, PENSION_BENEFIT_ID, amountText, groupOf, headlineOf } from './view';

const benefits = loadBenefits();

describe('benefit view helpers on the real data', () => {
	it('amountText reads real amounts as the source states them', () => {
		const amount = (benefit: string, id: string) => benefits.find((b) => b.id === benefit)!.amounts.find((a) => a.id === id)!;
		expect(amountText(amount('disabled-children-rehab', 'training-full-time'))).toMatch(/15000元/);
		// #90 prints no sum: never shown as free.
		const b90 = benefits.find((x) => x.serviceIds?.includes(90))!;
		for (const a of b90.amounts) expect(amountText(a)).toMatch(/未载明金额/);
	});
	it('knows the pension benefit by the calculator’s id', () => {
		expect(PENSION_BENEFIT_ID).toBe(SUPPLEMENTARY_PENSION_ID);
		expect(benefits.some((b) => b.id === PENSION_BENEFIT_ID)).toBe(true);
	});
	it('puts 残疾儿童康复救助 under 残疾人和儿童 with 最高 15000元/人/年', () => {
		const rehab = benefits.find((b) => b.id === 'disabled-children-rehab')!;
		expect(groupOf(rehab)).toBe('残疾人和儿童');
		expect(headlineOf(rehab)).toMatchObject({ text: '最高 15000元/人/年', label: '全日制康复训练', stated: true });
	});
	it('says where to ask when the catalogue states no sum (#90)', () => {
		const b = benefits.find((x) => x.serviceIds?.includes(90))!;
		expect(headlineOf(b)).toEqual({ text: '目录未载明金额，请向吕梁市民政局咨询', stated: false });
	});
	it('every benefit lands in a group', () => {
		for (const b of benefits) expect(GROUPS).toContain(groupOf(b));
	});
});
