/**
 * Calculators on the cited benefit data: what a person pays and gets. The sums come from the data
 * (each with its source); the code only combines them the way the source says.
 */
import { test, type Truth } from './engine';
import type { Amount, Benefit, CatalogueRow, Profile } from './schema';

/**
 * 「个人账户养老金的月计发标准，为个人账户全部储存额除以 120。」 (004:4735–4739, 吕政办发〔2021〕21号).
 * The divisor is a rule, not an amount, so it lives here; a test checks it against the source quote.
 */
export const ACCOUNT_PENSION_DIVISOR = 120;
export { PENSION_BENEFIT_ID as SUPPLEMENTARY_PENSION_ID } from '../benefit-present';
export const ACCOUNT_PENSION_AMOUNT_ID = 'account-pension';
export { roundYuan } from '../benefit-present';
import { PENSION_BENEFIT_ID, roundYuan } from '../benefit-present';

export interface ContributionOption {
	/** 缴费档次 (元/年). */
	tier: number;
	/** 政府补贴（入口补） for that tier (元/年). */
	subsidy: number;
	/** What goes into the personal account each year: tier + subsidy. */
	credited: number;
	amount: Amount;
}

/** The contribution tiers of a benefit (amounts carrying a tier), lowest first. */
export function contributionOptions(benefit: Benefit): ContributionOption[] {
	return benefit.amounts
		.filter((a): a is Amount & { tier: number; value: number } => a.tier !== undefined && a.value !== null)
		.map((a) => ({ tier: a.tier, subsidy: a.value, credited: a.tier + a.value, amount: a }))
		.sort((x, y) => x.tier - y.tier);
}

/** The yearly top-up for one tier, or an error naming the tiers that exist. */
export function contributionSubsidy(
	benefit: Benefit,
	tier: number
): { ok: true; option: ContributionOption } | { ok: false; error: string } {
	const options = contributionOptions(benefit);
	const option = options.find((o) => o.tier === tier);
	if (option) return { ok: true, option };
	return { ok: false, error: `没有 ${tier} 元这个缴费档次；可选：${options.map((o) => `${o.tier}元`).join('、')}` };
}

export interface MonthlyPart {
	id: string;
	label: string;
	/** 元/月; null when it cannot be computed (no balance given). */
	value: number | null;
	applies: Truth;
	amount: Amount;
}

export interface MonthlyPension {
	/** Parts that apply or may apply, account pension first. */
	parts: MonthlyPart[];
	/** Sum of the parts that surely apply and have a value (元/月, to the 分). */
	total: number;
	/** Sum including the parts that may apply. */
	totalIfAllApply: number;
	/** Parts that depend on open answers. */
	openPartIds: string[];
}

/**
 * Monthly 补充养老保险 payment for a person: account balance ÷ 120, plus every monthly government
 * subsidy (出口补) whose condition the person meets (20 元; +10 元 from 80; +200 元 for the recognised
 * low-income without supporting children, not together with 低保/特困). Collective 出口补 has no
 * amount in the source and is not counted.
 */
export function monthlyPension(benefit: Benefit, profile: Profile): MonthlyPension {
	const balance = typeof profile.pensionAccountBalance === 'number' ? profile.pensionAccountBalance : null;
	const parts: MonthlyPart[] = [];
	for (const a of benefit.amounts) {
		if (a.period !== '每月') continue;
		const applies = a.when ? test(a.when, profile) : 'yes';
		if (applies === 'no') continue;
		const value =
			a.id === ACCOUNT_PENSION_AMOUNT_ID
				? balance === null
					? null
					: roundYuan(balance / ACCOUNT_PENSION_DIVISOR)
				: a.value;
		parts.push({ id: a.id, label: a.label, value, applies, amount: a });
	}
	parts.sort((x, y) => Number(y.id === ACCOUNT_PENSION_AMOUNT_ID) - Number(x.id === ACCOUNT_PENSION_AMOUNT_ID));
	const sum = (ps: MonthlyPart[]) => roundYuan(ps.reduce((s, p) => s + (p.value ?? 0), 0));
	return {
		parts,
		total: sum(parts.filter((p) => p.applies === 'yes')),
		totalIfAllApply: sum(parts),
		openPartIds: parts.filter((p) => p.applies === 'unknown').map((p) => p.id)
	};
}

export interface Reimbursement {
	rowId: string;
	name: string;
	price: number;
	/** 救助标准 (cap); null when the item is handed out free (助听器). */
	standard: number | null;
	/** 「购买价格高于救助标准的，按对应救助标准给予报销；购买价格低于救助标准的，按实际价格给予报销」 (003:277). */
	reimbursed: number;
	/** What the family pays itself. */
	ownShare: number;
	cycleYears: number | null;
}

/**
 * The catalogue rows the reimbursement calculator offers: a sum in 元 that is the standard itself (rows with only a
 * 参考价 are price guidance, not a reimbursement cap).
 */
export function deviceRows(benefit: Pick<Benefit, 'catalogue'>): CatalogueRow[] {
	return benefit.catalogue.filter((r) => r.value !== null && r.unit === '元' && r.referenceValue === undefined);
}

/** Whether the benefit page offers a calculator (pension, contribution tiers, devices or fines). */
export function hasCalculator(benefit: Benefit): boolean {
	return (
		benefit.id === PENSION_BENEFIT_ID ||
		benefit.amounts.some((a) => a.tier !== undefined && a.value !== null) ||
		deviceRows(benefit).length > 0 ||
		(benefit.penaltyLists?.length ?? 0) > 0
	);
}

/** Reimbursement for one purchased device: the lower of price and standard, once per cycle. */
export function deviceReimbursement(row: CatalogueRow, price: number): Reimbursement {
	if (!Number.isFinite(price) || price < 0) throw new RangeError(`价格应为不小于0的数：${String(price)}`);
	const reimbursed = row.value === null ? 0 : roundYuan(Math.min(price, row.value));
	return {
		rowId: row.id,
		name: row.name,
		price,
		standard: row.value,
		reimbursed,
		ownShare: roundYuan(price - reimbursed),
		cycleYears: row.cycleYears ?? null
	};
}

/** Reimbursements for several purchases ({row id: price}), in catalogue order; unknown ids are an error. */
export function deviceReimbursements(benefit: Benefit, purchases: Record<string, number>): Reimbursement[] {
	const unknown = Object.keys(purchases).filter((id) => !benefit.catalogue.some((r) => r.id === id));
	if (unknown.length) throw new RangeError(`目录中没有：${unknown.sort().join('、')}`);
	return benefit.catalogue.filter((r) => r.id in purchases).map((r) => deviceReimbursement(r, purchases[r.id]!));
}
