import { describe, expect, it } from 'vitest';
import { loadBenefits } from '../../../../scripts/extract/benefits';
import { normaliseForQuote } from '../../../../scripts/lib/sources';
import {
	ACCOUNT_PENSION_DIVISOR,
	contributionOptions,
	contributionSubsidy,
	deviceReimbursement,
	deviceReimbursements,
	deviceRows,
	hasCalculator,
	monthlyPension,
	roundYuan
} from './calc';
import type { Benefit, Profile } from './schema';

const all = loadBenefits();
const pension = all.find((b) => b.id === 'supplementary-pension') as Benefit;
const rehab = all.find((b) => b.id === 'disabled-children-rehab') as Benefit;
const row = (id: string) => rehab.catalogue.find((r) => r.id === id)!;

describe('补充养老保险计算', () => {
	it('the divisor 120 is the one the source prints (004:4735–4739)', () => {
		const quote = pension.amounts.find((a) => a.id === 'account-pension')!.source.quote;
		expect(normaliseForQuote(quote)).toContain(`除以${ACCOUNT_PENSION_DIVISOR}`);
	});

	it('五个缴费档次和政府补贴：200→70、500→120、1000→200、2000→360、5000→600', () => {
		expect(contributionOptions(pension).map((o) => [o.tier, o.subsidy, o.credited])).toEqual([
			[200, 70, 270],
			[500, 120, 620],
			[1000, 200, 1200],
			[2000, 360, 2360],
			[5000, 600, 5600]
		]);
		expect(contributionSubsidy(pension, 2000)).toMatchObject({ ok: true, option: { subsidy: 360 } });
		expect(contributionSubsidy(pension, 300)).toEqual({
			ok: false,
			error: '没有 300 元这个缴费档次；可选：200元、500元、1000元、2000元、5000元'
		});
	});

	const drawing = (age: number, balance: number, extra: Record<string, unknown> = {}): Profile =>
		({
			age,
			basicPension: '已领取待遇',
			supplementaryYearsPaid: 15,
			pensionAccountBalance: balance,
			householdStatus: [],
			hasSupportingChildren: true,
			...extra
		}) as Profile;

	it('账户12000元的70岁老人每月领 12000÷120 + 20 = 120元', () => {
		const m = monthlyPension(pension, drawing(70, 12000));
		expect(m.parts.map((p) => [p.id, p.value])).toEqual([
			['account-pension', 100],
			['exit-subsidy', 20]
		]);
		expect(m.total).toBe(120);
	});

	it('80岁加10元；无人赡养的低收入老人再加200元（低保、特困除外）', () => {
		expect(monthlyPension(pension, drawing(80, 12000)).total).toBe(130);
		expect(monthlyPension(pension, drawing(79, 12000)).total).toBe(120);
		expect(
			monthlyPension(pension, drawing(80, 12000, { householdStatus: ['低收入'], hasSupportingChildren: false })).total
		).toBe(330);
		expect(
			monthlyPension(pension, drawing(80, 12000, { householdStatus: ['低收入', '特困'], hasSupportingChildren: false }))
				.total
		).toBe(130);
	});

	it('rounds to the 分 and keeps open parts apart', () => {
		expect(roundYuan(1000 / 120)).toBe(8.33);
		const m = monthlyPension(
			pension,
			drawing(70, 1000, { householdStatus: ['低收入'], hasSupportingChildren: 'unknown' })
		);
		expect(m.total).toBe(28.33);
		expect(m.totalIfAllApply).toBe(228.33);
		expect(m.openPartIds).toEqual(['exit-subsidy-low-income']);
	});

	it('64岁没有个人账户养老金；66岁缴费14年也有（实施时已满50岁的不要求满15年）', () => {
		expect(monthlyPension(pension, drawing(64, 12000)).parts).toEqual([]);
		expect(monthlyPension(pension, drawing(66, 12000, { supplementaryYearsPaid: 14 })).parts.map((p) => p.id)).toEqual([
			'account-pension',
			'exit-subsidy'
		]);
	});
});

describe('辅助器具报销：价格和标准取低', () => {
	it('目录共12行：视力3、听力2、肢体7', () => {
		const groups = rehab.catalogue.map((r) => r.group);
		expect(groups.length).toBe(12);
		expect(groups.filter((g) => g === '视力残疾类').length).toBe(3);
		expect(groups.filter((g) => g === '听力残疾类').length).toBe(2);
		expect(groups.filter((g) => g === '肢体残疾类').length).toBe(7);
		expect(rehab.catalogue.map((r) => [r.name, r.value, r.cycleYears])).toEqual([
			['盲文写字板和笔', 100, 3],
			['儿童盲杖', 60, 3],
			['光学助视器', 150, 2],
			['助听器', null, 3],
			['助听器', null, 4],
			['儿童坐姿椅', 1500, 3],
			['儿童轮椅', 1500, 3],
			['儿童站立架', 1200, 3],
			['儿童助行器', 400, 3],
			['各类儿童手杖', 100, 2],
			['儿童矫形器', 1200, 1],
			['儿童座便椅', 300, 3]
		]);
	});

	it('轮椅2000元报1500元，800元报800元；助听器配发不报销', () => {
		expect(deviceReimbursement(row('wheelchair'), 2000)).toMatchObject({
			reimbursed: 1500,
			ownShare: 500,
			cycleYears: 3
		});
		expect(deviceReimbursement(row('wheelchair'), 800)).toMatchObject({ reimbursed: 800, ownShare: 0 });
		expect(deviceReimbursement(row('wheelchair'), 1500)).toMatchObject({ reimbursed: 1500 });
		expect(deviceReimbursement(row('hearing-aid-0-6'), 3000)).toMatchObject({ standard: null, reimbursed: 0 });
		expect(() => deviceReimbursement(row('walker'), -1)).toThrow(/价格/);
	});

	it('several purchases, in catalogue order; unknown items are an error', () => {
		expect(
			deviceReimbursements(rehab, { orthosis: 1500, 'white-cane': 50 }).map((r) => [r.rowId, r.reimbursed])
		).toEqual([
			['white-cane', 50],
			['orthosis', 1200]
		]);
		expect(() => deviceReimbursements(rehab, { jetpack: 1 })).toThrow(/目录中没有：jetpack/);
	});
	it('报销计算器只列出有救助标准的10种器具，配发的助听器不在里面', () => {
		expect(deviceRows(rehab).map((r) => r.id)).not.toContain('hearing-aid-0-6');
		expect(deviceRows(rehab).map((r) => r.name)).toEqual(
			rehab.catalogue.filter((r) => r.value !== null).map((r) => r.name)
		);
		expect(deviceRows(rehab).length).toBe(10);
	});
});

describe('补贴页面的算一算', () => {
	it('养老保险、辅助器具和违法行为清单有计算器；只写明金额的补贴没有', () => {
		const withCalc = all.filter(hasCalculator).map((b) => b.id);
		expect(withCalc).toEqual(expect.arrayContaining(['supplementary-pension', 'disabled-children-rehab']));
		for (const b of all.filter((x) => x.penaltyLists?.length)) expect(withCalc).toContain(b.id);
		const without = all.filter((b) => !hasCalculator(b));
		expect(without.length).toBeGreaterThan(0);
		for (const b of without) {
			expect(deviceRows(b)).toEqual([]);
			expect(contributionOptions(b)).toEqual([]);
		}
	});
});
