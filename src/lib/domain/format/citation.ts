/** How a source is cited to a citizen: the gazette issue, 文号, date and line. */
import type { SourceFile, SourceRef } from '../schema';

/** The gazette issue each source file reproduces (from the files' covers; see shared/seeds/README.md). */
export const GAZETTE_ISSUES: Record<SourceFile, string> = {
	'000': '吕梁市人民政府公报 2019年第2号',
	'001': '吕梁市人民政府公报 2022年第3期',
	'002': '吕梁市人民政府公报 2023年第6期',
	'003': '吕梁市人民政府公报 2019年第1号',
	'004': '吕梁市人民政府公报 2021年第2期'
};

export function sourceYear(ref: Pick<SourceRef, 'date'>): string {
	return ref.date.slice(0, 4);
}

/** 2019-06-21 → 2019年6月21日 */
export function chineseDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	return `${y}年${Number(m)}月${Number(d)}日`;
}

export function lineRange(ref: Pick<SourceRef, 'line' | 'lineEnd'>): string {
	return ref.lineEnd && ref.lineEnd !== ref.line ? `第 ${ref.line}–${ref.lineEnd} 行` : `第 ${ref.line} 行`;
}

/** e.g. 吕政办发〔2019〕29号 · 2019年6月21日 · 吕梁市人民政府公报 2019年第2号 · 原文第 1069 行 */
export function citationText(ref: SourceRef): string {
	return [ref.docNo, chineseDate(ref.date), GAZETTE_ISSUES[ref.file], `原文${lineRange(ref)}`]
		.filter(Boolean)
		.join(' · ');
}
