/**
 * The question flow of the checker: ordered questions, one per profile field, each with plain Chinese
 * text and options that always include 不确定. A question is skipped when its `relevant` predicate says
 * it cannot matter (no disability → no category question) and, when benefits are given, when no benefit
 * that is still open for the person looks at its field.
 */
import { evaluateOne, fieldsOf, fieldsUsed, isPersonal, normaliseProfile, test } from './engine';
import {
	BASIC_PENSION_STATUSES,
	BUSINESS_TYPES,
	DISABILITY_CATEGORIES,
	DISABILITY_PROOFS,
	HOUSEHOLD_STATUSES,
	HUKOU_VALUES,
	MAX_AGE,
	UNKNOWN
} from './fields';
import type { Benefit, Profile, ProfileField } from './schema';

export type AnswerValue = string | number | boolean | string[];

export interface QuestionOption {
	label: string;
	/** The value stored in the profile; 'unknown' for 不确定. */
	value: AnswerValue;
}

export interface Question {
	id: ProfileField;
	text: string;
	help?: string;
	/** choice: pick one; multi: pick any (none = empty list); number: type a number or pick 不确定. */
	input: 'choice' | 'multi' | 'number';
	options: QuestionOption[];
	min?: number;
	max?: number;
	unit?: string;
	relevant(p: Profile): boolean;
}

const NOT_SURE: QuestionOption = { label: '不确定', value: UNKNOWN };
const YES_NO: QuestionOption[] = [{ label: '是', value: true }, { label: '否', value: false }, NOT_SURE];
const choices = (values: readonly string[]): QuestionOption[] => [
	...values.map((v) => ({ label: v, value: v })),
	NOT_SURE
];

const has = (p: Profile, field: 'disabilityCategories' | 'householdStatus', v: string) => {
	const x = p[field];
	return Array.isArray(x) && (x as string[]).includes(v);
};
const always = () => true;

/** In asking order. */
export const QUESTIONS: readonly Question[] = [
	{
		id: 'age',
		text: '需要办事的人多大了？（周岁）',
		help: '给孩子问就填孩子的年龄。',
		input: 'number',
		options: [NOT_SURE],
		min: 0,
		max: MAX_AGE,
		unit: '岁',
		relevant: always
	},
	{ id: 'hasDisability', text: '有残疾吗？', input: 'choice', options: YES_NO, relevant: always },
	{
		id: 'disabilityCategories',
		text: '是哪一类残疾？（可多选）',
		input: 'multi',
		options: [...choices(DISABILITY_CATEGORIES).slice(0, -1), { label: '都不是', value: [] }, NOT_SURE],
		relevant: (p) => p.hasDisability === true
	},
	{
		id: 'severeHearingLoss',
		text: '是重度听力残疾吗？',
		help: '人工耳蜗植入救助只面向重度听力残疾儿童。',
		input: 'choice',
		options: YES_NO,
		relevant: (p) => has(p, 'disabilityCategories', '听力')
	},
	{
		id: 'disabilityProof',
		text: '有哪种残疾证明？',
		help: '《残疾人证》，或儿童残疾筛查诊断定点医院出具的诊断建议书。',
		input: 'choice',
		options: choices(DISABILITY_PROOFS),
		relevant: (p) => p.hasDisability === true
	},
	{ id: 'hukou', text: '户口在哪里？', input: 'choice', options: choices(HUKOU_VALUES), relevant: always },
	{
		id: 'orphanOrInCare',
		text: '孩子是孤儿，或由儿童福利机构抚养吗？',
		input: 'choice',
		options: YES_NO,
		relevant: (p) => p.hasDisability === true
	},
	{
		id: 'deviceNeeds',
		text: '孩子需要哪些辅助器具？（可多选）',
		help: '只列出适合孩子年龄和残疾类别的器具；要经专业机构评估确实需要。',
		input: 'multi',
		// Filled from the benefits' device tables by nextQuestions; without rows that fit, not asked.
		options: [{ label: '都不需要', value: [] }, NOT_SURE],
		relevant: (p) => p.hasDisability === true
	},
	{
		id: 'householdStatus',
		text: '家里属于以下哪种情况？（可多选）',
		help: '低收入指经村（居）委会识别、有关部门认定的低收入人员。',
		input: 'multi',
		options: [...choices(HOUSEHOLD_STATUSES).slice(0, -1), { label: '都不是', value: [] }, NOT_SURE],
		relevant: always
	},
	{
		id: 'basicPension',
		text: '参加了城乡居民基本养老保险吗？',
		input: 'choice',
		options: choices(BASIC_PENSION_STATUSES),
		relevant: always
	},
	{
		id: 'hasSupportingChildren',
		text: '有能赡养您的子女吗？',
		help: '子女享受低保、特困，或有重大疾病、残疾、精神病、遭遇重大灾害的，算没有赡养能力。',
		input: 'choice',
		options: YES_NO,
		relevant: (p) => has(p, 'householdStatus', '低收入') || p.householdStatus === UNKNOWN
	},
	{
		id: 'contributionTier',
		text: '补充养老保险每年缴多少？',
		input: 'number',
		options: [NOT_SURE],
		min: 0,
		unit: '元',
		relevant: (p) => p.basicPension === '参保缴费中'
	},
	{
		id: 'supplementaryYearsPaid',
		text: '补充养老保险累计缴了几年（含补缴）？',
		input: 'number',
		options: [NOT_SURE],
		min: 0,
		unit: '年',
		relevant: (p) => p.basicPension === '已领取待遇'
	},
	{
		id: 'pensionAccountBalance',
		text: '补充养老保险个人账户里有多少钱？（用来算每月能领多少）',
		input: 'number',
		options: [NOT_SURE],
		min: 0,
		unit: '元',
		relevant: (p) => p.basicPension === '已领取待遇'
	},
	{
		id: 'businessType',
		text: '您在经营个体工商户或企业吗？',
		input: 'choice',
		options: choices(BUSINESS_TYPES),
		relevant: always
	},
	{
		id: 'farmer',
		text: '您从事农业生产或农业生产服务（种地、养殖、农机作业、托管服务）吗？',
		input: 'choice',
		options: YES_NO,
		relevant: always
	},
	{
		id: 'county',
		text: '住在哪个县（市、区）？',
		help: '有的补贴只在部分县（市、区）实行。',
		input: 'choice',
		// Filled from the data's county list by nextQuestions; without it the question is not asked.
		options: [NOT_SURE],
		relevant: always
	},
	{
		id: 'agriServiceProvider',
		text: '是提供农业生产托管服务的合作社、服务公司、农机户或村集体吗？',
		input: 'choice',
		options: YES_NO,
		relevant: (p) => p.farmer === true || p.businessType === '小微企业' || p.businessType === '其他企业'
	}
];

export { fieldsUsed };

/** 缴费档次 options read from the data: tiers of amounts whose condition looks at contributionTier. */
function tierQuestion(q: Question, benefits: readonly Benefit[]): Question {
	const tiers = new Set<number>();
	for (const b of benefits) {
		for (const a of b.amounts) {
			if (a.tier !== undefined && a.when && fieldsOf(a.when, new Set()).has('contributionTier')) tiers.add(a.tier);
		}
	}
	if (tiers.size === 0) return q;
	const options = [...tiers].sort((x, y) => x - y).map((t) => ({ label: `${t}元`, value: t }));
	return { ...q, input: 'choice', options: [...options, NOT_SURE] };
}

/**
 * The questions still to ask, in order: not yet answered (directly or by implication, see
 * normaliseProfile), relevant to the answers so far and, when benefits are given, looked at by a
 * benefit the person is not already ruled out of.
 */
/** A county as the question offers it: the stored value is the id, the label its name. */
export interface CountyOption {
	id: string;
	name: string;
}

function countyQuestion(q: Question, counties: readonly CountyOption[]): Question {
	return { ...q, options: [...counties.map((c) => ({ label: c.name, value: c.id })), NOT_SURE] };
}

/** Device rows (by name) whose other conditions the answers do not rule out. */
function deviceQuestion(q: Question, benefits: readonly Benefit[], p: Profile): Question | null {
	const names: string[] = [];
	for (const b of benefits) {
		for (const row of b.catalogue) {
			if (!row.when || !fieldsOf(row.when, new Set()).has('deviceNeeds') || names.includes(row.name)) continue;
			if (test(row.when, { ...p, deviceNeeds: [row.name] }) !== 'no') names.push(row.name);
		}
	}
	if (names.length === 0) return null;
	return { ...q, options: [...names.map((n) => ({ label: n, value: n })), ...q.options] };
}

export function nextQuestions(
	profile: Profile,
	benefits?: readonly Benefit[],
	counties: readonly CountyOption[] = []
): Question[] {
	const p = normaliseProfile(profile);
	let wanted: Set<string> | undefined;
	if (benefits) {
		wanted = new Set();
		for (const b of benefits) {
			if (!isPersonal(b) || evaluateOne(b, p).verdict === '不符合') continue;
			for (const f of fieldsUsed(b)) wanted.add(f);
		}
	}
	return QUESTIONS.filter(
		(q) =>
			p[q.id] === undefined &&
			q.relevant(p) &&
			(!wanted || wanted.has(q.id)) &&
			(q.id !== 'county' || counties.length > 0)
	).flatMap((q) => {
		if (q.id === 'contributionTier' && benefits) return [tierQuestion(q, benefits)];
		if (q.id === 'county') return [countyQuestion(q, counties)];
		if (q.id === 'deviceNeeds') {
			const d = benefits ? deviceQuestion(q, benefits, p) : null;
			return d ? [d] : [];
		}
		return [q];
	});
}
