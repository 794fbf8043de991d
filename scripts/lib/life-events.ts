/**
 * Loads data/curated/life-events.yaml (the 一件事 vocabulary) and checks it against the bundle: every
 * listed service, benefit, hotline and document must exist, and every word must already be normalised,
 * so that the search meets it exactly as typed. Errors name the file, the event and the bad entry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { CoreData } from '#lib/domain/schema';
import type { Benefit } from '#lib/domain/eligibility/schema';
import { LifeEvent } from '#lib/domain/events/schema';
import { normalise } from '#lib/domain/search/normalise';
import { SourceError } from './sources';

export const LIFE_EVENTS_FILE = 'life-events.yaml';
const SHOWN_PATH = `data/curated/${LIFE_EVENTS_FILE}`;

/** Line (1-based) of the n-th top-level entry, for error messages. */
function entryLine(text: string, n: number): number {
	const lines = text.split('\n');
	let seen = -1;
	for (let i = 0; i < lines.length; i++) if ((lines[i] as string).startsWith('- ') && ++seen === n) return i + 1;
	return 1;
}

export function loadLifeEvents(curatedDir: string): LifeEvent[] {
	const text = readFileSync(join(curatedDir, LIFE_EVENTS_FILE), 'utf8');
	const list = z.array(z.unknown()).parse(parseDocument(text).toJS());
	const ids = new Set<string>();
	return list.map((entry, i) => {
		const parsed = LifeEvent.safeParse(entry);
		if (!parsed.success)
			throw new SourceError(SHOWN_PATH, entryLine(text, i), `entry ${i + 1}: ${parsed.error.message}`);
		const e = parsed.data;
		if (ids.has(e.id)) throw new SourceError(SHOWN_PATH, entryLine(text, i), `duplicate id ${e.id}`);
		ids.add(e.id);
		for (const w of e.words) {
			if (normalise(w) !== w)
				throw new SourceError(
					SHOWN_PATH,
					entryLine(text, i),
					`${e.id}: word 「${w}」 is not normalised (${normalise(w)})`
				);
		}
		if (e.ages && e.ages[0] > e.ages[1])
			throw new SourceError(SHOWN_PATH, entryLine(text, i), `${e.id}: ages ${e.ages[0]} > ${e.ages[1]}`);
		return e;
	});
}

/** Every record an event names must exist: the page would otherwise link to nothing. */
export function checkLifeEvents(events: readonly LifeEvent[], core: CoreData, benefits: readonly Benefit[]): string[] {
	const services = new Set(core.services.map((s) => s.id));
	const hotlines = new Set(core.hotlines.map((h) => h.id));
	const documents = new Set(core.documents.map((d) => d.id));
	const benefitIds = new Set(benefits.map((b) => b.id));
	const problems: string[] = [];
	for (const e of events) {
		const bad = (kind: string, id: string | number) => problems.push(`${SHOWN_PATH}: ${e.id}: no ${kind} ${id}`);
		for (const id of e.services) if (!services.has(id)) bad('service', id);
		for (const id of e.benefits) if (!benefitIds.has(id)) bad('benefit', id);
		for (const id of e.hotlines) if (!hotlines.has(id)) bad('hotline', id);
		for (const id of e.documents) if (!documents.has(id)) bad('document', id);
	}
	return problems;
}
