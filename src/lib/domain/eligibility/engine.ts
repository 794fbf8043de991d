/**
 * The eligibility engine: benefits (data) × a person's answers → a verdict per benefit, with the conditions
 * met, unmet and still open in plain words, each with its citation, and the amounts that fit this person.
 *
 * Pure and synchronous. Answers are evaluated with three values: an unanswered or 不确定 answer leaves a
 * condition open, and a benefit with an open condition is at best 可能符合, never 符合.
 */
import { PROFILE_FIELDS, UNKNOWN, type ProfileFieldInfo } from './fields';
import type { Headline } from '../benefit-present';
import type {
	Amount,
	Benefit,
	ProfileField,
	CatalogueRow,
	Condition,
	Exclusion,
	Profile,
	QuotedSourceRef,
	Rule
} from './schema';
import { ROLE_PREFIX, amountRole, formatAmount, personHeadline, roundYuan } from '../benefit-present';

export { FREE_TEXT, NO_AMOUNT_TEXT, formatAmount } from '../benefit-present';

export type Truth = 'yes' | 'no' | 'unknown';
export type Verdict = '符合' | '可能符合' | '不符合';

/** A benefit condition as checked for this person. */
export interface CheckedRule {
	id: string;
	label: string;
	state: Truth;
	/** For unmet or open conditions: which part failed and what was answered (「年龄0—8岁（您填的是11岁）」). */
	detail?: string;
	source: QuotedSourceRef;
}

/** What to do first, for a condition that a step can meet (a diagnosis gives the missing proof). */
export interface NextStep {
	ruleId: string;
	/** 「先到儿童残疾筛查诊断定点医院做诊断，取得诊断建议书（儿童残疾筛查诊断费用：一次性最多400元/人）」. */
	text: string;
	source: QuotedSourceRef;
}

/** The smallest change of answers that flips a result, checked by evaluating it. */
export interface Change {
	answers: { field: ProfileField; value: unknown; text: string }[];
	to: Verdict;
	/** 「如果残疾证明为诊断建议书 → 符合」. */
	text: string;
}

export interface PersonAmount {
	amount: Amount;
	/** The sum for this person: the stated value, or one computed from an answer (储存额 ÷ 120); null if neither. */
	value: number | null;
	/** How a computed value was reached: 「12000 ÷ 120」. */
	formula?: string;
	/** 'yes': fits the answers; 'unknown': depends on an open answer. */
	applies: 'yes' | 'unknown';
	/** Open questions it depends on (when applies is unknown). */
	detail?: string;
	/** Exclusions this amount takes part in together with another amount that also applies. */
	exclusionIds: string[];
}

export interface SkippedAmount {
	amount: Amount;
	/** Why it does not fit: 「年龄0—8岁（您填的是11岁）」. */
	reason: string;
}

export interface PersonCatalogueRow {
	row: CatalogueRow;
	applies: 'yes' | 'unknown';
}

export type { Headline } from '../benefit-present';

export interface Result {
	benefitId: string;
	title: string;
	shortTitle: string;
	verdict: Verdict;
	met: CheckedRule[];
	unmet: CheckedRule[];
	unknown: CheckedRule[];
	/** Amounts for this person (empty when 不符合). */
	amounts: PersonAmount[];
	/** Amounts of a benefit the person qualifies for that do not fit them, with the reason. */
	notForYou: SkippedAmount[];
	catalogue: PersonCatalogueRow[];
	headline: Headline | null;
	/** Priority groups (优先) the person belongs to. */
	priority: CheckedRule[];
	/** Exclusions that matter for the amounts listed. */
	exclusions: Exclusion[];
	/** Steps that lead to a missing condition, first thing to do (they keep the verdict at 可能符合). */
	steps: NextStep[];
	/** Whether any answer touched a condition or amount of this benefit (else it is 「没有问到的补贴」). */
	asked: boolean;
	/** The document is older than OLD_DOCUMENT_YEARS at the date checked. */
	oldDocument: boolean;
	/** Plain-word lines summarising all of the above. */
	reasons: string[];
	benefit: Benefit;
}

/** A rule from a document older than this many years says so in the result. */
export const OLD_DOCUMENT_YEARS = 3;

/** The profile fields a condition looks at. */
export function fieldsOf(c: Condition, out: Set<string>): Set<string> {
	if ('all' in c) c.all.forEach((x) => fieldsOf(x, out));
	else if ('any' in c) c.any.forEach((x) => fieldsOf(x, out));
	else if ('not' in c) fieldsOf(c.not, out);
	else out.add(c.field);
	return out;
}

/** Profile fields a benefit looks at anywhere (rules, priority groups, amounts and their formulas, catalogue rows). */
export function fieldsUsed(b: Benefit): Set<string> {
	const out = new Set<string>();
	for (const r of [...b.conditions, ...b.priority]) fieldsOf(r.test, out);
	for (const x of [...b.amounts, ...b.catalogue]) if (x.when) fieldsOf(x.when, out);
	for (const a of b.amounts) if (a.formula) out.add(a.formula.field);
	return out;
}

const FIELD = new Map<string, ProfileFieldInfo>(PROFILE_FIELDS.map((f) => [f.name, f]));

function answer(p: Profile, field: string): unknown {
	const v = (p as Record<string, unknown>)[field];
	return v === undefined || v === UNKNOWN ? undefined : v;
}

/**
 * Facts implied by other answers, so the person is not asked twice: naming a disability category means
 * having a disability; no disability means no category (and no severe hearing loss).
 */
export function normaliseProfile(p: Profile): Profile {
	const out: Profile = { ...p };
	const cats = answer(p, 'disabilityCategories') as string[] | undefined;
	if (cats && cats.length > 0 && answer(p, 'hasDisability') === undefined) out.hasDisability = true;
	if (out.hasDisability === false) {
		if (answer(p, 'disabilityCategories') === undefined) out.disabilityCategories = [];
		if (answer(p, 'severeHearingLoss') === undefined) out.severeHearingLoss = false;
	}
	const known = answer(out, 'disabilityCategories') as string[] | undefined;
	if (known && !known.includes('听力') && answer(out, 'severeHearingLoss') === undefined) out.severeHearingLoss = false;
	// Someone who neither farms nor runs a company is no 托管服务主体 either: the farmer question names farm
	// services too (农机作业、托管服务), so 「不从事农业生产」 rules out every farm subsidy.
	const business = answer(out, 'businessType');
	if (
		out.farmer === false &&
		answer(out, 'agriServiceProvider') === undefined &&
		business !== '小微企业' &&
		business !== '其他企业'
	) {
		out.agriServiceProvider = false;
	}
	return out;
}

/** Three-valued evaluation of a condition. */
export function test(c: Condition, p: Profile): Truth {
	if ('all' in c) {
		const ts = c.all.map((x) => test(x, p));
		return ts.includes('no') ? 'no' : ts.includes('unknown') ? 'unknown' : 'yes';
	}
	if ('any' in c) {
		const ts = c.any.map((x) => test(x, p));
		return ts.includes('yes') ? 'yes' : ts.includes('unknown') ? 'unknown' : 'no';
	}
	if ('not' in c) {
		const t = test(c.not, p);
		return t === 'yes' ? 'no' : t === 'no' ? 'yes' : 'unknown';
	}
	const v = answer(p, c.field);
	if (v === undefined) return 'unknown';
	const has = (x: unknown): boolean => (Array.isArray(v) ? v.includes(x) : v === x);
	switch (c.op) {
		case 'eq':
			return has(c.value) ? 'yes' : 'no';
		case 'in':
			return c.values.some(has) ? 'yes' : 'no';
		case 'between': {
			if (typeof v !== 'number') return 'unknown';
			const ok = (c.min === undefined || v >= c.min) && (c.max === undefined || v <= c.max);
			return ok ? 'yes' : 'no';
		}
	}
}

// ------------------------------------------------------------------------------------------------
// Plain words for conditions and answers.
// ------------------------------------------------------------------------------------------------

function boolPhrase(info: ProfileFieldInfo, yes: boolean): string {
	const rest = info.label.replace(/^是否/, '');
	if (yes) return rest;
	return rest.startsWith('有') ? `没${rest}` : rest.startsWith('从事') ? `不${rest}` : `不是${rest}`;
}

/**
 * Display names for stored answer values that are ids, from the data (county id → 石楼县). The engine is
 * pure and has no data of its own, so callers that have the dataset pass them in.
 */
export type ValueLabels = Partial<Record<string, Readonly<Record<string, string>>>>;

/** Labels for county answers, from the data's county list. */
export function countyLabels(counties: readonly { id: string; name: string }[]): ValueLabels {
	return { county: Object.fromEntries(counties.map((c) => [c.id, c.name])) };
}

function named(field: string, value: unknown, labels?: ValueLabels): string {
	return labels?.[field]?.[String(value)] ?? String(value);
}

/** An answer as the person would say it. */
export function describeAnswer(field: string, value: unknown, labels?: ValueLabels): string {
	const info = FIELD.get(field);
	if (value === undefined) return '未回答';
	if (value === UNKNOWN) return '不确定';
	if (info?.kind === 'boolean' && typeof value === 'boolean') return boolPhrase(info, value);
	if (Array.isArray(value)) return value.length ? value.map((v) => named(field, v, labels)).join('、') : '都不是';
	return `${named(field, value, labels)}${info?.unit ?? ''}`;
}

/** A condition in plain words: 「年龄0—8岁」「残疾类别包括听力」. */
export function describe(c: Condition, labels?: ValueLabels): string {
	if ('all' in c) return c.all.map((x) => describe(x, labels)).join('，');
	if ('any' in c) return c.any.map((x) => describe(x, labels)).join('，或');
	if ('not' in c) {
		const inner = c.not;
		if ('field' in inner && inner.op === 'in')
			return `${FIELD.get(inner.field)?.label ?? inner.field}不是${inner.values.map((v) => named(inner.field, v, labels)).join('、')}`;
		if ('field' in inner && inner.op === 'eq')
			return `${FIELD.get(inner.field)?.label ?? inner.field}不是${named(inner.field, inner.value, labels)}`;
		return `不满足：${describe(inner, labels)}`;
	}
	const info = FIELD.get(c.field);
	const values = (vs: readonly (string | number)[]) => vs.map((v) => named(c.field, v, labels));
	const label = info?.label ?? c.field;
	const unit = info?.unit ?? '';
	switch (c.op) {
		case 'eq':
			if (info?.kind === 'boolean' && typeof c.value === 'boolean') return boolPhrase(info, c.value);
			return info?.kind === 'multi'
				? `${label}包括${named(c.field, c.value, labels)}`
				: `${label}为${named(c.field, c.value, labels)}${unit}`;
		case 'in':
			return info?.kind === 'multi'
				? `${label}包括${values(c.values).join('、')}${c.values.length > 1 ? '之一' : ''}`
				: `${label}为${values(c.values).join('或')}`;
		case 'between':
			if (c.min !== undefined && c.max !== undefined) return `${label}${c.min}—${c.max}${unit}`;
			if (c.min !== undefined) return `${label}不低于${c.min}${unit}`;
			return `${label}不超过${String(c.max)}${unit}`;
	}
}

/** The leaves that make a condition fail (state 'no') or stay open ('unknown'), described with the answer. */
function culprits(c: Condition, p: Profile, state: 'no' | 'unknown', labels?: ValueLabels): string[] {
	if ('all' in c || 'any' in c) {
		const parts = 'all' in c ? c.all : c.any;
		return parts.filter((x) => test(x, p) === state).flatMap((x) => culprits(x, p, state, labels));
	}
	if ('not' in c) {
		// A negation fails when its inner part holds: describe the negation with the answer.
		const field = 'field' in c.not ? c.not.field : undefined;
		const ans = field ? `（您填的是${describeAnswer(field, (p as Record<string, unknown>)[field], labels)}）` : '';
		return [`${describe(c, labels)}${state === 'no' ? ans : ''}`];
	}
	if (state === 'unknown') return [`${FIELD.get(c.field)?.label ?? c.field}（未回答或不确定）`];
	return [
		`${describe(c, labels)}（您填的是${describeAnswer(c.field, (p as Record<string, unknown>)[c.field], labels)}）`
	];
}

function checkRule(r: Rule, p: Profile, labels?: ValueLabels): CheckedRule {
	const state = test(r.test, p);
	const out: CheckedRule = { id: r.id, label: r.label, state, source: r.source };
	if (state !== 'yes') out.detail = culprits(r.test, p, state, labels).join('；');
	return out;
}

/** An amount's sum for this person: computed from the answer its formula names, else as stated. */
function personValue(a: Amount, p: Profile): { value: number | null; formula?: string } {
	if (!a.formula) return { value: a.value };
	const v = answer(p, a.formula.field);
	if (typeof v !== 'number') return { value: null };
	return { value: roundYuan(v / a.formula.divideBy), formula: `${v} ÷ ${a.formula.divideBy}` };
}

/** Whole years between two ISO dates (YYYY-MM-DD). */
function yearsBetween(from: string, to: string): number {
	const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
	const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
	return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

export interface EvaluateOptions {
	/** County names and other labels for answers (see countyLabels). */
	labels?: ValueLabels;
	/** The day the check is made (YYYY-MM-DD), for the age of documents; today when left out. */
	asOf?: string;
}

function today(): string {
	const d = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Whether a benefit has anything to check for a person (reference lists such as 处罚清单 have not). */
export function isPersonal(b: Benefit): boolean {
	return b.conditions.length > 0 || b.amounts.length > 0;
}

export const NO_CONDITIONS_ID = 'no-conditions';
export const NO_CONDITIONS_TEXT = '文件没有写明申请条件，请向经办单位咨询';
const OPEN_CONDITION_DETAIL = '文件没有写明认定标准，请向经办单位咨询';

/**
 * Conditions no answer can settle. A benefit that states none at all would otherwise be 符合 for anyone,
 * a 5-year-old included, so the missing conditions count as one open question.
 */
function undecided(benefit: Benefit): CheckedRule[] {
	// Tolerates a benefits bundle cached before the field existed.
	const open: CheckedRule[] = (benefit.openConditions ?? []).map((c) => ({
		id: c.id,
		label: c.label,
		state: 'unknown',
		detail: OPEN_CONDITION_DETAIL,
		source: c.source
	}));
	if (benefit.conditions.length === 0 && open.length === 0) {
		open.push({ id: NO_CONDITIONS_ID, label: NO_CONDITIONS_TEXT, state: 'unknown', source: benefit.source });
	}
	return open;
}

/** Check one benefit against a person's answers. */
export function evaluateOne(
	benefit: Benefit,
	profile: Profile,
	labelsOrOptions?: ValueLabels | EvaluateOptions
): Result {
	const options: EvaluateOptions =
		labelsOrOptions && ('labels' in labelsOrOptions || 'asOf' in labelsOrOptions)
			? (labelsOrOptions as EvaluateOptions)
			: { labels: labelsOrOptions as ValueLabels | undefined };
	const labels = options.labels;
	const p = normaliseProfile(profile);
	const rules = benefit.conditions.map((r) => checkRule(r, p, labels));
	const met = rules.filter((r) => r.state === 'yes');
	// A condition answered no that a step can meet is a step, not a 不符合 (no 残疾人证 yet → get the diagnosis).
	const stepRules = benefit.conditions.filter((r, i) => rules[i]!.state === 'no' && r.step);
	const unmet = rules.filter((r, i) => r.state === 'no' && !benefit.conditions[i]!.step);
	const open = [
		...rules.filter((r) => r.state === 'unknown'),
		...rules.filter((r, i) => r.state === 'no' && benefit.conditions[i]!.step),
		...undecided(benefit)
	];

	const fits: PersonAmount[] = [];
	const notForYou: SkippedAmount[] = [];
	for (const a of benefit.amounts) {
		const t = a.when ? test(a.when, p) : 'yes';
		if (t === 'no') notForYou.push({ amount: a, reason: culprits(a.when!, p, 'no', labels).join('；') });
		else {
			const item: PersonAmount = { amount: a, applies: t, exclusionIds: [], ...personValue(a, p) };
			if (t === 'unknown') item.detail = culprits(a.when!, p, 'unknown', labels).join('；');
			fits.push(item);
		}
	}
	// A benefit whose every item is ruled out gives this person nothing, even if its general rules hold.
	const noItemFits = benefit.amounts.length > 0 && fits.length === 0;

	let verdict: Verdict;
	if (unmet.length > 0 || noItemFits) verdict = '不符合';
	else if (open.length > 0 || (fits.length > 0 && fits.every((x) => x.applies === 'unknown'))) verdict = '可能符合';
	else verdict = '符合';

	const amounts = verdict === '不符合' ? [] : fits;
	const listed = new Set(amounts.map((x) => x.amount.id));
	const exclusions = benefit.exclusions.filter((x) => x.amountIds.filter((id) => listed.has(id)).length > 1);
	for (const x of amounts)
		x.exclusionIds = exclusions.filter((e) => e.amountIds.includes(x.amount.id)).map((e) => e.id);

	const catalogue: PersonCatalogueRow[] = [];
	if (verdict !== '不符合') {
		for (const row of benefit.catalogue) {
			const t = row.when ? test(row.when, p) : 'yes';
			if (t !== 'no') catalogue.push({ row, applies: t });
		}
	}
	const priority = benefit.priority.map((r) => checkRule(r, p, labels)).filter((r) => r.state === 'yes');
	const headline = verdict === '不符合' ? null : personHeadline(amounts);
	const steps: NextStep[] =
		verdict === '不符合'
			? []
			: stepRules.map((r) => {
					const step = r.step!;
					const pays = step.amountId
						? amounts.find((x) => x.amount.id === step.amountId && x.applies === 'yes')
						: undefined;
					const paid = pays ? `（${pays.amount.label}：${formatAmount(pays.amount)}）` : '';
					return { ruleId: r.id, text: `${step.text}${paid}`, source: step.source };
				});
	const used = fieldsUsed(benefit);
	const asked = [...used].some((f) => (profile as Record<string, unknown>)[f] !== undefined);

	const result: Result = {
		benefitId: benefit.id,
		title: benefit.title,
		shortTitle: benefit.shortTitle,
		verdict,
		met,
		unmet,
		unknown: open,
		amounts,
		notForYou: verdict === '不符合' ? [] : notForYou,
		catalogue,
		headline,
		priority,
		exclusions,
		steps,
		asked,
		oldDocument: yearsBetween(benefit.date, options.asOf ?? today()) >= OLD_DOCUMENT_YEARS,
		reasons: [],
		benefit
	};
	result.reasons = reasonsOf(result, noItemFits ? notForYou : []);
	return result;
}

function reasonsOf(r: Result, ruledOut: SkippedAmount[]): string[] {
	const out: string[] = [];
	for (const s of r.steps) out.push(`下一步：${s.text}`);
	for (const x of r.unmet) out.push(`不符合：${x.label}${x.detail ? `——${x.detail}` : ''}`);
	if (ruledOut.length > 0)
		out.push(`没有适合您的项目：${ruledOut.map((s) => `${s.amount.label}要求${s.reason}`).join('；')}`);
	for (const x of r.unknown) out.push(`待确认：${x.label}`);
	for (const x of r.met) out.push(`符合：${x.label}`);
	for (const x of r.amounts) {
		// A premium or insured sum is never 可得 (pig insurance: 90元 is what the farmer pays).
		const role = amountRole(x.amount);
		const prefix = role === 'receive' ? (x.applies === 'yes' ? '可得' : '可能可得') : ROLE_PREFIX[role];
		const text =
			x.formula && x.value !== null
				? `${x.formula} = ${x.value}${x.amount.unit}（${x.amount.period}）`
				: formatAmount(x.amount);
		const note = x.amount.conditions && x.amount.conditions !== text ? `（${x.amount.conditions}）` : '';
		out.push(`${prefix}：${x.amount.label} ${text}${note}`);
	}
	// Tier-specific amounts (缴费档次) that do not match would only repeat the table.
	for (const s of r.notForYou) if (s.amount.tier === undefined) out.push(`不适用：${s.amount.label}——${s.reason}`);
	for (const x of r.exclusions) out.push(`注意：${x.label}`);
	for (const x of r.priority) out.push(`优先：${x.label}`);
	if (r.verdict !== '不符合') {
		for (const a of r.benefit.assessedByOffice) out.push(`经办机构还会审核：${a.text}`);
		out.push(`去哪里办：${r.benefit.apply.where}`);
		if (r.benefit.apply.timeLimit) out.push(`办理时限：${r.benefit.apply.timeLimit.text}`);
	}
	out.push(`依据：${r.benefit.docNo}（${r.benefit.date}）。${r.benefit.statusNote}`);
	if (r.benefit.validity) out.push(`有效期：${r.benefit.validity.text}`);
	if (r.oldDocument)
		out.push(
			`注意：这份文件是${r.benefit.date.slice(0, 4)}年发布的，已超过${OLD_DOCUMENT_YEARS}年，标准可能已经调整，请向经办单位核实。`
		);
	return out;
}

const RANK: Record<Verdict, number> = { 符合: 0, 可能符合: 1, 不符合: 2 };

/**
 * Check every personal benefit (see isPersonal) against a person's answers. Results are ordered by
 * verdict (符合, 可能符合, 不符合); within a verdict, the most conditions already met and the fewest still
 * open come first (the likeliest 可能符合 on top), then the order the benefits were given.
 */
export function evaluate(
	benefits: readonly Benefit[],
	profile: Profile,
	labelsOrOptions?: ValueLabels | EvaluateOptions
): Result[] {
	return benefits
		.filter(isPersonal)
		.map((b, i) => ({ r: evaluateOne(b, profile, labelsOrOptions), i }))
		.sort(
			(a, b) =>
				Number(b.r.asked) - Number(a.r.asked) ||
				RANK[a.r.verdict] - RANK[b.r.verdict] ||
				(a.r.verdict === '符合' ? Number(b.r.headline !== null) - Number(a.r.headline !== null) : 0) ||
				b.r.met.length - a.r.met.length ||
				a.r.unknown.length - b.r.unknown.length ||
				a.i - b.i
		)
		.map((x) => x.r);
}

// ------------------------------------------------------------------------------------------------
// What would change the result.
// ------------------------------------------------------------------------------------------------

interface Candidate {
	field: ProfileField;
	value: unknown;
	/** The condition the value meets, described for the person. */
	leaf: Condition;
}

const MAX_CHANGED_FIELDS = 2;

/** Answers that would meet each leaf of a condition (a value per 'eq', each of 'in', the bound of 'between'). */
function candidatesOf(c: Condition, p: Profile, out: Candidate[]): Candidate[] {
	if ('all' in c) c.all.forEach((x) => candidatesOf(x, p, out));
	else if ('any' in c) c.any.forEach((x) => candidatesOf(x, p, out));
	else if ('not' in c) {
		const inner = c.not;
		if ('field' in inner && inner.op === 'in' && FIELD.get(inner.field)?.kind === 'multi') {
			const now = answer(p, inner.field);
			const kept = Array.isArray(now) ? now.filter((v) => !inner.values.includes(v)) : [];
			out.push({ field: inner.field, value: kept, leaf: c });
		}
	} else {
		const multi = FIELD.get(c.field)?.kind === 'multi';
		const now = answer(p, c.field);
		const withValue = (v: unknown) => (multi ? [...new Set([...(Array.isArray(now) ? now : []), v])] : v);
		if (c.op === 'eq') out.push({ field: c.field, value: withValue(c.value), leaf: c });
		else if (c.op === 'in')
			for (const v of c.values)
				out.push({ field: c.field, value: withValue(v), leaf: { field: c.field, op: 'eq', value: v } });
		else {
			const v = typeof now === 'number' && c.max !== undefined && now > c.max ? c.max : (c.min ?? c.max);
			if (v !== undefined) out.push({ field: c.field, value: v, leaf: c });
		}
	}
	return out;
}

/**
 * The smallest change of answers (one field, else two) that turns a 不符合 into 符合 (else 可能符合), or a
 * 可能符合 into 符合; null when none does (a condition only the office can settle). Every change returned has
 * been applied and evaluated, so it really flips the result.
 */
export function whatWouldChange(benefit: Benefit, profile: Profile, labels?: ValueLabels): Change | null {
	const base = evaluateOne(benefit, profile, { labels });
	if (base.verdict === '符合') return null;
	const p = normaliseProfile(profile);
	const leaves: Candidate[] = [];
	for (const r of benefit.conditions) candidatesOf(r.test, p, leaves);
	for (const a of benefit.amounts) if (a.when) candidatesOf(a.when, p, leaves);
	const seen = new Set<string>();
	const candidates = leaves.filter((c) => {
		const key = `${c.field}=${JSON.stringify(c.value)}`;
		if (seen.has(key) || JSON.stringify((p as Record<string, unknown>)[c.field]) === JSON.stringify(c.value))
			return false;
		seen.add(key);
		return true;
	});
	const targets: Verdict[] = base.verdict === '不符合' ? ['符合', '可能符合'] : ['符合'];
	const combos: Candidate[][] = candidates.map((c) => [c]);
	if (MAX_CHANGED_FIELDS > 1) {
		for (let i = 0; i < candidates.length; i++)
			for (let j = i + 1; j < candidates.length; j++)
				if (candidates[i]!.field !== candidates[j]!.field) combos.push([candidates[i]!, candidates[j]!]);
	}
	for (const to of targets) {
		for (const combo of combos) {
			const changed = { ...profile } as Record<string, unknown>;
			for (const c of combo) changed[c.field] = c.value;
			if (evaluateOne(benefit, changed as Profile, { labels }).verdict !== to) continue;
			const answers = combo.map((c) => ({ field: c.field, value: c.value, text: describe(c.leaf, labels) }));
			return { answers, to, text: `如果${answers.map((a) => a.text).join('，并且')} → ${to}` };
		}
	}
	return null;
}
