/**
 * Phone lines outside the 公共服务事项目录: the curated list in data/curated/hotlines.yaml (12345, 12336, 12325,
 * 12369's WeChat channel, the 政府信息公开 complaint line) plus every 咨询电话 printed in a document.
 *
 * One record per number. A number printed by several documents (8296700 by four 规划和自然资源局 documents) keeps
 * the newest document as `source` and the others in `otherSources`, so the app can still list each document; a
 * curated entry for the same number wins over 咨询电话 records, because it says what a citizen calls it for.
 */
import { foldForPrivacy, MOBILE } from '../lib/privacy';
import { join } from 'node:path';
import { readYaml } from '../lib/yaml';
import { z } from 'zod';
import { Hotline, SourceFile, type Department, type Document, type SourceRef } from '#lib/domain/schema';
import { hotlineId } from '#lib/domain/format/phone';
import {
	SOURCES_DIR,
	nationalDocNo,
	sourceDate,
	SourceError,
	sourceLines,
	sourcePath,
	verifyQuote
} from '../lib/sources';
import { extractDocumentsWithPhones, type ConsultPhone, type ExtractedDocuments } from './documents';

export const CURATED_HOTLINES_PATH = join(import.meta.dirname, '..', '..', 'data', 'curated', 'hotlines.yaml');

const Citation = z.object({
	file: SourceFile,
	line: z.number().int().positive(),
	lineEnd: z.number().int().positive().optional(),
	quote: z.string().min(2)
});

/** A curated line: the app's own hotline fields, cited to a passage instead of a built source reference. */
export const CuratedHotline = Hotline.pick({
	number: true,
	areaCode: true,
	name: true,
	purpose: true,
	owner: true,
	category: true
})
	.extend({ source: Citation, also: z.array(Citation).optional() })
	.strict();
export type CuratedHotline = z.infer<typeof CuratedHotline>;

export function loadCuratedHotlines(path = CURATED_HOTLINES_PATH): CuratedHotline[] {
	const list = z.array(z.unknown()).parse(readYaml(path));
	return list.map((entry, i) => {
		const parsed = CuratedHotline.safeParse(entry);
		if (!parsed.success)
			throw new SourceError('data/curated/hotlines.yaml', 1, `entry ${i + 1}: ${parsed.error.message}`);
		return parsed.data;
	});
}

/**
 * Cites a curated passage: 文号 and date of the document that holds it, else of the national excerpt, else the
 * gazette issue date.
 */
function cite(c: z.infer<typeof Citation>, documents: Document[], dir: string): SourceRef {
	const end = c.lineEnd ?? c.line;
	const doc = documents.find((d) => d.source.file === c.file && c.line >= d.lineStart && end <= d.lineEnd);
	const docNo = doc?.docNo ?? nationalDocNo(c.file, c.line);
	const ref: SourceRef = {
		file: c.file,
		line: c.line,
		...(c.lineEnd ? { lineEnd: c.lineEnd } : {}),
		...(docNo ? { docNo } : {}),
		date: doc?.source.date ?? sourceDate(c.file, c.line),
		quote: c.quote
	};
	verifyQuote(ref, dir);
	if (MOBILE.test(foldForPrivacy(c.quote)) || foldForPrivacy(c.quote).includes('@')) {
		throw new SourceError(sourcePath(c.file, dir), c.line, 'quote contains a personal mobile number or e-mail');
	}
	return ref;
}

/** 「关于印发吕梁市水资源管理办法（试行）的通知」 → 吕梁市水资源管理办法（试行）: what the document is about. */
export function shortTitle(title: string): string {
	const quoted = /《([^》]+)》/.exec(title);
	if (quoted) return quoted[1]!;
	return title
		.replace(/^(印发)?关于(印发)?/, '')
		.replace(/的?(通知|决定|批复|意见|通报)$/, '')
		.replace(/的$/, '');
}

function consultSource(p: ConsultPhone, dir: string): SourceRef {
	const lines = sourceLines(p.file, dir);
	const quote = `${(lines[p.unitLine - 1] ?? '').trim()}${(lines[p.line - 1] ?? '').trim()}`;
	const ref: SourceRef = { file: p.file, line: p.unitLine, lineEnd: p.line, docNo: p.docNo, date: p.date, quote };
	verifyQuote(ref, dir);
	return ref;
}

/** Newest document first; ties by file and line, so the output does not depend on input order. */
function newestFirst(a: ConsultPhone, b: ConsultPhone): number {
	return b.date.localeCompare(a.date) || a.file.localeCompare(b.file) || a.line - b.line;
}

function consultHotlines(phones: ConsultPhone[], dir: string): Hotline[] {
	const byId = new Map<string, ConsultPhone[]>();
	for (const p of phones) {
		const id = hotlineId(p.number, p.areaCode);
		byId.set(id, [...(byId.get(id) ?? []), p]);
	}
	return [...byId.entries()].map(([id, group]) => {
		const sorted = [...group].sort(newestFirst);
		const primary = sorted[0]!;
		const docCount = new Set(sorted.map((p) => p.documentId)).size;
		const rest = sorted.slice(1).map((p) => consultSource(p, dir));
		return {
			id,
			number: primary.number,
			areaCode: primary.areaCode,
			name: `${primary.unit}咨询电话`,
			purpose:
				docCount === 1
					? `咨询和解读《${shortTitle(primary.title)}》`
					: `咨询和解读《${shortTitle(primary.title)}》等${docCount}份文件`,
			owner: primary.unit,
			serviceIds: [],
			category: 'service' as const,
			source: consultSource(primary, dir),
			...(rest.length ? { otherSources: rest } : {})
		};
	});
}

/** Code-point order, as the bundle sorts ids (never locale-dependent). */
function byCodePoint(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function sourceKey(s: SourceRef): string {
	return `${s.file}:${s.line}`;
}

/** Appends sources the record does not cite yet (by file and line), newest first, never its own `source`. */
export function withOtherSources(h: Hotline, extra: SourceRef[]): Hotline {
	const seen = new Set([sourceKey(h.source), ...(h.otherSources ?? []).map(sourceKey)]);
	const added = extra.filter((s) => {
		if (seen.has(sourceKey(s))) return false;
		seen.add(sourceKey(s));
		return true;
	});
	const all = [...(h.otherSources ?? []), ...added].sort(
		(a, b) => b.date.localeCompare(a.date) || a.file.localeCompare(b.file) || a.line - b.line
	);
	return all.length ? { ...h, otherSources: all } : h;
}

/**
 * Every hotline outside the catalogue, sorted by id. Pass `extracted` to reuse a documents run, `departments`
 * to link owners to catalogue departments (exact name or printed name), `dir` for another copy of the gazettes.
 */
export function curatedHotlines(
	opts: { extracted?: ExtractedDocuments; curated?: CuratedHotline[]; departments?: Department[]; dir?: string } = {}
): Hotline[] {
	const dir = opts.dir ?? SOURCES_DIR;
	const { documents, consultPhones } = opts.extracted ?? extractDocumentsWithPhones(undefined, dir);
	const fromConsult = new Map(consultHotlines(consultPhones, dir).map((h) => [h.id, h]));
	const result = new Map<string, Hotline>();
	for (const c of opts.curated ?? loadCuratedHotlines()) {
		const id = hotlineId(c.number, c.areaCode);
		if (result.has(id)) throw new SourceError('data/curated/hotlines.yaml', 1, `number ${id} listed twice`);
		let h: Hotline = {
			id,
			number: c.number,
			...(c.areaCode ? { areaCode: c.areaCode } : {}),
			name: c.name,
			purpose: c.purpose,
			owner: c.owner,
			serviceIds: [],
			category: c.category,
			source: cite(c.source, documents, dir)
		};
		h = withOtherSources(
			h,
			(c.also ?? []).map((a) => cite(a, documents, dir))
		);
		const consult = fromConsult.get(id);
		if (consult) {
			h = withOtherSources(h, [consult.source, ...(consult.otherSources ?? [])]);
			fromConsult.delete(id);
		}
		result.set(id, h);
	}
	for (const [id, h] of fromConsult) result.set(id, h);
	const departments = opts.departments ?? [];
	return [...result.values()]
		.map((h) => linkDepartment(h, departments))
		.map((h) => Hotline.parse(h))
		.sort((a, b) => byCodePoint(a.id, b.id));
}

/**
 * Name forms differ between the catalogue and the consult blocks (吕梁市人力资源社会保障局 vs 吕梁市人力资源和社会保障局,
 * 吕梁市工信局); compare without the city prefix and without 「和」, and accept the printed short forms. Offices that are
 * not catalogue departments (审计局, 消防救援支队, 国资委 …) stay unlinked.
 */
export function departmentKey(name: string): string {
	let key = name.replace(/\s+/g, '').replace(/^吕梁市|^市/, '');
	for (const [short, full] of ABBREVIATIONS) if (key === short) key = full;
	return key.replace(/和/g, '').replace(/人民政府/g, '政府');
}

/** Short forms that consult blocks print for catalogue departments (001:1232 「吕梁市工信局」). */
const ABBREVIATIONS: Array<[string, string]> = [['工信局', '工业和信息化局']];

function linkDepartment(h: Hotline, departments: Department[]): Hotline {
	if (h.departmentId || departments.length === 0) return h;
	const key = departmentKey(h.owner);
	const dept = departments.find((d) => [d.name, ...d.printedNames].some((n) => departmentKey(n) === key));
	return dept ? { ...h, departmentId: dept.id } : h;
}

/**
 * The catalogue's hotlines (numbers inside 事项名称) together with these. Same number → one record: the catalogue
 * record stays primary (its name, owner, department and serviceIds are what the service pages link to); this
 * module's record adds its sources to `otherSources` and, where it says more, its purpose (12369's WeChat channel).
 * Sorted by id.
 */
export function mergeHotlines(catalogue: Hotline[], others: Hotline[]): Hotline[] {
	const merged = new Map(catalogue.map((h) => [h.id, h]));
	for (const o of others) {
		const c = merged.get(o.id);
		if (!c) {
			merged.set(o.id, o);
			continue;
		}
		const purpose = c.purpose === o.purpose || c.purpose.includes(o.purpose) ? c.purpose : `${c.purpose}；${o.purpose}`;
		merged.set(o.id, withOtherSources({ ...c, purpose }, [o.source, ...(o.otherSources ?? [])]));
	}
	return [...merged.values()].map((h) => Hotline.parse(h)).sort((a, b) => byCodePoint(a.id, b.id));
}
