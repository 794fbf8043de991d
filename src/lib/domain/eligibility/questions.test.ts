import { describe, expect, it } from 'vitest';
import { loadBenefits } from '../../../../scripts/extract/benefits';
import { extractCounties } from '../../../../scripts/extract/counties';
import { countyLabels, evaluate } from './engine';
import { PROFILE_FIELDS, UNKNOWN } from './fields';
import { QUESTIONS, nextQuestions } from './questions';
import type { Profile } from './schema';

const benefits = loadBenefits();
const ask = (p: Profile, withData = true) => nextQuestions(p, withData ? benefits : undefined).map((q) => q.id);

describe('question flow', () => {
	it('every question has plain Chinese text, a 不确定 option and a profile field; ids are unique', () => {
		const fields = new Set(PROFILE_FIELDS.map((f) => f.name));
		for (const q of QUESTIONS) {
			expect(fields.has(q.id)).toBe(true);
			expect(q.text).toMatch(/[\u4e00-\u9fff]/);
			expect(q.options.some((o) => o.label === '不确定' && o.value === UNKNOWN)).toBe(true);
		}
		expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
		// Every profile field is asked somewhere.
		expect(PROFILE_FIELDS.filter((f) => !QUESTIONS.some((q) => q.id === f.name)).map((f) => f.name)).toEqual([]);
	});

	it('starts with age and asks nothing already answered', () => {
		expect(ask({})[0]).toBe('age');
		expect(ask({ age: 40 })).not.toContain('age');
	});

	it('没有残疾就不问残疾类别、证明和听力', () => {
		const qs = ask({ age: 5, hasDisability: false }, false);
		for (const id of ['disabilityCategories', 'disabilityProof', 'severeHearingLoss', 'orphanOrInCare'])
			expect(qs).not.toContain(id);
		expect(ask({ age: 5, hasDisability: true }, false)).toEqual(
			expect.arrayContaining(['disabilityCategories', 'disabilityProof'])
		);
	});

	it('只有听力残疾才问是不是重度', () => {
		expect(ask({ age: 5, disabilityCategories: ['肢体'] })).not.toContain('severeHearingLoss');
		expect(ask({ age: 5, disabilityCategories: ['听力'] })).toContain('severeHearingLoss');
		// Naming a category answers 「有残疾吗」.
		expect(ask({ age: 5, disabilityCategories: ['听力'] })).not.toContain('hasDisability');
	});

	it('不是经营者就不问农业托管服务主体；养老问题看基本养老保险的情况', () => {
		expect(ask({ businessType: '无', farmer: false }, false)).not.toContain('agriServiceProvider');
		expect(ask({ basicPension: '参保缴费中' }, false)).toContain('contributionTier');
		expect(ask({ basicPension: '参保缴费中' }, false)).not.toContain('pensionAccountBalance');
		expect(ask({ basicPension: '已领取待遇' }, false)).toEqual(
			expect.arrayContaining(['supplementaryYearsPaid', 'pensionAccountBalance'])
		);
		expect(ask({ householdStatus: [] }, false)).not.toContain('hasSupportingChildren');
		expect(ask({ householdStatus: ['低收入'] }, false)).toContain('hasSupportingChildren');
	});

	it('70岁的人不会被问孩子康复救助才需要的户口和残疾证明', () => {
		const qs = ask({ age: 70, hasDisability: true, disabilityCategories: ['肢体'] });
		expect(qs).not.toContain('disabilityProof');
		expect(qs).not.toContain('orphanOrInCare');
		expect(qs).toContain('basicPension');
	});

	it('缴费档次的选项来自数据', () => {
		const q = nextQuestions({ age: 40, basicPension: '参保缴费中' }, benefits).find((x) => x.id === 'contributionTier');
		expect(q?.input).toBe('choice');
		expect(q?.options.map((o) => o.label)).toEqual(['200元', '500元', '1000元', '2000元', '5000元', '不确定']);
	});
});

describe('county question', () => {
	const counties = extractCounties().map((c) => ({ id: c.id, name: c.name }));

	it('is asked of a farmer, with the 13 counties from the data, when a benefit depends on it (林下经济)', () => {
		const q = nextQuestions({ age: 45, farmer: true }, benefits, counties).find((x) => x.id === 'county');
		expect(q?.options.map((o) => o.label)).toEqual([...counties.map((c) => c.name), '不确定']);
	});

	it('is not asked without the county list, nor of someone no county rule concerns', () => {
		expect(nextQuestions({ age: 45, farmer: true }, benefits).map((x) => x.id)).not.toContain('county');
		expect(
			nextQuestions({ age: 5, farmer: false, businessType: '无' }, benefits, counties).map((x) => x.id)
		).not.toContain('county');
	});

	it('石楼的农民 gets 林下经济 as 符合, 离石 gets 不符合 with the county named, not its id', () => {
		const labels = countyLabels(counties);
		const forest = (county: string) =>
			evaluate(benefits, { age: 45, farmer: true, county, hukou: '吕梁户口' } as Profile, labels).find(
				(r) => r.benefitId === 'forest-understory-economy'
			)!;
		expect(forest('shilou').verdict).toBe('符合');
		const lishi = forest('lishi');
		expect(lishi.verdict).toBe('不符合');
		const text = JSON.stringify(lishi.unmet);
		expect(text).toContain('离石区');
		expect(text).not.toMatch(/lishi|shilou/);
	});
});
