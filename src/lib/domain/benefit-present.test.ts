import { describe, expect, it } from 'vitest';
import { loadBenefits } from '../../../scripts/extract/benefits';
import {
	BLANK_STANDARD_TEXT,
	GROUPS,
	amountLine,
	amountRole,
	benefitHeadline,
	catalogueRowText,
	contactsOf,
	formatAmount,
	groupOf,
	personHeadlineText
} from './benefit-present';
import type { Hotline } from './schema';

const benefits = loadBenefits();
const benefit = (id: string) => benefits.find((b) => b.id === id)!;
const amount = (b: string, id: string) => benefit(b).amounts.find((a) => a.id === id)!;

describe('补贴的文字说法（页面、测一测、告知单、窗口卡、命令行共用）', () => {
	it('金额按文件原话：上限说“每年最多”，一次性说“一次性”，每月说“每月”', () => {
		expect(formatAmount(amount('disabled-children-rehab', 'training-full-time'))).toBe('每年最多15000元/人');
		expect(formatAmount(amount('disabled-children-rehab', 'screening'))).toBe('一次性最多400元/人');
		expect(formatAmount(amount('supplementary-pension', 'exit-subsidy'))).toBe('每月20元');
		// #90 prints no sum: never shown as free.
		const b90 = benefits.find((x) => x.serviceIds?.includes(90))!;
		for (const a of b90.amounts) expect(formatAmount(a)).toMatch(/未载明金额/);
	});
	it('生猪保险的保费是要交的钱、保额是出险赔付，都不算“可得”，也不做标题金额', () => {
		const pig = benefit('pig-farming-insurance');
		expect(amountRole(amount('pig-farming-insurance', 'sow-premium'))).toBe('pay');
		expect(amountRole(amount('pig-farming-insurance', 'sow-cover'))).toBe('insured');
		expect(formatAmount(amount('pig-farming-insurance', 'sow-premium'))).toBe('90元/头（要交的钱，不是发给您的钱）');
		expect(amountLine(amount('pig-farming-insurance', 'finisher-cover'))).toContain('保额：800元/头（出险时');
		const h = benefitHeadline(pig);
		expect(h.text).toContain('保额最高 1500元/头');
		expect(h.text).not.toMatch(/(^|[^保])90元/);
	});
	it('表格里空着的标准写“标准未载明”，不写“免费”', () => {
		const rehab = benefit('disabled-children-rehab');
		const hearingAid = rehab.catalogue.find((r) => r.id === 'hearing-aid-0-6')!;
		expect(catalogueRowText(hearingAid)).toBe(`${BLANK_STANDARD_TEXT}，每3年一次`);
		expect(catalogueRowText(rehab.catalogue.find((r) => r.id === 'wheelchair')!)).toBe('1500元，每3年一次');
	});
	it('个人的金额带算式：12000 ÷ 120 + 20 = 120 元/月', () => {
		expect(
			personHeadlineText({ value: 120, unit: '元', period: '每月', upTo: false, formula: '12000 ÷ 120 + 20 = 120' })
		).toBe('12000 ÷ 120 + 20 = 120 元/月');
		expect(personHeadlineText({ value: 15000, unit: '元/人', period: '每年', upTo: true })).toBe('最多15000元/人/年');
	});
	it('残疾儿童康复救助归在“残疾人和儿童”，标题金额为最高 15000元/人/年', () => {
		const rehab = benefit('disabled-children-rehab');
		expect(groupOf(rehab)).toBe('残疾人和儿童');
		expect(benefitHeadline(rehab)).toMatchObject({ text: '最高 15000元/人/年', label: '全日制康复训练', stated: true });
	});
	it('目录没写金额时说去哪里问（#90）', () => {
		const b = benefits.find((x) => x.serviceIds?.includes(90))!;
		expect(benefitHeadline(b)).toEqual({ text: '目录未载明金额，请向吕梁市民政局咨询', stated: false });
	});
	it('每项补贴都有分组', () => {
		for (const b of benefits) expect(GROUPS).toContain(groupOf(b));
	});
	it('咨询电话：目录热线按编号找，印在文件里的座机带区号，同一号码只列一次', () => {
		const b = { ...benefit('disabled-children-rehab') };
		b.apply = { ...b.apply, hotlineIds: ['12345', '0358-8236968', '0358-8236968'] };
		const hotlines = new Map<string, Hotline>();
		const list = contactsOf(b, { hotlines } as never);
		expect(list).toEqual([
			{ id: '12345', number: '12345', name: '12345服务热线' },
			{ id: '0358-8236968', number: '8236968', areaCode: '0358', name: '县（市、区）残联咨询电话' }
		]);
	});
});
