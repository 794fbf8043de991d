import { pageData } from '$lib/data/page-data';
import { lifeEvents } from '$lib/domain/events/view';
import type { PageLoad } from './$types';

/** Words shown under each event's name: enough to recognise one's own situation. */
const WORDS_SHOWN = 4;

export const load: PageLoad = ({ url }) =>
	pageData(url, (ds) => ({
		events: lifeEvents(ds).map((e) => ({
			id: e.id,
			title: e.title,
			words: e.words.filter((w) => w !== e.title).slice(0, WORDS_SHOWN),
			count: e.services.length + e.benefits.length
		}))
	}));
