/**
 * Citizen-facing measures printed inside gazette documents (data/curated/measures.yaml): free tickets, complaint
 * deadlines, bans, apps. Each is validated with zod, every quote is checked against the source, and each figure and
 * deadline must be printed in its own quote, inside the document the measure belongs to.
 * Errors name the YAML entry and the source file:line.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { Measure, type Document, type Hotline, type SourceRef } from '#lib/domain/schema';
import { SOURCES_DIR, SourceError, normaliseForQuote, verifyQuote } from '../lib/sources';
import { readYaml } from '../lib/yaml';

export const CURATED_MEASURES_PATH = join(import.meta.dirname, '..', '..', 'data', 'curated', 'measures.yaml');
const REL = 'data/curated/measures.yaml';

/** TeX markup from the gazette extraction (「\geq」) is never shown. */
const TEX_MARKUP = /\\[A-Za-z]+/;

export class MeasureDataError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'MeasureDataError';
	}
}

/** Every citation of a measure with where it sits. */
function citations(m: Measure): [string, SourceRef][] {
	return [
		['source', m.source],
		...m.figures.map((f, i): [string, SourceRef] => [`figures[${i}]`, f.source]),
		...m.timeLimits.map((t, i): [string, SourceRef] => [`timeLimits[${i}]`, t.source]),
		...m.conditions.map((c, i): [string, SourceRef] => [`conditions[${i}]`, c.source]),
		...(m.until ? [['until', m.until.source] as [string, SourceRef]] : [])
	];
}

/** Checks one measure against the documents and hotlines of the core; returns problems, each with its place. */
export function checkMeasure(
	m: Measure,
	documents: Map<string, Document>,
	hotlines: Set<string>,
	dir = SOURCES_DIR
): string[] {
	const errors: string[] = [];
	const doc = documents.get(m.documentId);
	if (!doc) errors.push(`documentId ${m.documentId} is not a document`);
	else if (!doc.citizenFacing) errors.push(`document ${m.documentId} is not marked citizenFacing in documents.yaml`);
	for (const [at, ref] of citations(m)) {
		try {
			verifyQuote(ref, dir);
		} catch (err) {
			if (!(err instanceof SourceError)) throw err;
			errors.push(`${at}: ${err.message}`);
		}
		if (doc && (ref.file !== doc.source.file || ref.line < doc.lineStart || (ref.lineEnd ?? ref.line) > doc.lineEnd)) {
			errors.push(
				`${at}: ${ref.file}:${ref.line} lies outside document ${doc.id} (${doc.source.file}:${doc.lineStart}–${doc.lineEnd})`
			);
		}
		if (doc && ref.docNo !== doc.docNo)
			errors.push(`${at}: docNo ${ref.docNo ?? '(none)'} differs from the document's ${doc.docNo}`);
	}
	// A number typed wrong is the costliest error: its own quote must print it.
	m.figures.forEach((f, i) => {
		if (!normaliseForQuote(f.source.quote).includes(String(f.value)))
			errors.push(`figures[${i}]: ${f.value} does not occur in its quote`);
	});
	m.timeLimits.forEach((t, i) => {
		if (!normaliseForQuote(t.source.quote).includes(`${t.value}${t.unit === '工作日' ? '个工作日' : t.unit}`)) {
			errors.push(`timeLimits[${i}]: 「${t.value}${t.unit}」 does not occur in its quote`);
		}
	});
	for (const id of m.hotlineIds) if (!hotlines.has(id)) errors.push(`hotlineIds: ${id} is not a hotline`);
	const shown = JSON.stringify(m, (k, v: unknown) => (k === 'quote' ? undefined : v));
	if (TEX_MARKUP.test(shown)) errors.push(`TeX markup 「${TEX_MARKUP.exec(shown)![0]}」 would show on the page`);
	return errors;
}

/** The measures, validated and checked against the core's documents and hotlines, sorted by document then id. */
export function loadMeasures(
	core: { documents: Document[]; hotlines: Hotline[] },
	path = CURATED_MEASURES_PATH,
	dir = SOURCES_DIR
): Measure[] {
	// A syntax error stops the build as SourceError(file, line), like the other curated files.
	const list = z.array(z.unknown()).safeParse(readYaml(path));
	if (!list.success) throw new MeasureDataError(`${REL}: expected a list of measures`);
	const documents = new Map(core.documents.map((d) => [d.id, d]));
	const hotlines = new Set(core.hotlines.map((h) => h.id));
	const problems: string[] = [];
	const measures: Measure[] = [];
	list.data.forEach((entry, i) => {
		const name = entry && typeof entry === 'object' && 'id' in entry ? `${i + 1} (${String(entry.id)})` : String(i + 1);
		const parsed = Measure.safeParse(entry);
		if (!parsed.success) {
			problems.push(`entry ${name}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
			return;
		}
		for (const e of checkMeasure(parsed.data, documents, hotlines, dir)) problems.push(`entry ${name}: ${e}`);
		measures.push(parsed.data);
	});
	const ids = measures.map((m) => m.id);
	const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
	if (dup.length) problems.push(`duplicate measure id ${dup.join(', ')}`);
	if (problems.length) throw new MeasureDataError(`${REL}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
	return measures;
}
