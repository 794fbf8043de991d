/**
 * How an amount reads, shared by the engine, the benefit pages and the handouts. Its own module with no
 * imports at run time, so a page can format amounts without loading the engine.
 */
import type { Amount } from './schema';

const PERIOD_TEXT: Record<string, string> = { 未规定: '' };

/** Shown for an amount whose source prints no sum and does not say it is free. */
export const NO_AMOUNT_TEXT = '文件未载明金额';
export const FREE_TEXT = '免费提供';
/** A note that is nothing but the missing-amount remark (「目录未载明金额」) can stand in for NO_AMOUNT_TEXT. */
const NO_AMOUNT_NOTE = /^[^，；。,;]*未载明金额。?$/;

/** What the answer shows for an amount without a value: 「目录未载明金额」, 「文件未载明金额」. */
function missingAmountText(a: { conditions?: string }): string {
	const note = a.conditions?.trim();
	return note && NO_AMOUNT_NOTE.test(note) ? note.replace(/。$/, '') : NO_AMOUNT_TEXT;
}

/**
 * 「15000元/人（每年）」, 「最多400元」. A null value is 「免费提供」 only when the data says the thing is
 * free (Amount.free, backed by its quote); otherwise the source prints no sum and the text says so.
 */
export function formatAmount(
	a: Pick<Amount, 'value' | 'unit' | 'period'> & { kind?: Amount['kind']; free?: boolean; conditions?: string },
	upTo = a.kind === 'upTo'
): string {
	if (a.value === null) {
		if (a.free) return FREE_TEXT;
		return a.period === '一次性' || a.period === '未规定' ? missingAmountText(a) : `按规定计发（${a.period}）`;
	}
	const period = PERIOD_TEXT[a.period] ?? `（${a.period}）`;
	return `${upTo ? '最多' : ''}${a.value}${a.unit}${period}`;
}

const PERIOD_SUFFIX: Partial<Record<Amount['period'], string>> = { 每年: '/年', 每月: '/月', 每季: '/季', 一次性: '（一次性）' };

/** 「15000元/人/年」: value, unit and period in the short form lists use; '' when the source states no sum. */
export function shortAmount(a: Pick<Amount, 'value' | 'unit' | 'period'>): string {
	if (a.value === null) return '';
	return `${a.value}${a.unit}${PERIOD_SUFFIX[a.period] ?? ''}`;
}
