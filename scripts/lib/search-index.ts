/**
 * Build-time search index: one compact doc per service, hotline, benefit, department and document, with
 * the normalised text, pinyin and initials the client searcher (src/lib/domain/search/engine.ts) needs.
 * pinyin-pro (145 KB gzip) runs here only; the client gets the finished strings.
 */
import { gzipSync } from 'node:zlib';
import { pinyin } from 'pinyin-pro';
import type { CoreData, Service } from '#lib/domain/schema';
import type { Benefit } from '#lib/domain/eligibility/schema';
import { normalise } from '#lib/domain/search/normalise';
import { SYNONYMS, type SynonymGroup } from '#lib/domain/search/synonyms';
import {
	FIELD_SEPARATOR,
	SEARCH_KINDS,
	type AgeRange,
	type SearchDoc,
	type SearchKind
} from '#lib/domain/search/types';
import { SearchDocSchema } from '#lib/domain/search/schema';
import { packDocs, type PackedSearchData } from '#lib/domain/search/pack';
import {
	INTERNAL_DOCUMENT_WEIGHT,
	KIND_WEIGHT,
	SERVICE_TYPE_WEIGHT,
	EMERGENCY_LINE_WEIGHT,
	GENERAL_LINE_WEIGHT
} from '#lib/domain/search/ranking';
import type { LifeEvent } from '#lib/domain/events/schema';
import type { Condition } from '#lib/domain/eligibility/schema';

export interface SearchIndexInput {
	core: CoreData;
	benefits?: readonly Benefit[];
	/** 一件事: each becomes a doc, and its words become the situation field of the records it lists. */
	events?: readonly LifeEvent[];
}

/** Every hotline record is findable by the words people use for a phone line. */
const HOTLINE_LABEL = '热线电话';

/** Toneless pinyin syllables of the Han characters (吕 → lv, others dropped). */
export function syllables(text: string): string[] {
	const han = text.replace(/[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g, '');
	if (!han) return [];
	return pinyin(han, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' }).filter((s) => /^[a-z]+$/.test(s));
}

/** Spoken names (社保卡) of the printed names in a title (社会保障卡), from the `same` synonym groups. */
export function aliasesFor(title: string, groups: readonly SynonymGroup[] = SYNONYMS): string[] {
	const t = normalise(title);
	const out: string[] = [];
	for (const g of groups) {
		if (!g.same || !g.find.some((f) => t.includes(normalise(f)))) continue;
		for (const s of g.say) {
			const n = normalise(s);
			if (n && !t.includes(n) && !out.includes(n)) out.push(n);
		}
	}
	return out;
}

/** One doc. `fields` after the title are searched as body text; empty ones are skipped. */
export function makeDoc(
	k: SearchKind,
	id: number | string,
	title: string,
	fields: readonly (string | undefined)[],
	w: number,
	groups: readonly SynonymGroup[] = SYNONYMS,
	events: readonly string[] = []
): SearchDoc {
	const parts = [title, ...fields].map((f) => (f ? normalise(f) : '')).filter(Boolean);
	const unique = parts.filter((f, i) => parts.indexOf(f) === i);
	const names = [title, ...aliasesFor(title, groups)];
	const sy = names.map(syllables).filter((s) => s.length > 0);
	return {
		k,
		id,
		t: title,
		x: unique.join(FIELD_SEPARATOR),
		p: sy.map((s) => s.join(' ')).join(FIELD_SEPARATOR),
		i: sy.map((s) => s.map((x) => x.charAt(0)).join('')).join(FIELD_SEPARATOR),
		w: Math.round(w * 100) / 100,
		s: events.join(FIELD_SEPARATOR)
	};
}

/** Life events per record key (`service:112` → [unemployed, jobs]), in event order. */
function eventsOf(events: readonly LifeEvent[]): Map<string, string[]> {
	const out = new Map<string, string[]>();
	const add = (key: string, id: string) => {
		const list = out.get(key) ?? [];
		if (!list.includes(id)) list.push(id);
		out.set(key, list);
	};
	for (const e of events) {
		for (const id of e.services) add(`service:${id}`, e.id);
		for (const id of e.benefits) add(`benefit:${id}`, e.id);
		for (const id of e.hotlines) add(`hotline:${id}`, e.id);
		for (const id of e.documents) add(`document:${id}`, e.id);
		add(`event:${e.id}`, e.id);
	}
	return out;
}

/** Every age bound a condition tree tests, as [min, max] ranges (open ends filled with 0 and MAX). */
function ageRangesOf(c: Condition | undefined, out: [number, number][]): void {
	if (!c) return;
	if ('all' in c) return c.all.forEach((x) => ageRangesOf(x, out));
	if ('any' in c) return c.any.forEach((x) => ageRangesOf(x, out));
	if ('not' in c) return;
	if (c.field === 'age' && c.op === 'between') out.push([c.min ?? 0, c.max ?? MAX_AGE]);
}

/**
 * Age ranges that a typed age is matched against: each benefit whose rules test the age (from its
 * conditions and amounts, so 补充养老保险 answers 70岁 through its 65周岁 payments), and each life event
 * with `ages`. A benefit open to every age (0–MAX) is left out: age says nothing about it.
 */
export function buildAgeRanges(benefits: readonly Benefit[], events: readonly LifeEvent[]): AgeRange[] {
	const out: AgeRange[] = [];
	for (const b of benefits) {
		const ranges: [number, number][] = [];
		for (const c of b.conditions) ageRangesOf(c.test, ranges);
		for (const a of b.amounts) ageRangesOf(a.when, ranges);
		const seen = new Set<string>();
		for (const [min, max] of ranges) {
			const k = `${min}-${max}`;
			if (seen.has(k) || (min === 0 && max === MAX_AGE)) continue;
			seen.add(k);
			out.push(['benefit', b.id, min, max]);
		}
	}
	for (const e of events) if (e.ages) out.push(['event', e.id, e.ages[0], e.ages[1]]);
	return out.sort((a, b) =>
		String(a[1]) < String(b[1]) ? -1 : String(a[1]) > String(b[1]) ? 1 : a[2] - b[2] || a[3] - b[3]
	);
}

function serviceWeight(s: Service): number {
	return KIND_WEIGHT.service * (SERVICE_TYPE_WEIGHT[s.type] ?? 1);
}

/** Oldest age an open-ended age condition (「65周岁以上」) reaches. */
const MAX_AGE = 120;

const kindOrder = (k: SearchKind) => SEARCH_KINDS.indexOf(k);

function compareDocs(a: SearchDoc, b: SearchDoc): number {
	if (a.k !== b.k) return kindOrder(a.k) - kindOrder(b.k);
	if (typeof a.id === 'number' && typeof b.id === 'number') return a.id - b.id;
	return String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0;
}

/** All search docs for a bundle, sorted by kind then id (deterministic). */
export function buildSearchDocs(input: SearchIndexInput, groups: readonly SynonymGroup[] = SYNONYMS): SearchDoc[] {
	const { core } = input;
	const listed = eventsOf(input.events ?? []);
	const sit = (k: SearchKind, id: string | number) => listed.get(`${k}:${id}`) ?? [];
	const dept = new Map(core.departments.map((d) => [d.id, d]));
	const prov = new Map(core.providers.map((p) => [p.id, p]));
	const docs: SearchDoc[] = [];
	for (const s of core.services) {
		const providers = s.providerIds.map((id) => prov.get(id)?.name);
		docs.push(
			makeDoc(
				'service',
				s.id,
				s.name,
				[s.theme, dept.get(s.departmentId)?.name, ...providers, s.note],
				serviceWeight(s),
				groups,
				sit('service', s.id)
			)
		);
	}
	for (const h of core.hotlines) {
		const w =
			KIND_WEIGHT.hotline *
			(h.category === 'general' ? GENERAL_LINE_WEIGHT : h.category === 'service' ? 1 : EMERGENCY_LINE_WEIGHT);
		const d = h.departmentId ? dept.get(h.departmentId)?.name : undefined;
		const dialled = h.areaCode ? `${h.areaCode}-${h.number}` : h.number;
		const title = h.name.includes(h.number) ? h.name : `${dialled} ${h.name}`;
		// The bare number as its own field: typed without the area code it must still stand alone.
		docs.push(
			makeDoc('hotline', h.id, title, [h.number, h.purpose, h.owner, d, HOTLINE_LABEL], w, groups, sit('hotline', h.id))
		);
	}
	for (const b of input.benefits ?? []) {
		const items = b.catalogue.map((c) => c.name);
		const amounts = b.amounts.map((a) => a.label);
		// Condition labels hold the words people ask with (残疾人证, 听力, 低保家庭, 65周岁).
		const conditions = [...b.conditions, ...b.priority].map((c) => c.label);
		docs.push(
			makeDoc(
				'benefit',
				b.id,
				b.title,
				[
					b.shortTitle,
					b.topic,
					b.audience,
					b.summary,
					conditions.join(' '),
					items.join(' '),
					amounts.join(' '),
					b.apply.office,
					b.docNo
				],
				KIND_WEIGHT.benefit,
				groups,
				sit('benefit', b.id)
			)
		);
	}
	for (const d of core.departments)
		docs.push(makeDoc('department', d.id, d.name, d.printedNames, KIND_WEIGHT.department, groups));
	for (const d of core.documents) {
		const w = KIND_WEIGHT.document * (d.citizenFacing ? 1 : INTERNAL_DOCUMENT_WEIGHT);
		// The measures a document prints (免费乘坐公交, 投诉时限 …) are found through the document that shows them.
		const measures = (core.measures ?? []).filter((m) => m.documentId === d.id).map((m) => m.title);
		docs.push(
			makeDoc(
				'document',
				d.id,
				d.title,
				[d.docNo, d.issuer, d.consultUnit, d.summary, measures.join(' ')],
				w,
				groups,
				sit('document', d.id)
			)
		);
	}
	for (const e of input.events ?? [])
		docs.push(makeDoc('event', e.id, e.title, e.words, KIND_WEIGHT.event, groups, sit('event', e.id)));
	docs.sort(compareDocs);
	return docs.map((d) => SearchDocSchema.parse(d));
}

/** The bundle section: docs packed as tuples (see pack.ts). */
export function buildSearchSection(
	input: SearchIndexInput,
	groups: readonly SynonymGroup[] = SYNONYMS
): PackedSearchData {
	return {
		docs: packDocs(buildSearchDocs(input, groups)),
		ages: buildAgeRanges(input.benefits ?? [], input.events ?? [])
	};
}

export interface SearchSectionSize {
	docs: number;
	bytes: number;
	gzipBytes: number;
}

/** Size of the section as emitted (compact JSON) and gzipped, for the build report and the budget. */
export function searchSectionSize(docs: readonly SearchDoc[]): SearchSectionSize {
	const json = JSON.stringify({ docs: packDocs(docs) });
	const buf = Buffer.from(json, 'utf8');
	return { docs: docs.length, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
}
