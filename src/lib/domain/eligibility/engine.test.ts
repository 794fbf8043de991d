import { describe, expect, it } from 'vitest';
import { loadBenefits } from '../../../../scripts/extract/benefits';
import {
	describe as describeCondition,
	evaluate,
	evaluateOne,
	formatAmount,
	NO_CONDITIONS_ID,
	NO_CONDITIONS_TEXT,
	normaliseProfile,
	test as check,
	type Result
} from './engine';
import { PROFILE_FIELDS } from './fields';
import { Profile, type Benefit, type Condition } from './schema';

const all = loadBenefits();
const byId = (id: string): Benefit => {
	const b = all.find((x) => x.id === id);
	if (!b) throw new Error(`no benefit ${id}`);
	return b;
};
const rehab = byId('disabled-children-rehab');
const pension = byId('supplementary-pension');

/** A child who meets every general rule of 残疾儿童康复救助. */
const child = (age: number, cats: string[], extra: Record<string, unknown> = {}): Profile =>
	({
		age,
		hasDisability: true,
		disabilityCategories: cats,
		hukou: '吕梁户口',
		disabilityProof: '残疾人证',
		...extra
	}) as Profile;
const ids = (r: Result) => r.amounts.map((a) => a.amount.id);
const notFor = (r: Result) => r.notForYou.map((a) => a.amount.id);

describe('profile fields', () => {
	it('PROFILE_FIELDS lists exactly the Profile schema keys', () => {
		expect(PROFILE_FIELDS.map((f) => f.name).sort()).toEqual(Object.keys(Profile.shape).sort());
	});
});

describe('three-valued conditions', () => {
	it('an unanswered or 不确定 field is unknown; all/any/not follow three-valued logic', () => {
		const age: Condition = { field: 'age', op: 'between', min: 0, max: 8 };
		expect(check(age, {})).toBe('unknown');
		expect(check(age, { age: 'unknown' })).toBe('unknown');
		expect(check(age, { age: 8 })).toBe('yes');
		expect(check(age, { age: 9 })).toBe('no');
		const cat: Condition = { field: 'disabilityCategories', op: 'in', values: ['听力'] };
		expect(check({ all: [age, cat] }, { age: 9 })).toBe('no');
		expect(check({ all: [age, cat] }, { age: 5 })).toBe('unknown');
		expect(check({ any: [age, cat] }, { age: 9 })).toBe('unknown');
		expect(check({ any: [age, cat] }, { age: 9, disabilityCategories: ['听力', '言语'] })).toBe('yes');
		expect(check({ not: cat }, { disabilityCategories: [] })).toBe('yes');
		expect(check({ not: cat }, {})).toBe('unknown');
	});

	it('describes conditions in plain words', () => {
		expect(describeCondition({ field: 'age', op: 'between', min: 0, max: 8 })).toBe('年龄0—8岁');
		expect(describeCondition({ field: 'age', op: 'between', min: 65 })).toBe('年龄不低于65岁');
		expect(describeCondition({ field: 'hasSupportingChildren', op: 'eq', value: false })).toBe('没有能赡养的子女');
		expect(describeCondition({ not: { field: 'householdStatus', op: 'in', values: ['低保', '特困'] } })).toBe(
			'家庭情况不是低保、特困'
		);
	});

	it('naming a disability category implies having a disability; no disability implies no category', () => {
		expect(normaliseProfile({ disabilityCategories: ['肢体'] }).hasDisability).toBe(true);
		expect(normaliseProfile({ hasDisability: false })).toMatchObject({
			disabilityCategories: [],
			severeHearingLoss: false
		});
		expect(normaliseProfile({ disabilityCategories: ['视力'] }).severeHearingLoss).toBe(false);
	});
});

describe('残疾儿童康复救助 (003, 吕政发〔2019〕4号)', () => {
	it('5岁听力残疾的孩子：助听器适配1200元，康复训练最多15000元/年', () => {
		const r = evaluateOne(rehab, child(5, ['听力']));
		expect(r.verdict).toBe('符合');
		expect(ids(r)).toEqual(
			expect.arrayContaining([
				'hearing-aid-fitting-0-6',
				'training-full-time',
				'training-part-time',
				'training-community',
				'support-service',
				'screening'
			])
		);
		expect(notFor(r)).toContain('hearing-aid-fitting-7-14');
		expect(r.amounts.find((a) => a.amount.id === 'hearing-aid-fitting-0-6')?.amount.value).toBe(1200);
		expect(r.headline).toMatchObject({ value: 15000, period: '每年', upTo: true });
		// Implant help depends on severity, which was not answered.
		expect(r.amounts.find((a) => a.amount.id === 'cochlear-implant-self-paid')).toMatchObject({ applies: 'unknown' });
		expect(r.reasons.some((s) => s.includes('5个工作日'))).toBe(true);
		expect(r.reasons.some((s) => s.includes('县（市、区）残联'))).toBe(true);
	});

	it('11岁听力残疾的孩子：助听器适配400元，没有康复训练（只到8岁）', () => {
		const r = evaluateOne(rehab, child(11, ['听力']));
		expect(r.verdict).toBe('符合');
		expect(r.headline).toMatchObject({ value: 400 });
		expect(ids(r)).toContain('hearing-aid-fitting-7-14');
		expect(ids(r)).not.toContain('training-full-time');
		expect(r.reasons).toContain('不适用：全日制康复训练——年龄0—8岁（您填的是11岁）');
	});

	it('康复训练的年龄界限是8岁：8岁有，9岁没有', () => {
		for (const id of ['training-full-time', 'training-part-time', 'training-community', 'support-service']) {
			expect(ids(evaluateOne(rehab, child(8, ['智力'])))).toContain(id);
			expect(notFor(evaluateOne(rehab, child(9, ['听力'])))).toContain(id);
		}
		// A 9-year-old with 智力 disability has no item left: 不符合, saying why.
		const r = evaluateOne(rehab, child(9, ['智力']));
		expect(r.verdict).toBe('不符合');
		expect(r.reasons[0]).toMatch(/^没有适合您的项目：.*全日制康复训练要求年龄0—8岁（您填的是9岁）/);
	});

	it('人工耳蜗和肢体矫治手术到14岁：14岁有，15岁不符合', () => {
		const deaf14 = evaluateOne(rehab, child(14, ['听力'], { severeHearingLoss: true }));
		expect(ids(deaf14)).toEqual(expect.arrayContaining(['cochlear-implant', 'cochlear-implant-self-paid']));
		expect(deaf14.amounts.find((a) => a.amount.id === 'cochlear-implant-self-paid')?.amount.value).toBe(30000);
		const limb14 = evaluateOne(rehab, child(14, ['肢体']));
		expect(ids(limb14)).toEqual(['limb-surgery', 'limb-surgery-family-allowance']);
		expect(limb14.amounts.map((a) => a.amount.value)).toEqual([12000, 3000]);
		expect(limb14.headline).toMatchObject({ value: 12000 });
		// Of the 辅助器具 only the 矫形器 is for 0—14.
		expect(limb14.catalogue.map((c) => c.row.id)).toEqual(['orthosis']);
		for (const cats of [['听力'], ['肢体']]) {
			const r = evaluateOne(rehab, child(15, cats, { severeHearingLoss: true }));
			expect(r.verdict).toBe('不符合');
			expect(r.unmet.map((u) => u.id)).toEqual(['age']);
			expect(r.reasons[0]).toContain('您填的是15岁');
		}
	});

	it('助听器适配：6岁1200元，7岁400元', () => {
		expect(
			evaluateOne(rehab, child(6, ['听力']))
				.amounts.filter((a) => a.amount.id.startsWith('hearing-aid'))
				.map((a) => a.amount.value)
		).toEqual([1200]);
		expect(
			evaluateOne(rehab, child(7, ['听力']))
				.amounts.filter((a) => a.amount.id.startsWith('hearing-aid'))
				.map((a) => a.amount.value)
		).toEqual([400]);
		expect(evaluateOne(rehab, child(6, ['听力'])).catalogue.map((c) => [c.row.id, c.row.cycleYears])).toEqual([
			['hearing-aid-0-6', 3]
		]);
		expect(evaluateOne(rehab, child(7, ['听力'])).catalogue.map((c) => [c.row.id, c.row.cycleYears])).toEqual([
			['hearing-aid-7-14', 4]
		]);
	});

	it('社区个案康复训练和支持性康复服务不能同时享受；康复训练一年只能申请一次', () => {
		const r = evaluateOne(rehab, child(4, ['孤独症']));
		expect(r.exclusions.map((x) => x.id)).toEqual(['one-training-per-year', 'community-not-with-support']);
		const community = r.amounts.find((a) => a.amount.id === 'training-community');
		const support = r.amounts.find((a) => a.amount.id === 'support-service');
		expect(community?.exclusionIds).toEqual(['one-training-per-year', 'community-not-with-support']);
		expect(support?.exclusionIds).toEqual(['community-not-with-support']);
		expect(r.exclusions[1]?.source).toMatchObject({ file: '003', line: 257 });
		expect(r.reasons).toContain('注意：已接受社区（农村）个案康复训练的孩子，不再享受支持性康复服务。');
	});

	it('不确定的回答只会得到“可能符合”，不会是“符合”', () => {
		for (const p of [
			child(5, ['听力'], { age: 'unknown' }),
			child(5, ['听力'], { hukou: 'unknown' }),
			child(5, ['听力'], { disabilityProof: undefined }),
			{ age: 5, hasDisability: true }
		]) {
			const r = evaluateOne(rehab, p as Profile);
			expect(r.verdict).toBe('可能符合');
			expect(r.unknown.length).toBeGreaterThan(0);
		}
	});

	it('外地户口、没有残疾的不符合；没有证明的可能符合，先去定点医院诊断', () => {
		const other = evaluateOne(rehab, child(5, ['听力'], { hukou: '其他' }));
		expect(other.verdict).toBe('不符合');
		expect(other.unmet[0]).toMatchObject({ id: 'residence', source: { file: '003', line: 205 } });
		expect(other.unmet[0]?.detail).toContain('您填的是其他');
		expect(evaluateOne(rehab, { age: 5, hasDisability: false, hukou: '吕梁户口' }).verdict).toBe('不符合');
		const noProof = evaluateOne(rehab, child(5, ['听力'], { disabilityProof: '都没有' }));
		expect(noProof.verdict).toBe('可能符合');
		expect(noProof.steps[0]).toMatchObject({ ruleId: 'proof', source: { file: '003', line: 207 } });
		expect(noProof.steps[0]?.text).toContain('一次性最多400元/人');
		// From 7 the diagnosis is still the way to the proof, but the policy no longer pays for it (003:221).
		expect(evaluateOne(rehab, child(7, ['听力'], { disabilityProof: '都没有' })).steps[0]?.text).not.toContain('400');
	});

	it('低保家庭和孤儿优先救助', () => {
		const r = evaluateOne(rehab, child(5, ['言语'], { householdStatus: ['低保'], orphanOrInCare: true }));
		expect(r.priority.map((x) => x.id)).toEqual(['priority-household', 'priority-orphan']);
	});
});

describe('城乡居民补充养老保险 (004, 吕政办发〔2021〕21号)', () => {
	const elder = (age: number, extra: Record<string, unknown> = {}): Profile =>
		({
			age,
			basicPension: '已领取待遇',
			householdStatus: [],
			hasSupportingChildren: true,
			supplementaryYearsPaid: 15,
			...extra
		}) as Profile;

	it('65岁起按月领政府补贴20元，64岁还不能领', () => {
		expect(evaluateOne(pension, elder(65)).headline).toMatchObject({ value: 20, period: '每月', upTo: false });
		expect(notFor(evaluateOne(pension, elder(64)))).toContain('exit-subsidy');
	});

	it('80岁起每月再加10元，79岁没有', () => {
		expect(evaluateOne(pension, elder(80)).headline).toMatchObject({
			value: 30,
			amountIds: ['exit-subsidy', 'exit-subsidy-80']
		});
		expect(evaluateOne(pension, elder(79)).headline).toMatchObject({ value: 20 });
	});

	it('无人赡养的低收入老人每月再加200元，但与低保、特困不同时享受', () => {
		expect(
			evaluateOne(pension, elder(82, { householdStatus: ['低收入'], hasSupportingChildren: false })).headline?.value
		).toBe(230);
		expect(
			evaluateOne(pension, elder(82, { householdStatus: ['低收入', '低保'], hasSupportingChildren: false })).headline
				?.value
		).toBe(30);
		expect(
			evaluateOne(pension, elder(82, { householdStatus: ['低收入'], hasSupportingChildren: true })).headline?.value
		).toBe(30);
		const open = evaluateOne(pension, elder(70, { householdStatus: ['低收入'], hasSupportingChildren: 'unknown' }));
		expect(open.headline?.value).toBe(20);
		expect(open.amounts.find((a) => a.amount.id === 'exit-subsidy-low-income')?.applies).toBe('unknown');
	});

	it('今天65岁以上的人领个人账户养老金不看缴费年限（实施时已满50岁：补缴或逐年缴到65岁）', () => {
		expect(ids(evaluateOne(pension, elder(66)))).toContain('account-pension');
		expect(ids(evaluateOne(pension, elder(66, { supplementaryYearsPaid: 14 })))).toContain('account-pension');
		expect(notFor(evaluateOne(pension, elder(64)))).toContain('account-pension');
	});

	it('缴费档次的政府补贴：64岁缴1000元补200元；65岁以后不再按年缴费补贴', () => {
		const payer = { age: 64, basicPension: '参保缴费中', contributionTier: 1000 } as Profile;
		const r = evaluateOne(pension, payer);
		expect(r.verdict).toBe('符合');
		expect(r.headline).toMatchObject({ value: 200, period: '每年', amountIds: ['entry-subsidy-1000'] });
		expect(evaluateOne(pension, { ...payer, age: 65 }).amounts.some((a) => a.amount.tier !== undefined)).toBe(false);
	});

	it('没参加基本养老保险的不符合', () => {
		const r = evaluateOne(pension, { age: 70, basicPension: '未参加' });
		expect(r.verdict).toBe('不符合');
		expect(r.unmet[0]?.source).toMatchObject({ file: '004', line: 4587, lineEnd: 4591 });
	});
});

describe('evaluate', () => {
	it('orders by verdict, skips reference-only benefits, and is deterministic', () => {
		const p = child(5, ['听力']);
		const rs = evaluate(all, p);
		const rank = { 符合: 0, 可能符合: 1, 不符合: 2 };
		expect(rs.map((r) => rank[r.verdict])).toEqual([...rs.map((r) => rank[r.verdict])].sort());
		expect(rs.every((r) => r.benefit.conditions.length > 0 || r.benefit.amounts.length > 0)).toBe(true);
		expect(JSON.stringify(evaluate(all, p).map((r) => r.reasons))).toBe(JSON.stringify(rs.map((r) => r.reasons)));
	});

	it('does not change the profile it is given', () => {
		const p = { disabilityCategories: ['听力'] } as Profile;
		evaluate(all, p);
		expect(p).toEqual({ disabilityCategories: ['听力'] });
	});
});

describe('金额没写明 ≠ 免费', () => {
	const amountOf = (id: string, amountId: string) => {
		const a = byId(id).amounts.find((x) => x.id === amountId);
		if (!a) throw new Error(`${id}: no amount ${amountId}`);
		return a;
	};

	it('目录、文件没写金额的补贴显示「未载明金额」，不显示「免费提供」', () => {
		expect(formatAmount(amountOf('dibao-elderly-subsidy', 'amount'))).toBe('目录未载明金额');
		expect(formatAmount(amountOf('dibao-disabled-elderly-subsidy', 'amount'))).toBe('目录未载明金额');
		expect(formatAmount(amountOf('hardship-disability-living-subsidy', 'amount'))).toBe('目录未载明金额');
		expect(formatAmount(amountOf('severe-disability-care-subsidy', 'amount'))).toBe('目录未载明金额');
		expect(formatAmount(amountOf('agri-machinery-subsidies', 'purchase'))).toBe('目录未载明金额');
		expect(formatAmount(amountOf('agri-machinery-subsidies', 'deep-tillage'))).toBe('目录未载明金额');
		expect(formatAmount(amountOf('spring-grain-film-subsidy', 'land-fertility'))).toBe('文件未载明金额');
		expect(formatAmount(amountOf('pig-farming-insurance', 'loan-interest'))).toBe('文件未载明金额');
		expect(formatAmount(amountOf('poverty-labour-hiring-subsidy', 'social-insurance'))).toBe('文件未载明金额');
		expect(formatAmount(amountOf('poverty-labour-hiring-subsidy', 'company-plus-farmer'))).toBe('文件未载明金额');
	});

	it('原文写明免费的才显示「免费提供」：人工耳蜗、首套公章、免费送药、培训费由专项经费支付、免费食宿', () => {
		for (const [id, amountId] of [
			['disabled-children-rehab', 'cochlear-implant'],
			['business-relief-2022', 'free-seals'],
			['business-relief-2022', 'bridge-fund-fee'],
			['two-assurances-measures-2019', 'chronic-drugs'],
			['lvliangshan-caregiver-training', 'training-fee'],
			['lvliangshan-caregiver-training', 'transit-base']
		] as const) {
			expect(formatAmount(amountOf(id, amountId)), `${id} ${amountId}`).toBe('免费提供');
		}
	});

	it('every amount shown as free is free in its own quote; no other null amount is', () => {
		for (const b of all) {
			for (const a of b.amounts) {
				if (a.value !== null) continue;
				const text = formatAmount(a);
				if (a.free) expect(a.source.quote, `${b.id} ${a.id}`).toMatch(/免费|免收|经费中支付/);
				else expect(text, `${b.id} ${a.id}`).not.toContain('免费');
			}
		}
	});

	it('金额的说法：一次性、每月、上限说“最多”', () => {
		expect(formatAmount({ value: null, unit: '元', period: '一次性' })).toBe('文件未载明金额');
		expect(formatAmount({ value: null, unit: '元', period: '未规定', free: true })).toBe('免费提供');
		expect(formatAmount({ value: null, unit: '元', period: '每月' })).toBe('按规定计发（每月）');
		expect(formatAmount({ value: 400, unit: '元/人', period: '一次性' }, true)).toBe('一次性最多400元/人');
		expect(formatAmount({ value: 20, unit: '元', period: '每月', kind: 'fixed' })).toBe('每月20元');
	});

	it('低保家庭的老人查询：说明目录未载明金额，不重复', () => {
		const r = evaluateOne(byId('dibao-elderly-subsidy'), { age: 70, householdStatus: ['低保'] });
		expect(r.reasons).toContain('可得：低保家庭老年人补贴 目录未载明金额');
	});
});

describe('条件没有写明或无法判断的补贴，不会给出“符合”', () => {
	/** A parent answering every question for a young child. */
	const kid = (extra: Record<string, unknown> = {}): Profile =>
		({
			age: 5,
			hukou: '吕梁户口',
			county: 'shilou',
			hasSupportingChildren: false,
			basicPension: '未参加',
			businessType: '无',
			farmer: false,
			agriServiceProvider: false,
			...extra
		}) as Profile;
	/** Benefits a young child can hold: rehabilitation for children, and measures for the child's 建档立卡 household. */
	const FOR_CHILDREN = new Set(['disabled-children-rehab', 'two-assurances-measures-2019']);

	it('5岁的孩子，无论家庭情况如何，只有儿童和家庭的救助可能“符合”', () => {
		const variants: Record<string, unknown>[] = [
			{},
			{ hasDisability: false },
			{ hasDisability: true, disabilityCategories: ['听力'], disabilityProof: '残疾人证' },
			{ hasDisability: true, disabilityCategories: ['肢体'], disabilityProof: '诊断建议书', orphanOrInCare: true }
		];
		const households = [[], ['低保'], ['特困'], ['建档立卡'], ['低收入'], ['低保', '特困', '建档立卡', '低收入']];
		let checked = 0;
		for (const v of variants) {
			for (const h of households) {
				for (const r of evaluate(all, kid({ ...v, householdStatus: h }))) {
					if (r.verdict === '符合')
						expect(FOR_CHILDREN.has(r.benefitId), `${r.benefitId} for ${JSON.stringify({ ...v, h })}`).toBe(true);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(100);
	});

	it('家长查5岁听力残疾孩子（只填残疾情况）：康复救助符合（助听器适配1200元、训练15000元），其他都不是“符合”', () => {
		const rs = evaluate(all, {
			age: 5,
			hukou: '吕梁户口',
			hasDisability: true,
			disabilityCategories: ['听力'],
			disabilityProof: '残疾人证'
		});
		expect(rs.filter((r) => r.verdict === '符合').map((r) => r.benefitId)).toEqual(['disabled-children-rehab']);
		const rehabResult = rs[0]!;
		expect(rehabResult.headline).toMatchObject({ value: 15000 });
		expect(rehabResult.reasons.some((s) => s.includes('1200元'))).toBe(true);
		// The catalogue rows for 困难 / 重度 name a test no answer settles.
		for (const id of ['hardship-disability-living-subsidy', 'severe-disability-care-subsidy']) {
			const r = rs.find((x) => x.benefitId === id);
			expect(r?.verdict, id).toBe('可能符合');
			expect(
				r?.reasons.some((s) => s.startsWith('待确认：')),
				id
			).toBe(true);
		}
	});

	it('吕梁山护工培训：文件只写“有就业能力的群众”，成年人也只是可能符合，并说明要咨询', () => {
		const r = evaluateOne(byId('lvliangshan-caregiver-training'), { age: 35, householdStatus: ['低收入'] });
		expect(r.verdict).toBe('可能符合');
		expect(r.unknown.map((u) => u.id)).toEqual(['able-to-work']);
		expect(r.unknown[0]?.source).toMatchObject({ file: '001', line: 2629 });
		expect(r.reasons.some((s) => s.startsWith('待确认：有就业能力'))).toBe(true);
		expect(r.amounts.map((a) => a.amount.id)).toContain('employment-subsidy');
	});

	it('a benefit that states no condition at all is 可能符合 with 「文件没有写明申请条件」', () => {
		const bare: Benefit = { ...byId('lvliangshan-caregiver-training'), conditions: [], openConditions: [] };
		for (const p of [{}, { age: 5 }, { age: 40, businessType: '个体工商户' }] as Profile[]) {
			const r = evaluateOne(bare, p);
			expect(r.verdict).toBe('可能符合');
			expect(r.unknown.map((u) => [u.id, u.label])).toEqual([[NO_CONDITIONS_ID, NO_CONDITIONS_TEXT]]);
			expect(r.reasons).toContain(`待确认：${NO_CONDITIONS_TEXT}`);
		}
	});

	it('成年个体工商户：助企纾困措施符合；贫困劳动力用工补贴是给企业的，不符合', () => {
		const rs = evaluate(all, { age: 40, businessType: '个体工商户' });
		expect(rs.find((r) => r.benefitId === 'business-relief-2022')?.verdict).toBe('符合');
		expect(rs.find((r) => r.benefitId === 'poverty-labour-hiring-subsidy')?.verdict).toBe('不符合');
		const firm = evaluate(all, { age: 40, businessType: '小微企业' });
		expect(
			firm
				.filter((r) => r.verdict === '符合')
				.map((r) => r.benefitId)
				.sort()
		).toEqual(['business-relief-2022', 'poverty-labour-hiring-subsidy']);
	});

	it('石楼县农户：条件都满足的农业补贴符合；托管服务主体的奖补要先确认身份', () => {
		const rs = evaluate(all, { age: 45, farmer: true, county: 'shilou', agriServiceProvider: 'unknown' });
		const verdict = (id: string) => rs.find((r) => r.benefitId === id)?.verdict;
		for (const id of [
			'spring-grain-film-subsidy',
			'agri-machinery-subsidies',
			'agri-trusteeship-2019',
			'forest-understory-economy'
		]) {
			expect(verdict(id), id).toBe('符合');
		}
		expect(verdict('agri-trusteeship-2022')).toBe('可能符合');
		// Farming is not raising pigs: the pig insurance stays open until the office confirms it.
		const pigs = rs.find((r) => r.benefitId === 'pig-farming-insurance');
		expect(pigs?.verdict).toBe('可能符合');
		expect(pigs?.unknown.map((u) => u.label)).toContain('养殖生猪（能繁母猪或育肥猪）');
		const machinery = rs.find((r) => r.benefitId === 'agri-machinery-subsidies');
		expect(machinery?.reasons).toContain('可得：农机购置补贴 目录未载明金额');
	});
});

describe('result order', () => {
	it('家长只说了孩子5岁、听力残疾：康复救助排在最前（满足条件最多的“可能符合”在前）', () => {
		const results = evaluate(
			all,
			Profile.parse({ age: 5, hukou: '吕梁户口', hasDisability: true, disabilityCategories: ['听力'] })
		);
		expect(results[0]?.benefitId).toBe('disabled-children-rehab');
		const maybe = results.filter((r) => r.verdict === '可能符合');
		for (let i = 1; i < maybe.length; i++)
			expect(maybe[i - 1]!.met.length).toBeGreaterThanOrEqual(maybe[i]!.met.length);
	});
});

describe('保费不是可得的钱', () => {
	it('养猪户查生猪保险：保费写“需缴”，保额写“保额”，标题金额不是保费', () => {
		const r = evaluateOne(byId('pig-farming-insurance'), { farmer: true });
		expect(r.reasons.some((x) => x.startsWith('可得') && x.includes('保费'))).toBe(false);
		expect(r.reasons.find((x) => x.includes('能繁母猪保险保费'))).toMatch(
			/^需缴：能繁母猪保险保费 90元\/头（要交的钱，不是发给您的钱）/
		);
		expect(r.reasons.find((x) => x.includes('能繁母猪保险保额'))).toMatch(
			/^保险金额：.*1500元\/头（出险时最高赔付的金额，不是补贴）/
		);
		expect(r.headline).toBeNull();
	});
});
