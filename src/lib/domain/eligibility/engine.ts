/**
 * The eligibility engine: benefits (data) × a person's answers → a verdict per benefit, with the conditions
 * met, unmet and still open in plain words, each with its citation, and the amounts that fit this person.
 *
 * Pure and synchronous. Answers are evaluated with three values: an unanswered or 不确定 answer leaves a
 * condition open, and a benefit with an open condition is at best 可能符合, never 符合.
 */
import { PROFILE_FIELDS, UNKNOWN, type ProfileFieldInfo } from './fields';
import type { Headline } from '../benefit-present';
import type { Amount, Benefit, CatalogueRow, Condition, Exclusion, Profile, QuotedSourceRef, Rule } from './schema';
import { ROLE_PREFIX, amountRole, formatAmount, personHeadline } from '../benefit-present';

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

export interface PersonAmount {
	amount: Amount;
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
	/** Plain-word lines summarising all of the above. */
	reasons: string[];
	benefit: Benefit;
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
			return info?.kind === 'multi' ? `${label}包括${named(c.field, c.value, labels)}` : `${label}为${named(c.field, c.value, labels)}${unit}`;
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
	return [`${describe(c, labels)}（您填的是${describeAnswer(c.field, (p as Record<string, unknown>)[c.field], labels)}）`];
}

function checkRule(r: Rule, p: Profile, labels?: ValueLabels): CheckedRule {
	const state = test(r.test, p);
	const out: CheckedRule = { id: r.id, label: r.label, state, source: r.source };
	if (state !== 'yes') out.detail = culprits(r.test, p, state, labels).join('；');
	return out;
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
export function evaluateOne(benefit: Benefit, profile: Profile, labels?: ValueLabels): Result {
	const p = normaliseProfile(profile);
	const rules = benefit.conditions.map((r) => checkRule(r, p, labels));
	const met = rules.filter((r) => r.state === 'yes');
	const unmet = rules.filter((r) => r.state === 'no');
	const open = [...rules.filter((r) => r.state === 'unknown'), ...undecided(benefit)];

	const fits: PersonAmount[] = [];
	const notForYou: SkippedAmount[] = [];
	for (const a of benefit.amounts) {
		const t = a.when ? test(a.when, p) : 'yes';
		if (t === 'no') notForYou.push({ amount: a, reason: culprits(a.when!, p, 'no', labels).join('；') });
		else {
			const item: PersonAmount = { amount: a, applies: t, exclusionIds: [] };
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
	for (const x of amounts) x.exclusionIds = exclusions.filter((e) => e.amountIds.includes(x.amount.id)).map((e) => e.id);

	const catalogue: PersonCatalogueRow[] = [];
	if (verdict !== '不符合') {
		for (const row of benefit.catalogue) {
			const t = row.when ? test(row.when, p) : 'yes';
			if (t !== 'no') catalogue.push({ row, applies: t });
		}
	}
	const priority = benefit.priority.map((r) => checkRule(r, p, labels)).filter((r) => r.state === 'yes');
	const headline = verdict === '不符合' ? null : personHeadline(amounts);

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
		reasons: [],
		benefit
	};
	result.reasons = reasonsOf(result, noItemFits ? notForYou : []);
	return result;
}

function reasonsOf(r: Result, ruledOut: SkippedAmount[]): string[] {
	const out: string[] = [];
	for (const x of r.unmet) out.push(`不符合：${x.label}${x.detail ? `——${x.detail}` : ''}`);
	if (ruledOut.length > 0) out.push(`没有适合您的项目：${ruledOut.map((s) => `${s.amount.label}要求${s.reason}`).join('；')}`);
	for (const x of r.unknown) out.push(`待确认：${x.label}`);
	for (const x of r.met) out.push(`符合：${x.label}`);
	for (const x of r.amounts) {
		// A premium or insured sum is never 可得 (pig insurance: 90元 is what the farmer pays).
		const role = amountRole(x.amount);
		const prefix = role === 'receive' ? (x.applies === 'yes' ? '可得' : '可能可得') : ROLE_PREFIX[role];
		const text = formatAmount(x.amount);
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
	return out;
}

const RANK: Record<Verdict, number> = { 符合: 0, 可能符合: 1, 不符合: 2 };

/**
 * Check every personal benefit (see isPersonal) against a person's answers. Results are ordered by
 * verdict (符合, 可能符合, 不符合); within a verdict, the most conditions already met and the fewest still
 * open come first (the likeliest 可能符合 on top), then the order the benefits were given.
 */
export function evaluate(benefits: readonly Benefit[], profile: Profile, labels?: ValueLabels): Result[] {
	return benefits
		.filter(isPersonal)
		.map((b, i) => ({ r: evaluateOne(b, profile, labels), i }))
		.sort(
			(a, b) =>
				RANK[a.r.verdict] - RANK[b.r.verdict] ||
				b.r.met.length - a.r.met.length ||
				a.r.unknown.length - b.r.unknown.length ||
				a.i - b.i
		)
		.map((x) => x.r);
}
