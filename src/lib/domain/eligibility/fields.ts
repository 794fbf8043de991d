/**
 * Profile field names, allowed values and labels, without zod: the client (questions, engine, UI) imports
 * these at run time, and zod must stay out of the browser bundle. The zod Profile schema is in ./schema.ts.
 */
import type { ProfileField } from './schema';

/** The answer 不确定. Every Profile field accepts it; an unknown answer can never yield 符合. */
export const UNKNOWN = 'unknown';

/** The six categories exactly as 吕政发〔2019〕4号 第四条 prints them (003:203). */
export const DISABILITY_CATEGORIES = ['视力', '听力', '言语', '肢体', '智力', '孤独症'] as const;
/** 户口 answers, worded as the city's rules word them (data/city.json). */
export { HUKOU_VALUES } from '../city';
import { HUKOU_VALUES } from '../city';
/** Proof of disability named in 003:207. */
export const DISABILITY_PROOFS = ['残疾人证', '诊断建议书', '都没有'] as const;
/**
 * Household statuses that rules name: 低保 and 特困 (003:213, 004:4751), 建档立卡贫困户 (003:213),
 * 低收入 = recognised 低收入老年居民 or 低收入 household (004:4747, 004:4798). Several may hold at once.
 */
export const HOUSEHOLD_STATUSES = ['低保', '特困', '建档立卡', '低收入'] as const;
/** 城乡居民基本养老保险 status (004:4587, 004:4691). */
export const BASIC_PENSION_STATUSES = ['未参加', '参保缴费中', '已领取待遇'] as const;
export const BUSINESS_TYPES = ['个体工商户', '小微企业', '其他企业', '无'] as const;

/** Upper bounds that reject typing errors, not real limits of any rule. */
export const MAX_AGE = 120;
export const MAX_YEARS_PAID = 80;
export const MAX_AMOUNT_YUAN = 100_000_000;
export const MAX_NAME_LENGTH = 40;
export const MAX_DEVICE_NEEDS = 30;

export type ProfileFieldKind = 'integer' | 'number' | 'boolean' | 'choice' | 'multi' | 'id';

export interface ProfileFieldInfo {
	name: ProfileField;
	/** Plain Chinese name for explanations and the README. */
	label: string;
	kind: ProfileFieldKind;
	/** Allowed values for choice and multi fields. */
	values?: readonly string[];
	min?: number;
	max?: number;
	/** Unit shown after numbers (岁, 年, 元). */
	unit?: string;
}

/** The profile fields in question order, for the README, the UI and the engine's explanations. */
export const PROFILE_FIELDS: readonly ProfileFieldInfo[] = [
	{ name: 'age', label: '年龄', kind: 'integer', min: 0, max: MAX_AGE, unit: '岁' },
	{ name: 'county', label: '所在县（市、区）', kind: 'id' },
	{ name: 'hukou', label: '户口', kind: 'choice', values: HUKOU_VALUES },
	{ name: 'hasDisability', label: '是否有残疾', kind: 'boolean' },
	{ name: 'disabilityCategories', label: '残疾类别', kind: 'multi', values: DISABILITY_CATEGORIES },
	{ name: 'disabilityProof', label: '残疾证明', kind: 'choice', values: DISABILITY_PROOFS },
	{ name: 'severeHearingLoss', label: '是否重度听力残疾', kind: 'boolean' },
	{ name: 'orphanOrInCare', label: '是否孤儿或由儿童福利机构抚养', kind: 'boolean' },
	{ name: 'householdStatus', label: '家庭情况', kind: 'multi', values: HOUSEHOLD_STATUSES },
	{ name: 'hasSupportingChildren', label: '是否有能赡养的子女', kind: 'boolean' },
	{ name: 'basicPension', label: '城乡居民基本养老保险', kind: 'choice', values: BASIC_PENSION_STATUSES },
	{
		name: 'supplementaryYearsPaid',
		label: '补充养老保险累计缴费年限',
		kind: 'integer',
		min: 0,
		max: MAX_YEARS_PAID,
		unit: '年'
	},
	{
		name: 'contributionTier',
		label: '补充养老保险缴费档次',
		kind: 'integer',
		min: 0,
		max: MAX_AMOUNT_YUAN,
		unit: '元'
	},
	{
		name: 'pensionAccountBalance',
		label: '补充养老保险个人账户储存额',
		kind: 'number',
		min: 0,
		max: MAX_AMOUNT_YUAN,
		unit: '元'
	},
	{ name: 'businessType', label: '经营主体', kind: 'choice', values: BUSINESS_TYPES },
	{ name: 'farmer', label: '是否从事农业生产', kind: 'boolean' },
	{
		name: 'agriServiceProvider',
		label: '是否农业生产托管服务主体（合作社、服务公司、农机户、村集体等）',
		kind: 'boolean'
	},
	{ name: 'deviceNeeds', label: '需要的辅助器具', kind: 'multi' }
];
