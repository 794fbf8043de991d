/**
 * Benefits (补贴、救助、待遇) as cited data, and the citizen's situation (Profile) they are checked against.
 *
 * A benefit's rules are data: conditions are small expressions over Profile fields that the pure engine
 * (./engine.ts) evaluates with three values (met / unmet / unknown). Every fact carries a SourceRef with
 * a verbatim quote, checked against the gazette text at build time (scripts/extract/benefits.ts).
 *
 * This module is re-exported by ../schema.ts; the shared base schemas come from ../source-ref.ts, so there is
 * no import cycle.
 */
import { z } from 'zod';
import { SourceRef, Slug } from '../source-ref';
import { amountRole } from '../benefit-present';
import {
	BASIC_PENSION_STATUSES,
	BUSINESS_TYPES,
	DISABILITY_CATEGORIES,
	DISABILITY_PROOFS,
	HOUSEHOLD_STATUSES,
	HUKOU_VALUES,
	MAX_AGE,
	MAX_AMOUNT_YUAN,
	MAX_DEVICE_NEEDS,
	MAX_NAME_LENGTH,
	MAX_YEARS_PAID,
	PROFILE_FIELDS,
	UNKNOWN
} from './fields';

export * from './fields';

/** A citation that must carry its verbatim quote (every curated benefit fact does). */
export const QuotedSourceRef = SourceRef.required({ quote: true });
export type QuotedSourceRef = z.infer<typeof QuotedSourceRef>;

const Id = Slug;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');

/** A sentence in plain words plus where it comes from. */
export const CitedText = z.object({ text: z.string().min(2), source: QuotedSourceRef });
export type CitedText = z.infer<typeof CitedText>;

// ---------------------------------------------------------------------------------------------
// Profile: what a person tells the checker. Nothing of it is stored or sent anywhere.
// ---------------------------------------------------------------------------------------------

const Unknown = z.literal(UNKNOWN);

const age = z.number().int().min(0).max(MAX_AGE);
const bool = z.boolean();
const orUnknown = <T extends z.ZodType>(t: T) => z.union([t, Unknown]).optional();

/**
 * Every field is optional (not asked yet) and accepts 'unknown' (不确定).
 * Multi-choice fields are arrays; an empty array means "none of these".
 * To add a field: add it here AND to PROFILE_FIELDS in ./fields.ts (a test checks they match).
 */
export const Profile = z
	.object({
		/** 周岁. */
		age: orUnknown(age),
		/** County id (a County slug, e.g. lishi). */
		county: orUnknown(Id),
		hukou: orUnknown(z.enum(HUKOU_VALUES)),
		hasDisability: orUnknown(bool),
		disabilityCategories: orUnknown(z.array(z.enum(DISABILITY_CATEGORIES))),
		disabilityProof: orUnknown(z.enum(DISABILITY_PROOFS)),
		/** 重度听力残疾 (cochlear-implant rules, 003:249). */
		severeHearingLoss: orUnknown(bool),
		/** 孤儿, or raised by a 儿童福利机构 (priority group, 003:213). */
		orphanOrInCare: orUnknown(bool),
		householdStatus: orUnknown(z.array(z.enum(HOUSEHOLD_STATUSES))),
		/** Has children able to support them (有子女且子女有赡养能力, 004:4745, 004:4816). */
		hasSupportingChildren: orUnknown(bool),
		basicPension: orUnknown(z.enum(BASIC_PENSION_STATUSES)),
		/** Years of 补充养老保险 contributions so far (累计缴费年限). */
		supplementaryYearsPaid: orUnknown(z.number().int().min(0).max(MAX_YEARS_PAID)),
		/** Yearly contribution chosen (缴费档次, 元/年). */
		contributionTier: orUnknown(z.number().int().min(0).max(MAX_AMOUNT_YUAN)),
		/** 补充养老保险 personal-account balance (个人账户储存额, 元). */
		pensionAccountBalance: orUnknown(z.number().min(0).max(MAX_AMOUNT_YUAN)),
		businessType: orUnknown(z.enum(BUSINESS_TYPES)),
		/** Works the land (从事农业生产). */
		farmer: orUnknown(bool),
		/** 农业生产托管服务主体: co-op, service company, 供销社, 农机户 or 村集体 serving farmers (001:1341). */
		agriServiceProvider: orUnknown(bool),
		/**
		 * Devices a child needs, by their name in a benefit's table (儿童轮椅, 助听器 …); an empty list means none.
		 * The CLI checks the names against the data; the check offers only the rows that fit the child.
		 */
		deviceNeeds: orUnknown(z.array(z.string().min(1).max(MAX_NAME_LENGTH)).max(MAX_DEVICE_NEEDS))
	})
	.strict();
export type Profile = z.infer<typeof Profile>;
export type ProfileField = keyof Profile;

export const ProfileFieldName = z.enum(PROFILE_FIELDS.map((f) => f.name) as [ProfileField, ...ProfileField[]]);

// ---------------------------------------------------------------------------------------------
// Conditions: a tiny expression language over Profile fields, evaluated with three values.
// ---------------------------------------------------------------------------------------------

/**
 * - {field, op:'eq', value}: equality (booleans, choices, numbers).
 * - {field, op:'in', values}: the answer is one of values; for multi fields, any chosen value is in values.
 * - {field, op:'between', min?, max?}: inclusive range, either bound may be left out.
 * - {all:[…]}, {any:[…]}, {not:…}.
 * A missing or 'unknown' answer makes a leaf unknown; all/any/not follow three-valued logic.
 */
export type Condition =
	| { field: ProfileField; op: 'eq'; value: string | number | boolean }
	| { field: ProfileField; op: 'in'; values: (string | number)[] }
	| { field: ProfileField; op: 'between'; min?: number; max?: number }
	| { all: Condition[] }
	| { any: Condition[] }
	| { not: Condition };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
	z.union([
		z
			.object({ field: ProfileFieldName, op: z.literal('eq'), value: z.union([z.string(), z.number(), z.boolean()]) })
			.strict(),
		z
			.object({
				field: ProfileFieldName,
				op: z.literal('in'),
				values: z.array(z.union([z.string(), z.number()])).min(1)
			})
			.strict(),
		z
			.object({
				field: ProfileFieldName,
				op: z.literal('between'),
				min: z.number().optional(),
				max: z.number().optional()
			})
			.strict()
			.refine((c) => c.min !== undefined || c.max !== undefined, 'between needs min or max'),
		z.object({ all: z.array(Condition).min(1) }).strict(),
		z.object({ any: z.array(Condition).min(1) }).strict(),
		z.object({ not: Condition }).strict()
	])
);

/** A condition of the benefit as a whole, with the words shown to the citizen. */
export const Rule = z
	.object({
		id: Id,
		/** What must hold, in plain words: 「孩子年龄在0—14岁」. */
		label: z.string().min(2),
		test: Condition,
		source: QuotedSourceRef,
		/**
		 * A next step that leads to meeting the condition (a diagnosis that gives the missing proof). A rule with
		 * a step that is answered 'no' makes the benefit 可能符合 with the step first, never 不符合. `amountId`: an
		 * amount of the same benefit that pays for the step, named beside it when it fits the person.
		 */
		step: z
			.object({ text: z.string().min(4), amountId: Id.optional(), source: QuotedSourceRef })
			.strict()
			.optional()
	})
	.strict();
export type Rule = z.infer<typeof Rule>;

// ---------------------------------------------------------------------------------------------
// Amounts, catalogue rows, exclusions, how to apply.
// ---------------------------------------------------------------------------------------------

export const AMOUNT_UNITS = ['元', '元/人', '元/户', '元/亩', '元/台', '万元', '%', '元/头', '个月'] as const;
export const AMOUNT_PERIODS = ['一次性', '每年', '每月', '每个周期', '未规定', '每季'] as const;

/**
 * What an amount is to the person, so no page calls a premium 可得:
 * - receive: money or value paid to the person (a subsidy, a reimbursement cap, a pension);
 * - pay: money paid in (保费, 缴费, a fee or tax rate), never money received;
 * - share: a share or rate of a cost that is subsidised or waived (补助比例 30%, 贴息 1:1);
 * - insured: an insured sum (保额), paid only when the insured event happens.
 * A cap is `kind: upTo` on any of these. Absent: 'share' for %, else 'receive' (see amountRole).
 */
export const AMOUNT_ROLES = ['receive', 'pay', 'share', 'insured'] as const;
export type AmountRole = (typeof AMOUNT_ROLES)[number];

export const Amount = z
	.object({
		id: Id,
		label: z.string().min(2),
		/** null when the source prints no sum: either the thing is free (see free) or the sum is not stated. */
		value: z.number().nonnegative().nullable(),
		/**
		 * true only where the quote itself says the thing costs the person nothing (免费, 免收, paid from a
		 * fund); value is then null. A null value without it means the source prints no amount, and the
		 * app must say so rather than call it free.
		 */
		free: z.boolean().optional(),
		unit: z.enum(AMOUNT_UNITS),
		period: z.enum(AMOUNT_PERIODS),
		/** 'fixed': that sum; 'upTo': a cap (报销 the lower of price and standard, 不超过 …). */
		kind: z.enum(['fixed', 'upTo']).default('fixed'),
		/** Years per 救助周期 / 补贴周期 when period is 每个周期. */
		cycleYears: z.number().int().positive().optional(),
		/** The bracket the amount belongs to, in the same unit (缴费档次 200 元 → 补贴 70 元). */
		tier: z.number().nonnegative().optional(),
		/** Conditions and remarks in plain words (「只限自费植入」). */
		conditions: z.string().optional(),
		/** Who this amount is for; absent = everyone who qualifies for the benefit. */
		when: Condition.optional(),
		/**
		 * How the amount counts in the one-line answer for a person: 'max' amounts compete (the largest
		 * that applies is shown), 'add' amounts are summed (monthly supplements). Absent: not a headline.
		 */
		headline: z.enum(['max', 'add']).optional(),
		role: z.enum(AMOUNT_ROLES).optional(),
		/**
		 * An amount computed from an answer: value = profile[field] ÷ divideBy (个人账户养老金 = 储存额 ÷ 120,
		 * 004:4735–4739). value is then null; without the answer the amount is shown without a sum.
		 */
		formula: z.object({ field: ProfileFieldName, divideBy: z.number().positive() }).strict().optional(),
		source: QuotedSourceRef
	})
	.strict()
	.refine((a) => !a.formula || a.value === null, {
		message: 'an amount with a formula has value null',
		path: ['value']
	})
	.refine((a) => !a.headline || amountRole(a) === 'receive', {
		message: 'only money paid to the person (role receive) can be a headline amount; a premium or insured sum never is',
		path: ['headline']
	});
export type Amount = z.infer<typeof Amount>;

/** A row of a table attached to a benefit (辅助器具配置目录, 农机补贴表 …). */
export const CatalogueRow = z
	.object({
		id: Id,
		/** 类别 (filled down from merged cells). */
		group: z.string().min(1),
		name: z.string().min(1),
		/** Standard or cap; null where the table cell is blank. */
		value: z.number().nonnegative().nullable(),
		unit: z.enum(AMOUNT_UNITS),
		cycleYears: z.number().int().positive().optional(),
		description: z.string().optional(),
		/** 适用对象 as printed. */
		audience: z.string().min(1),
		/** A second figure printed on the row, in the same unit (农机补贴表: 市场参考价 元/台). */
		referenceValue: z.number().nonnegative().optional(),
		when: Condition.optional(),
		source: QuotedSourceRef
	})
	.strict();
export type CatalogueRow = z.infer<typeof CatalogueRow>;

/**
 * A condition the source names but no profile answer can decide (「生活困难」「重度」「老年人」 without an age,
 * 「有就业能力」): shown as 待确认, so the benefit is at best 可能符合.
 */
export const OpenCondition = z.object({ id: Id, label: z.string().min(2), source: QuotedSourceRef }).strict();
export type OpenCondition = z.infer<typeof OpenCondition>;

/** Amounts a person cannot combine: 'oneOf' = at most one of them; 'notTogether' = not both. */
export const Exclusion = z
	.object({
		id: Id,
		kind: z.enum(['oneOf', 'notTogether']),
		amountIds: z.array(Id).min(2),
		label: z.string().min(2),
		source: QuotedSourceRef
	})
	.strict();
export type Exclusion = z.infer<typeof Exclusion>;

export const Apply = z
	.object({
		/** Where to go, in plain words: 「户籍所在地（居住证发放地）县（市、区）残联」. */
		where: z.string().min(2),
		/** Office type or name that handles it. */
		office: z.string().min(2),
		departmentId: Id.optional(),
		/** Who may apply on the person's behalf, what to bring … */
		how: z.string().optional(),
		steps: z.array(CitedText),
		/** 「5个工作日内完成审核」 with its number when there is one. */
		timeLimit: z
			.object({
				text: z.string().min(2),
				days: z.number().int().positive().optional(),
				unit: z.enum(['工作日', '日']).optional(),
				source: QuotedSourceRef
			})
			.strict()
			.optional(),
		hotlineIds: z.array(z.string().regex(/^[a-z0-9-]+$/)),
		source: QuotedSourceRef
	})
	.strict();
export type Apply = z.infer<typeof Apply>;

// ---------------------------------------------------------------------------------------------
// 包容免罚 / 从轻 / 减轻 处罚清单 (吕城发〔2023〕66号, 002:2436–2502), evaluated by ./fines.ts.
// ---------------------------------------------------------------------------------------------

/** A statutory fine range in 元, both ends inclusive (「以上」「以下」), for 单位, 个人 or anyone. */
export const StatutoryFine = z
	.object({
		min: z.number().nonnegative(),
		max: z.number().positive(),
		offender: z.enum(['any', 'unit', 'individual']),
		source: QuotedSourceRef
	})
	.strict()
	.refine((f) => f.min <= f.max, 'fine min above max');
export type StatutoryFine = z.infer<typeof StatutoryFine>;

export const PenaltyItem = z
	.object({
		/** 序号 within its list. */
		no: z.number().int().positive(),
		/** 违法行为 as printed. */
		violation: z.string().min(2),
		/** 适用条件, in order, without their numbers; all must hold. */
		conditions: z.array(z.string().min(2)).min(1),
		/** 法定依据 reference as printed (「《吕梁市城市绿化条例》第三十四条第（一）项」). */
		legalBasis: z.string().min(2),
		/** The penalty clause of the 依据 (「处一百元以上三百元以下罚款」). */
		penalty: CitedText,
		/** Computable ranges; empty when the clause gives none (per-square-metre fine, 「依照前款」). */
		fines: z.array(StatutoryFine),
		/** The row; a row split by a page break has one ref per part. */
		sources: z.array(QuotedSourceRef).min(1)
	})
	.strict();
export type PenaltyItem = z.infer<typeof PenaltyItem>;

/** 减轻处罚 档次: qualifying counts of 第（一）类 / 第（二）类 circumstances, and the share of the legal minimum. */
export const MitigationTier = z
	.object({
		tier: z.number().int().positive(),
		anyOf: z
			.array(z.object({ class1: z.number().int().nonnegative(), class2: z.number().int().nonnegative() }).strict())
			.min(1),
		minShare: z.number().min(0).max(1),
		maxShare: z.number().min(0).max(1),
		maxInclusive: z.boolean(),
		label: z.string().min(2),
		source: QuotedSourceRef
	})
	.strict();
export type MitigationTier = z.infer<typeof MitigationTier>;

export const PenaltyList = z
	.object({
		kind: z.enum(['exempt', 'lighter', 'mitigated']),
		title: z.string().min(4),
		definition: CitedText,
		/** The list's general 适用条件 and procedure (备注): shown, not evaluated. */
		requirements: z.array(CitedText).default([]),
		/** 从轻: the lowest share of the range the fine stays within; its quote is `rule`. */
		lighterShare: z.number().min(0).max(1).optional(),
		rule: CitedText.optional(),
		tiers: z.array(MitigationTier).optional(),
		/** 减轻: the 第（一）类 (应当) and 第（二）类 (可以) circumstances that count towards the tiers. */
		class1: z.array(CitedText).optional(),
		class2: z.array(CitedText).optional(),
		items: z.array(PenaltyItem).min(1),
		source: QuotedSourceRef
	})
	.strict();
export type PenaltyList = z.infer<typeof PenaltyList>;

export const Benefit = z
	.object({
		id: Id,
		title: z.string().min(4),
		shortTitle: z.string().min(2),
		/** Who it is for, in plain words. */
		audience: z.string().min(2),
		summary: z.string().min(4),
		/** Topic used to group benefits in the app: 残疾人, 养老, 企业, 农业, 就业, 社会救助 … */
		topic: z.string().min(2),
		docNo: z.string().min(1),
		/** Id of the Document record, when the documents extractor has one. */
		documentId: Id.optional(),
		/** 编号 of the 公共服务事项目录 rows this benefit is (e.g. #90 低保家庭中的老年人补贴发放). */
		serviceIds: z.array(z.number().int().positive()).optional(),
		issuer: z.string().min(2),
		date: isoDate,
		/** How current the standard is: 「依据2019年文件，请向经办机构核实现行标准」. */
		statusNote: z.string().min(4),
		/** When the policy ends, if the source says so. */
		validity: z
			.object({ text: z.string().min(2), until: isoDate.optional(), source: QuotedSourceRef })
			.strict()
			.optional(),
		/** All must hold (three-valued): failing one → 不符合; unknown one → 可能符合. */
		conditions: z.array(Rule),
		/** Conditions printed in the source that the checker cannot decide: each keeps the verdict at 可能符合. */
		openConditions: z.array(OpenCondition).default([]),
		/** Conditions the office assesses and the checker cannot (康复潜力, 评估 …): listed, never evaluated. */
		assessedByOffice: z.array(CitedText).default([]),
		/** Groups served first (优先救助). */
		priority: z.array(Rule).default([]),
		amounts: z.array(Amount),
		catalogue: z.array(CatalogueRow).default([]),
		exclusions: z.array(Exclusion).default([]),
		apply: Apply,
		/** Laws and documents the benefit rests on, as printed. */
		legalBasis: z.array(CitedText).default([]),
		/** Other rules worth knowing (reimbursement method, loss of the benefit, funding …). */
		notes: z.array(CitedText).default([]),
		/** Lists of violations with no / lighter / reduced penalty (城市管理 包容免罚清单 …). */
		penaltyLists: z.array(PenaltyList).optional(),
		/** The passage of the whole document (first and last line). */
		source: QuotedSourceRef
	})
	.strict();
export type Benefit = z.infer<typeof Benefit>;
/** What the YAML holds before defaults are filled in. */
export type BenefitInput = z.input<typeof Benefit>;

/** Bundle section static/data/benefits.<hash>.json. */
export const BenefitsData = z.object({ benefits: z.array(Benefit) });
export type BenefitsData = z.infer<typeof BenefitsData>;
