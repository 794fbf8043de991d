/**
 * Amounts in words: what the benefit page prints for each amount and catalogue row. Split from
 * benefit-present.ts (which re-exports all of it) so that the page's start-up code holds only this, not the
 * headline and contact code its data builder uses (issue 14). Pure; types only from the schema.
 */
import type { Amount, AmountRole, CatalogueRow } from './eligibility/schema';

// ---------------------------------------------------------------------------------------------
// What an amount is to the person.
// ---------------------------------------------------------------------------------------------

/** An amount's role (see AMOUNT_ROLES in the schema); bundles built before roles existed have none. */
export function amountRole(a: { role?: AmountRole; unit: string }): AmountRole {
	return a.role ?? (a.unit === '%' ? 'share' : 'receive');
}

/** Only money paid to the person is 可得, counts in a headline, or is summed. */
export function isReceived(a: { role?: AmountRole; unit: string }): boolean {
	return amountRole(a) === 'receive';
}

/** The word a line about an amount starts with in explanations (「可得：…」). */
export const ROLE_PREFIX: Record<AmountRole, string> = {
	receive: '可得',
	pay: '需缴',
	share: '比例',
	insured: '保险金额'
};
/** Said after a premium or insured sum, so nobody reads it as money they will be given. */
export const PAY_NOTE = '（要交的钱，不是发给您的钱）';
export const PAY_RATE_NOTE = '（要交的费率或税率，不是补贴）';
export const INSURED_NOTE = '（出险时最高赔付的金额，不是补贴）';

// ---------------------------------------------------------------------------------------------
// Amounts in words.
// ---------------------------------------------------------------------------------------------

/** Shown for an amount whose source prints no sum and does not say it is free. */
export const NO_AMOUNT_TEXT = '文件未载明金额';
export const FREE_TEXT = '免费提供';
/**
 * A blank standard in a table (助听器 in the 辅助器具 table): the table prints no sum. Never 「免费」: a blank
 * cell says nothing about cost (schema.ts Amount.free).
 */
export const BLANK_STANDARD_TEXT = '标准未载明';
/** A note that is nothing but the missing-amount remark (「目录未载明金额」) can stand in for NO_AMOUNT_TEXT. */
const NO_AMOUNT_NOTE = /^[^，；。,;]*未载明金额。?$/;

function missingAmountText(a: { conditions?: string }): string {
	const note = a.conditions?.trim();
	return note && NO_AMOUNT_NOTE.test(note) ? note.replace(/。$/, '') : NO_AMOUNT_TEXT;
}

/** 「每3年一次」, 「每年一次」. */
export function everyYears(n: number): string {
	return n === 1 ? '每年一次' : `每${n}年一次`;
}

/** 「一次性」「每年」「每3年一次，」: the period said before the sum. */
export function periodWords(period: Amount['period'], cycleYears?: number): string {
	switch (period) {
		case '未规定':
			return '';
		case '每个周期':
			return cycleYears ? `${everyYears(cycleYears)}，` : '每个周期';
		default:
			return period;
	}
}

export type AmountLike = Pick<Amount, 'value' | 'unit' | 'period'> & {
	kind?: Amount['kind'];
	free?: boolean;
	conditions?: string;
	role?: AmountRole;
	cycleYears?: number;
};

/**
 * An amount as people say it: 「每年最多15000元/人」「一次性最多400元/人」「每月20元」「每3年一次，最多1500元」,
 * a premium as money paid in, an insured sum as 保额. A null value is 「免费提供」 only when the data says the
 * thing is free (Amount.free, backed by its quote); otherwise the source prints no sum and the text says so.
 */
export function formatAmount(a: AmountLike, upTo = a.kind === 'upTo'): string {
	if (a.value === null) {
		if (a.free) return FREE_TEXT;
		return a.period === '一次性' || a.period === '未规定' ? missingAmountText(a) : `按规定计发（${a.period}）`;
	}
	const sum = `${a.value}${a.unit}`;
	const when = periodWords(a.period, a.cycleYears);
	switch (amountRole(a)) {
		case 'pay':
			return `${when}${upTo ? '最多' : ''}${sum}${a.unit === '%' ? PAY_RATE_NOTE : PAY_NOTE}`;
		case 'insured':
			return `${upTo ? '最高' : ''}${sum}${INSURED_NOTE}`;
		default:
			return `${when}${upTo ? '最多' : ''}${sum}`;
	}
}

/** A table row's standard: 「1500元，每3年一次」, or 「标准未载明」 for a blank cell. */
export function catalogueRowText(r: Pick<CatalogueRow, 'value' | 'unit' | 'cycleYears'>): string {
	const cycle = r.cycleYears ? `，${everyYears(r.cycleYears)}` : '';
	return `${r.value === null ? BLANK_STANDARD_TEXT : `${r.value}${r.unit}`}${cycle}`;
}

/** The 补充养老保险 benefit, which has the monthly-payment calculator. */
export const PENSION_BENEFIT_ID = 'supplementary-pension';
