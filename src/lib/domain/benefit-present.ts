/**
 * How a benefit reads, in one place: amounts (by what they are to the person), headlines, catalogue rows,
 * blank values and the numbers to call. Used by the benefit pages, 测一测, the handout, the counter card
 * and the CLI, so they cannot disagree. Pure, and nothing but types at run time from the schema: pages
 * format amounts without loading zod or the engine.
 */
import type { Dataset } from './dataset';
import type { Amount, Benefit } from './eligibility/schema';
import type { Hotline } from './schema';

// Amounts in words live in amount-words.ts, so that a page can format them without loading the rest of this
// module (headlines, contacts) at start-up (issue 14).
import { amountRole, formatAmount, INSURED_NOTE, isReceived, type AmountLike } from './amount-words';
export {
	amountRole,
	isReceived,
	ROLE_PREFIX,
	PAY_NOTE,
	PAY_RATE_NOTE,
	INSURED_NOTE,
	NO_AMOUNT_TEXT,
	FREE_TEXT,
	BLANK_STANDARD_TEXT,
	everyYears,
	periodWords,
	formatAmount,
	catalogueRowText,
	PENSION_BENEFIT_ID,
	type AmountLike
} from './amount-words';

const PERIOD_SUFFIX: Partial<Record<Amount['period'], string>> = {
	每年: '/年',
	每月: '/月',
	每季: '/季',
	一次性: '（一次性）'
};

/** 「15000元/人/年」: value, unit and period in the short form lists use; '' when the source states no sum. */
export function shortAmount(a: Pick<Amount, 'value' | 'unit' | 'period'>): string {
	if (a.value === null) return '';
	return `${a.value}${a.unit}${PERIOD_SUFFIX[a.period] ?? ''}`;
}

/** 「元/月」: a unit with its period. */
export function unitPer(unit: string, period: Amount['period']): string {
	return `${unit}${PERIOD_SUFFIX[period] ?? ''}`;
}

/** 「全日制康复训练：每年最多15000元/人」; null when the source states no sum. */
export function amountLine(a: AmountLike & { label: string }): string | null {
	if (a.value === null) return null;
	return `${a.label}：${formatAmount(a)}`;
}

// ---------------------------------------------------------------------------------------------
// Headlines.
// ---------------------------------------------------------------------------------------------

/** 万元 and 元 compare in one scale when picking the largest amount. */
const YUAN_PER_WAN = 10_000;
function yuanValue(a: Pick<Amount, 'value' | 'unit'>): number {
	return (a.value ?? 0) * (a.unit === '万元' ? YUAN_PER_WAN : 1);
}

export interface HeadlineAmount {
	/** 「最高 15000元/人/年」, or a plain sentence when the source states no sum. */
	text: string;
	/** What the amount is for (「全日制康复训练」), when there is one. */
	label?: string;
	/** Whether the source states a sum at all. */
	stated: boolean;
}

/**
 * The headline of a benefit for lists, pages and handouts: the largest 'max' amount paid to the person
 * (最高 …), else its monthly or yearly 'add' amounts, else the first sum paid to the person; for a benefit
 * that pays nothing itself (an insurance), its largest insured sum as 保额; else a plain sentence. A premium
 * or any sum the person pays is never a headline.
 */
export function benefitHeadline(b: Benefit): HeadlineAmount {
	const stated = b.amounts.filter((a) => a.value !== null && isReceived(a));
	const max = stated.filter((a) => a.headline === 'max');
	if (max.length > 0) {
		const best = max.reduce((x, y) => (yuanValue(y) > yuanValue(x) ? y : x));
		// 最高 only where there is something higher to be less than: tiers to choose from, or a cap. One fixed sum
		// (户均补助1.4万元, 000:3217) is not a maximum, and saying so would hide what the source allows on top.
		const upTo = best.kind === 'upTo' || max.length > 1;
		return { text: `${upTo ? '最高 ' : ''}${shortAmount(best)}`, label: best.label, stated: true };
	}
	const add = stated.filter((a) => a.headline === 'add');
	const first = add[0] ?? stated[0];
	if (first)
		return { text: `${first.kind === 'upTo' ? '最高 ' : ''}${shortAmount(first)}`, label: first.label, stated: true };
	const insured = b.amounts.filter((a) => a.value !== null && amountRole(a) === 'insured');
	if (insured.length > 0) {
		const best = insured.reduce((x, y) => (yuanValue(y) > yuanValue(x) ? y : x));
		return { text: `保额最高 ${shortAmount(best)}${INSURED_NOTE}`, label: best.label, stated: true };
	}
	if (b.penaltyLists?.length) return { text: '首次轻微违法可不罚，或从轻、减轻处罚', stated: false };
	if (b.catalogue.length > 0) return { text: '按标准表补助，见详情', stated: false };
	return { text: `${b.serviceIds?.length ? '目录' : '文件'}未载明金额，请向${b.apply.office}咨询`, stated: false };
}

/** The one-line amount for a person (engine Result.headline). */
export interface Headline {
	value: number;
	unit: Amount['unit'];
	period: Amount['period'];
	/** The amounts it is made of (one for 'max', several summed for 'add'). */
	amountIds: string[];
	label: string;
	/** A cap or an amount that still depends on open answers: shown as 「最多」. */
	upTo: boolean;
	/** The sum that makes it, when it is computed: 「12000 ÷ 120 + 20 = 120」. */
	formula?: string;
}

/** An amount as the engine found it for a person (engine PersonAmount). */
interface AmountForPerson {
	amount: Amount;
	applies: 'yes' | 'unknown';
	/** The sum for this person, when computed from an answer (储存额 ÷ 120); else the stated value. */
	value?: number | null;
	formula?: string;
}

const sumOf = (x: AmountForPerson): number | null => (x.value !== undefined ? x.value : x.amount.value);

/**
 * The headline for a person, from the amounts that fit them: the 'add' amounts summed (monthly
 * supplements, with the sum written out when a part is computed: 「12000 ÷ 120 + 20 = 120」), else the
 * largest 'max' amount. Only money paid to the person counts; amounts that surely apply are preferred to
 * ones that depend on open answers, which make it 「最多」.
 */
export function personHeadline(amounts: readonly AmountForPerson[]): Headline | null {
	const candidates = (state: 'yes' | 'unknown') =>
		amounts.filter((x) => x.applies === state && x.amount.headline && sumOf(x) !== null && isReceived(x.amount));
	let pool = candidates('yes');
	const certain = pool.length > 0;
	if (!certain) pool = candidates('unknown');
	const adds = pool.filter((x) => x.amount.headline === 'add');
	if (adds.length > 0) {
		const first = adds[0]!.amount;
		const value = roundYuan(adds.reduce((s, x) => s + (sumOf(x) ?? 0), 0));
		const computed = adds.some((x) => x.formula);
		const headline: Headline = {
			value,
			unit: first.unit,
			period: first.period,
			amountIds: adds.map((x) => x.amount.id),
			label: adds.map((x) => x.amount.label).join(' + '),
			upTo: !certain || adds.some((x) => x.amount.kind === 'upTo')
		};
		if (computed) headline.formula = `${adds.map((x) => x.formula ?? String(sumOf(x))).join(' + ')} = ${value}`;
		return headline;
	}
	let best: AmountForPerson | undefined;
	for (const x of pool)
		if (
			!best ||
			yuanValue({ value: sumOf(x), unit: x.amount.unit }) > yuanValue({ value: sumOf(best), unit: best.amount.unit })
		)
			best = x;
	const bestValue = best ? sumOf(best) : null;
	if (!best || bestValue === null) return null;
	return {
		value: bestValue,
		unit: best.amount.unit,
		period: best.amount.period,
		amountIds: [best.amount.id],
		label: best.amount.label,
		upTo: !certain || best.amount.kind === 'upTo' || pool.length > 1
	};
}

const CENTS = 100;
/** Money is shown to the 分: round half up on cents. */
export function roundYuan(x: number): number {
	return Math.round(x * CENTS) / CENTS;
}

/** A person's headline in words: 「20元/月」, 「最多15000元/人/年」, 「12000 ÷ 120 + 20 = 120 元/月」. */
export function personHeadlineText(h: Pick<Headline, 'value' | 'unit' | 'period' | 'upTo' | 'formula'>): string {
	const unit = unitPer(h.unit, h.period);
	if (h.formula) return `${h.formula} ${unit}`;
	return `${h.upTo ? '最多' : ''}${h.value}${unit}`;
}

// ---------------------------------------------------------------------------------------------
// Grouping for lists.
// ---------------------------------------------------------------------------------------------

/** Groups as people think of themselves, in page order; topics not listed fall into 其他. */
export const GROUPS = ['残疾人和儿童', '老人和养老', '农民', '个体工商户和小企业', '其他'] as const;
export type Group = (typeof GROUPS)[number];

const TOPIC_GROUP: Record<string, Group> = {
	残疾人: '残疾人和儿童',
	养老: '老人和养老',
	// The 社会救助 benefits in the data are the 低保 elderly subsidies (catalogue #90, #91).
	社会救助: '老人和养老',
	农业: '农民',
	企业: '个体工商户和小企业',
	// The 城管 lenient-penalty lists concern shop owners, stall keepers and builders.
	城市管理: '个体工商户和小企业'
};

export function groupOf(b: Pick<Benefit, 'topic'>): Group {
	return TOPIC_GROUP[b.topic] ?? '其他';
}

// ---------------------------------------------------------------------------------------------
// Numbers to call.
// ---------------------------------------------------------------------------------------------

export interface Contact {
	id: string;
	number: string;
	areaCode?: string;
	name: string;
}

/** A number printed in a benefit's data that is not a directory hotline: 「0358-8236968」. */
const LANDLINE_ID = /^(0\d{2,3})-(\d{7,8})$/;
const GENERAL_LINE = '12345';

function hotlineContact(id: string, h: Pick<Hotline, 'number' | 'areaCode' | 'name'>): Contact {
	return h.areaCode
		? { id, number: h.number, areaCode: h.areaCode, name: h.name }
		: { id, number: h.number, name: h.name };
}

/**
 * The numbers to call about a benefit, each once: directory hotlines by id, other ids read as the printed
 * number and named after the office.
 */
export function contactsOf(b: Benefit, ds: Pick<Dataset, 'hotlines'>): Contact[] {
	const seen = new Set<string>();
	const out: Contact[] = [];
	for (const id of b.apply.hotlineIds) {
		const h = ds.hotlines.get(id);
		const m = LANDLINE_ID.exec(id);
		const c: Contact = h
			? hotlineContact(id, h)
			: m && m[1] && m[2]
				? { id, number: m[2], areaCode: m[1], name: `${b.apply.office}咨询电话` }
				: { id, number: id, name: id === GENERAL_LINE ? '12345服务热线' : `${b.apply.office}咨询电话` };
		const key = `${c.areaCode ?? ''}-${c.number}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(c);
	}
	return out;
}
