/** How a source is cited to a citizen: the gazette issue (or national document), 文号, date and line. */
import { CITY_GAZETTES, GAZETTE, type CityGazette } from '../city';
import type { NationalFile, SourceFile, SourceRef } from '../schema';

/**
 * What each source file reproduces: the gazette issue (from the files' covers; see shared/seeds/README.md), or,
 * for the national excerpts, the collection (each excerpt's own document is in NATIONAL_DOCUMENTS).
 */
export const GAZETTE_ISSUES: Record<SourceFile, string> = {
	...(Object.fromEntries(
		CITY_GAZETTES.map((file) => [file, `${GAZETTE.name} ${GAZETTE.issues[file].issue}`])
	) as Record<CityGazette, string>),
	n01: '国家文件摘录（紧急电话与12345热线）'
};

/** One excerpt in a national source file: the lines it covers and the document they are quoted from. */
export interface NationalDocument {
	/** First and last line of the excerpt's text. */
	line: number;
	lineEnd: number;
	/** The line that names the document; `heading` must be found on it (a unit test checks, like a quote). */
	headingLine: number;
	heading: string;
	/** Issuer and title as cited to a citizen; every part of it is inside `heading`. */
	title: string;
	docNo?: string;
	/** Date of the document or of the release the excerpt is from. */
	date: string;
}

/** data/sources/national/: which document each excerpt is from (see that folder's README.md). */
export const NATIONAL_DOCUMENTS: Record<NationalFile, NationalDocument[]> = {
	n01: [
		{
			line: 4,
			lineEnd: 4,
			headingLine: 3,
			heading: '信息产业部《电信网编号计划》（2003年版）颁布公告（2003年4月28日）',
			title: '信息产业部《电信网编号计划》（2003年版）颁布公告',
			date: '2003-04-28'
		},
		{
			line: 7,
			lineEnd: 7,
			headingLine: 6,
			heading:
				'《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》（国办发〔2020〕53号），新华社北京2021年1月6日电',
			title: '《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》',
			docNo: '国办发〔2020〕53号',
			date: '2021-01-06'
		}
	]
};

export function isNational(file: SourceFile): file is NationalFile {
	return file in NATIONAL_DOCUMENTS;
}

/** The national document a line of a national source belongs to. */
export function nationalDocument(file: NationalFile, line: number): NationalDocument | undefined {
	return NATIONAL_DOCUMENTS[file].find((d) => line >= d.headingLine && line <= d.lineEnd);
}

/** Where a cited passage is printed: the gazette issue, or the national document's issuer and title. */
export function sourceLabel(ref: Pick<SourceRef, 'file' | 'line'>): string {
	if (isNational(ref.file)) return nationalDocument(ref.file, ref.line)?.title ?? GAZETTE_ISSUES[ref.file];
	return GAZETTE_ISSUES[ref.file];
}

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
	return [ref.docNo, chineseDate(ref.date), sourceLabel(ref), `原文${lineRange(ref)}`].filter(Boolean).join(' · ');
}

/**
 * A citation as Citation.svelte shows it. A page formats it with its data (in its route's builder where it has
 * one), so the gazette and national-document tables above stay out of its start-up script (issue 14).
 */
export interface CitationView {
	/** The year the cited document was published. */
	year: string;
	/** 文号 · date · gazette issue or national document · line: see citationText. */
	text: string;
	quote?: string;
}

export function citationView(ref: SourceRef): CitationView {
	return { year: sourceYear(ref), text: citationText(ref), ...(ref.quote ? { quote: ref.quote } : {}) };
}

/** A fact's source as SourceNote.svelte shows it: 出处 with 文号, file and line; the issue is the note's title. */
export interface SourceNoteView {
	note: string;
	issue: string;
}

export function sourceNoteView(ref: SourceRef): SourceNoteView {
	return { note: `出处：${ref.docNo ?? ''}，原文件 ${ref.file} ${lineRange(ref)}`, issue: GAZETTE_ISSUES[ref.file] };
}

/** `T` with each source in it also carrying its note (and no quote): still a `T` for code that reads sources. */
export type WithSourceNotes<T> = T extends SourceRef
	? T & SourceNoteView
	: T extends readonly (infer U)[]
		? WithSourceNotes<U>[]
		: T extends object
			? { [K in keyof T]: WithSourceNotes<T[K]> }
			: T;

function isSourceRef(x: unknown): x is SourceRef {
	if (typeof x !== 'object' || x === null) return false;
	const r = x as Partial<Record<keyof SourceRef, unknown>>;
	return typeof r.file === 'string' && typeof r.line === 'number' && typeof r.date === 'string';
}

/**
 * A copy of `data` in which every source carries its note, for pages that show many (a benefit's conditions,
 * amounts, catalogue rows …). Quotes are left out: the page cites file, line and 文号 for each fact, and a quote
 * nested in each would double the prerendered HTML (the page's data travels with it).
 */
export function withSourceNotes<T>(data: T): WithSourceNotes<T> {
	return JSON.parse(
		JSON.stringify(data, (_key, value: unknown) => {
			if (!isSourceRef(value)) return value;
			const { quote: _quote, ...ref } = value;
			return { ...ref, ...sourceNoteView(value) };
		})
	) as WithSourceNotes<T>;
}
