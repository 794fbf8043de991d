/**
 * Shared by /benefits, /benefit/[id] and /check: how benefits are grouped for people, the one-line amount
 * shown in lists, and the phone numbers to call. Pure; types only from the schema (no zod in the client).
 */
import type { Dataset } from '$lib/domain/dataset';
import { formatAmount, shortAmount } from '$lib/domain/eligibility/amount-format';
import type { Amount, Benefit } from '$lib/domain/eligibility/schema';

export { shortAmount };

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

/** 万元 and 元 compare in one scale when picking the largest amount. */
const YUAN_PER_WAN = 10_000;
function yuanValue(a: Pick<Amount, 'value' | 'unit'>): number {
	return (a.value ?? 0) * (a.unit === '万元' ? YUAN_PER_WAN : 1);
}


/** The 补充养老保险 benefit, which has the monthly-payment calculator (equal to calc.ts SUPPLEMENTARY_PENSION_ID; a test checks). */
export const PENSION_BENEFIT_ID = 'supplementary-pension';

/** An amount in words, as the engine says it (one formatter: amount-format.ts, which pulls in nothing else). */
export function amountText(a: Pick<Amount, 'value' | 'unit' | 'period' | 'kind' | 'free' | 'conditions'>): string {
	return formatAmount(a);
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
 * The headline amount of a benefit for lists: the largest 'max' amount (最高 …), else the monthly or yearly
 * 'add' amounts, else the first stated amount; or a plain sentence when the source states none.
 */
export function headlineOf(b: Benefit): HeadlineAmount {
	const stated = b.amounts.filter((a) => a.value !== null);
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
	if (first) return { text: `${first.kind === 'upTo' ? '最高 ' : ''}${shortAmount(first)}`, label: first.label, stated: true };
	if (b.penaltyLists?.length) return { text: '首次轻微违法可不罚，或从轻、减轻处罚', stated: false };
	if (b.catalogue.length > 0) return { text: '按标准表补助，见详情', stated: false };
	return { text: `${b.serviceIds?.length ? '目录' : '文件'}未载明金额，请向${b.apply.office}咨询`, stated: false };
}

export interface Contact {
	id: string;
	number: string;
	areaCode?: string;
	name: string;
}

const LANDLINE_ID = /^(\d{3,4})-(\d{7,8})$/;

/** The numbers to call about a benefit: directory hotlines by id, other ids read as the printed number. */
export function contactsOf(b: Benefit, ds: Dataset): Contact[] {
	return b.apply.hotlineIds.map((id) => {
		const h = ds.hotlines.get(id);
		if (h) return { id, number: h.number, areaCode: h.areaCode, name: h.name };
		const m = LANDLINE_ID.exec(id);
		return m ? { id, number: m[2]!, areaCode: m[1], name: `${b.apply.office}咨询电话` } : { id, number: id, name: id === '12345' ? '12345服务热线' : `${b.apply.office}咨询电话` };
	});
}

/** The headline as one line of text (used by the printed handout). */
export function headlineText(b: Benefit): string {
	return headlineOf(b).text;
}
