/**
 * What a life-event page (/event/<id>) and its printout show: the records the event names, each with the
 * facts its own source gives (catalogue row, benefit amounts, hotline purpose, 文号). Nothing is added: no
 * order of steps, no list of documents to bring, since the sources state neither for a life event.
 */
import type { Dataset } from '../dataset';
import type { SourceRef } from '../schema';
import { benefitAmounts } from '../handout';
import type { EventsData, LifeEvent } from './schema';

import { GENERAL_LINE } from './general-line';

export { GENERAL_LINE };
/** Amount lines per benefit on the page and the printout; the benefit page has them all. */
export const EVENT_MAX_AMOUNTS = 3;

export interface EventPhone {
	id: string;
	number: string;
	areaCode?: string;
	name: string;
	purpose: string;
	source: SourceRef;
}

export interface EventView {
	id: string;
	title: string;
	/** A few of the words people use for it, for the page's description. */
	words: string[];
	services: { id: number; name: string; dept: string }[];
	benefits: { id: string; title: string; audience: string; amounts: string[]; amountNote: string }[];
	phones: EventPhone[];
	general: EventPhone | null;
	documents: { id: string; title: string; docNo: string }[];
}

/** The events section; empty for a bundle without one. */
export function lifeEvents(ds: Dataset): LifeEvent[] {
	return ds.section<EventsData>('events')?.events ?? [];
}

/** Words shown as 「也就是：…」 on the page. */
const SHOWN_WORDS = 6;

function phoneOf(ds: Dataset, id: string): EventPhone | null {
	const h = ds.hotlines.get(id);
	if (!h) return null;
	return {
		id: h.id,
		number: h.number,
		...(h.areaCode ? { areaCode: h.areaCode } : {}),
		name: h.name,
		purpose: h.purpose,
		source: h.source
	};
}

export function eventView(ds: Dataset, id: string): EventView | null {
	const e = lifeEvents(ds).find((x) => x.id === id);
	if (!e) return null;
	const benefits = ds.benefits;
	return {
		id: e.id,
		title: e.title,
		words: e.words.filter((w) => w !== e.title).slice(0, SHOWN_WORDS),
		services: e.services.flatMap((sid) => {
			const s = ds.services.get(sid);
			return s ? [{ id: s.id, name: s.name, dept: ds.departments.get(s.departmentId)?.name ?? '' }] : [];
		}),
		benefits: e.benefits.flatMap((bid) => {
			const b = benefits.find((x) => x.id === bid);
			if (!b) return [];
			const { lines, note } = benefitAmounts(b);
			return [
				{ id: b.id, title: b.title, audience: b.audience, amounts: lines.slice(0, EVENT_MAX_AMOUNTS), amountNote: note }
			];
		}),
		phones: e.hotlines.flatMap((hid) => {
			const p = phoneOf(ds, hid);
			return p ? [p] : [];
		}),
		general: e.hotlines.includes(GENERAL_LINE) ? null : phoneOf(ds, GENERAL_LINE),
		documents: e.documents.flatMap((did) => {
			const d = ds.documents.get(did);
			return d ? [{ id: d.id, title: d.title, docNo: d.docNo ?? '' }] : [];
		})
	};
}
