/**
 * Gazette documents (通知, 意见, 方案, 批复 …) of the five source files.
 *
 * What the text allows is parsed mechanically inside each document's line range: the 文号 line, the title above it,
 * the date line, the signature and the 「咨询单位／咨询电话」 block. What it does not allow comes from
 * data/curated/documents.yaml: the line ranges themselves (page furniture between documents has no reliable marker),
 * whether citizens have a use for the document, a one-sentence summary and a verbatim quote that backs it.
 * The 文号 printed in the range must equal the curated one, and every 文号 line of a file must fall in some range,
 * so a shifted or missing range stops the build with file:line.
 */
import { AREA_CODE } from '#lib/domain/city';
import { join } from 'node:path';
import { readYaml } from '../lib/yaml';
import { pinyin } from 'pinyin-pro';
import { z } from 'zod';
import { Document, GazetteFile, type SourceRef } from '#lib/domain/schema';
import { hotlineId } from '#lib/domain/format/phone';
import { GAZETTES, SOURCES_DIR, SourceError, sourceLines, sourcePath, verifyQuote } from '../lib/sources';

export const CURATED_DOCUMENTS_PATH = join(import.meta.dirname, '..', '..', 'data', 'curated', 'documents.yaml');

/**
 * 004:5695–5910 is a second, truncated copy of earlier 004 documents (research seeds-001-002-004 §6.3 D4-1);
 * its 文号 line 5890 would otherwise be a phantom document.
 */
export const IGNORED_RANGES: Partial<Record<GazetteFile, Array<[number, number]>>> = { '004': [[5695, 5910]] };

/** A line that holds only a 文号, e.g. 「吕政办发〔2019〕27 号」, 「\t吕政办发〔2021〕18号」. */
const DOC_NO_LINE = /^[\s#*]*([^\s，。（(〔]{2,10}〔\s*\d{4}\s*〕\s*\d+\s*号)[\s*]*$/;
/** A line that holds only a date, in the three printed shapes 「2019年6月18日」, 「2019 年 6 月 20 日」, 「2021 年 4 月 21 日」. */
const DATE_LINE = /^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/;
const CONSULT_UNIT_LINE = /^\s*咨询单位\s*[：:]\s*(\S.*?)\s*$/;
const CONSULT_PHONE_LINE = /^\s*咨询电话\s*[：:]\s*(\S.*?)\s*$/;
/** 「8228066」 (001) or 「0358-8237537」 (002); dash variants as printed elsewhere (「0358—8227519」). */
const PHONE = /^(?:(0\d{2,3})\s*[-—–－]\s*)?(\d{7,8})$/;
/** Issuer part of a title line: everything before 「关于」 or 「印发」 (「吕梁市人民政府办公室 印发关于开展…」). */
const TITLE_VERB = /关于|印发/;
/** Organisation names as they sign a document (「吕梁市人民政府办公厅」, 「中国人民银行吕梁市中心支行」). */
const SIGNATURE_LINE = /^\s*\S{2,30}(政府|办公室|办公厅|局|委员会|支行|中心|队)\s*$/;
/** Signature and date sit right above or below each other; more than this many lines away is body text. */
const SIGNATURE_LOOKBACK_LINES = 6;
/** A title never runs over more physical lines than this (004 wraps titles over 3–4 short lines). */
const MAX_TITLE_LINES = 5;

const Quote = z.object({
	line: z.number().int().positive(),
	lineEnd: z.number().int().positive().optional(),
	text: z.string().min(4)
});

export const CuratedDocument = z
	.object({
		file: GazetteFile,
		lineStart: z.number().int().positive(),
		lineEnd: z.number().int().positive(),
		docNo: z.string().min(4),
		citizenFacing: z.boolean(),
		summary: z.string().min(8).optional(),
		quote: Quote.optional(),
		/** Only for the two documents printed without signature or issuer in the title. */
		issuer: z
			.object({ name: z.string().min(2), line: z.number().int().positive(), quote: z.string().min(2) })
			.optional(),
		/** Why a document is (not) citizen-facing, for reviewers; not emitted. */
		note: z.string().optional()
	})
	.strict()
	.refine((d) => !d.citizenFacing || (d.summary !== undefined && d.quote !== undefined), {
		message: 'citizen-facing documents need a summary and a quote'
	});
export type CuratedDocument = z.infer<typeof CuratedDocument>;

export function loadCuratedDocuments(path = CURATED_DOCUMENTS_PATH): CuratedDocument[] {
	const raw: unknown = readYaml(path);
	const list = z.array(z.unknown()).parse(raw);
	return list.map((entry, i) => {
		const parsed = CuratedDocument.safeParse(entry);
		if (!parsed.success) {
			throw new SourceError('data/curated/documents.yaml', 1, `entry ${i + 1}: ${parsed.error.message}`);
		}
		return parsed.data;
	});
}

/** 「吕政办函〔2023〕39 号」 → 吕政办函〔2023〕39号. */
export function normaliseDocNo(raw: string): string {
	return raw.replace(/[\s*#]+/g, '');
}

/** 「2019 年 6 月 20 日」 → 2019-06-20; undefined when the line is not a date line. */
export function parseDateLine(line: string): string | undefined {
	const m = DATE_LINE.exec(line);
	if (!m) return undefined;
	const [, y, mo, d] = m;
	return `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/** Phone as printed in a consult block → local digits and area code (0358 when printed without one). */
export function parseConsultPhone(raw: string): { number: string; areaCode: string } | undefined {
	const m = PHONE.exec(raw.replace(/\s+/g, ''));
	if (!m) return undefined;
	return { number: m[2]!, areaCode: m[1] ?? AREA_CODE };
}

/**
 * Removes wrap spaces from title text (「行动方案的 通 知」, 「吕梁市 2022 年」) but keeps a space between two ASCII
 * words, where it is meaningful (「BS-04-01 BS-04-03」). ASCII parentheses become full-width, as the tables of contents
 * print them (000 TOC 「（2019-2021年）」 for body 「(2019-2021年)」).
 */
export function cleanTitle(text: string): string {
	return text
		.replace(/<[^>]+>/g, '')
		.replace(/\*\*/g, '')
		.replace(/\s+/g, ' ')
		.replace(/ (?![A-Za-z0-9])|(?<![A-Za-z0-9]) /g, '')
		.replace(/\(/g, '（')
		.replace(/\)/g, '）')
		.trim();
}

/** Splits 「吕梁市农业农村局 吕梁市林业局 … 关于印发…」 into issuers and the title proper. */
export function splitIssuer(rawTitle: string): { issuers: string[]; title: string } {
	const m = TITLE_VERB.exec(rawTitle);
	const cut = m ? m.index : 0;
	const issuers = rawTitle
		.slice(0, cut)
		.split(/\s+/)
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
	return { issuers, title: cleanTitle(rawTitle.slice(cut)) };
}

/** Stable id from the 文号: 吕政办发〔2019〕29号 → lzbf-2019-29 (initials of the issuing code, year, number). */
export function documentId(docNo: string): string {
	const m = /^(\S+?)〔(\d{4})〕(\d+)号$/.exec(docNo);
	if (!m) throw new Error(`not a 文号: ${docNo}`);
	const initials = pinyin(m[1]!, { pattern: 'first', toneType: 'none', type: 'array', v: true }).join('');
	return `${initials}-${m[2]}-${m[3]}`.toLowerCase();
}

/** A 咨询电话 printed in a document, with what a hotline record needs to cite it. */
export interface ConsultPhone {
	file: GazetteFile;
	/** Line of 「咨询电话：…」. */
	line: number;
	unitLine: number;
	unit: string;
	number: string;
	areaCode: string;
	/** As printed after the colon, for the quote. */
	printed: string;
	documentId: string;
	docNo: string;
	title: string;
	/** Document date, or the gazette issue date for the two undated 003 documents. */
	date: string;
}

export interface ExtractedDocuments {
	documents: Document[];
	consultPhones: ConsultPhone[];
}

function inIgnoredRange(file: GazetteFile, line: number): boolean {
	return (IGNORED_RANGES[file] ?? []).some(([a, b]) => line >= a && line <= b);
}

function extractOne(c: CuratedDocument, dir: string): { doc: Document; phones: ConsultPhone[] } {
	const lines = sourceLines(c.file, dir);
	const path = sourcePath(c.file, dir);
	if (c.lineEnd > lines.length || c.lineEnd < c.lineStart) {
		throw new SourceError(path, c.lineStart, `bad document range ${c.lineStart}–${c.lineEnd}`);
	}
	const at = (n: number) => lines[n - 1] ?? '';

	const docNoLines: number[] = [];
	for (let n = c.lineStart; n <= c.lineEnd; n++) if (DOC_NO_LINE.test(at(n))) docNoLines.push(n);
	if (docNoLines.length !== 1) {
		throw new SourceError(
			path,
			c.lineStart,
			`expected one 文号 line in ${c.lineStart}–${c.lineEnd}, found ${docNoLines.length}`
		);
	}
	const docNoLine = docNoLines[0]!;
	const docNo = normaliseDocNo(DOC_NO_LINE.exec(at(docNoLine))![1]!);
	if (docNo !== c.docNo) throw new SourceError(path, docNoLine, `文号 ${docNo} differs from curated ${c.docNo}`);

	const titleLines: string[] = [];
	for (let n = c.lineStart; n < docNoLine; n++)
		if (at(n).trim())
			titleLines.push(
				at(n)
					.replace(/^[\s#]+/, '')
					.trim()
			);
	if (titleLines.length === 0 || titleLines.length > MAX_TITLE_LINES) {
		throw new SourceError(
			path,
			c.lineStart,
			`title block of ${titleLines.length} lines above the 文号 at ${docNoLine}`
		);
	}
	const { issuers: titleIssuers, title } = splitIssuer(titleLines.join(' '));

	let dateLine: number | undefined;
	for (let n = docNoLine + 1; n <= c.lineEnd && dateLine === undefined; n++) if (parseDateLine(at(n))) dateLine = n;
	const date = dateLine === undefined ? undefined : parseDateLine(at(dateLine));

	let issuers = titleIssuers;
	if (issuers.length === 0 && dateLine !== undefined) issuers = signatureAbove(lines, dateLine);
	let issuer = issuers.join('、');
	if (c.issuer) {
		if (issuer) throw new SourceError(path, c.lineStart, `curated issuer given but the text prints ${issuer}`);
		verifyQuote({ file: c.file, line: c.issuer.line, date: date ?? GAZETTES[c.file].date, quote: c.issuer.quote }, dir);
		issuer = c.issuer.name;
	}
	if (!issuer)
		throw new SourceError(path, c.lineStart, 'no issuer in the title or signature; add `issuer` to documents.yaml');

	const id = documentId(docNo);
	const citeDate = date ?? GAZETTES[c.file].date;
	const units: Array<[number, string]> = [];
	const phones: ConsultPhone[] = [];
	for (let n = c.lineStart; n <= c.lineEnd; n++) {
		const u = CONSULT_UNIT_LINE.exec(at(n));
		if (u) units.push([n, u[1]!]);
		const p = CONSULT_PHONE_LINE.exec(at(n));
		if (!p) continue;
		const phone = parseConsultPhone(p[1]!);
		if (!phone) throw new SourceError(path, n, `咨询电话 not a landline number: 「${p[1]}」`);
		const unit = units[units.length - 1];
		if (!unit || n - unit[0] > SIGNATURE_LOOKBACK_LINES)
			throw new SourceError(path, n, '咨询电话 without a 咨询单位 above it');
		phones.push({
			file: c.file,
			line: n,
			unitLine: unit[0],
			unit: unit[1],
			...phone,
			printed: p[1]!,
			documentId: id,
			docNo,
			title,
			date: citeDate
		});
	}
	if (units.length !== phones.length) {
		throw new SourceError(
			path,
			units[0]?.[0] ?? c.lineStart,
			`${units.length} 咨询单位 lines but ${phones.length} 咨询电话 lines`
		);
	}

	if (c.quote) {
		verifyQuote(
			{ file: c.file, line: c.quote.line, lineEnd: c.quote.lineEnd, date: citeDate, quote: c.quote.text },
			dir
		);
		if (c.quote.line < c.lineStart || (c.quote.lineEnd ?? c.quote.line) > c.lineEnd) {
			throw new SourceError(path, c.quote.line, `quote lies outside its document ${c.lineStart}–${c.lineEnd}`);
		}
	}

	const source: SourceRef = { file: c.file, line: c.lineStart, lineEnd: c.lineEnd, docNo, date: citeDate };
	const doc: Document = {
		id,
		title,
		docNo,
		issuer,
		...(date ? { date } : {}),
		issue: GAZETTES[c.file].issue,
		lineStart: c.lineStart,
		lineEnd: c.lineEnd,
		...(units[0] ? { consultUnit: units[0][1] } : {}),
		consultHotlineIds: [...new Set(phones.map((p) => hotlineId(p.number, p.areaCode)))],
		citizenFacing: c.citizenFacing,
		...(c.summary ? { summary: c.summary } : {}),
		source: c.quote ? { ...source, quote: c.quote.text } : source
	};
	return { doc, phones };
}

/**
 * The organisations that sign above the date (003 prints most titles without issuer). 003:677–679 repeats the
 * last character of 「吕梁市人民政府办公室」 on its own line (extraction defect D-3); one-character lines are skipped.
 */
function signatureAbove(lines: string[], dateLine: number): string[] {
	const found: string[] = [];
	for (let n = dateLine - 1; n >= Math.max(1, dateLine - SIGNATURE_LOOKBACK_LINES); n--) {
		const text = (lines[n - 1] ?? '').trim();
		if (!text || text.length === 1) continue;
		if (!SIGNATURE_LINE.test(text)) break;
		found.unshift(text);
	}
	return found;
}

/** All documents, in file then line order, plus every 咨询电话 they print. `dir` holds the gazette texts. */
export function extractDocumentsWithPhones(curated = loadCuratedDocuments(), dir = SOURCES_DIR): ExtractedDocuments {
	const sorted = [...curated].sort((a, b) => a.file.localeCompare(b.file) || a.lineStart - b.lineStart);
	checkCoverage(sorted, dir);
	const documents: Document[] = [];
	const consultPhones: ConsultPhone[] = [];
	const ids = new Set<string>();
	for (const c of sorted) {
		const { doc, phones } = extractOne(c, dir);
		if (ids.has(doc.id)) throw new SourceError(sourcePath(c.file, dir), c.lineStart, `duplicate document id ${doc.id}`);
		ids.add(doc.id);
		documents.push(Document.parse(doc));
		consultPhones.push(...phones);
	}
	return { documents, consultPhones };
}

export function extractDocuments(curated = loadCuratedDocuments(), dir = SOURCES_DIR): Document[] {
	return extractDocumentsWithPhones(curated, dir).documents;
}

/** Ranges must not overlap, and every 文号 line of every file must belong to one (except the ignored layer). */
function checkCoverage(sorted: CuratedDocument[], dir: string): void {
	for (let i = 1; i < sorted.length; i++) {
		const a = sorted[i - 1]!;
		const b = sorted[i]!;
		if (a.file === b.file && b.lineStart <= a.lineEnd) {
			throw new SourceError(
				sourcePath(b.file, dir),
				b.lineStart,
				`document range overlaps ${a.lineStart}–${a.lineEnd}`
			);
		}
	}
	for (const file of GazetteFile.options) {
		const ranges = sorted.filter((c) => c.file === file);
		sourceLines(file, dir).forEach((text, i) => {
			const n = i + 1;
			if (!DOC_NO_LINE.test(text) || inIgnoredRange(file, n)) return;
			if (!ranges.some((r) => n >= r.lineStart && n <= r.lineEnd)) {
				throw new SourceError(sourcePath(file, dir), n, `文号 line outside every document range in documents.yaml`);
			}
		});
	}
}
