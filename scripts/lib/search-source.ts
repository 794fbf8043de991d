/**
 * The real data for the search tools (query-set test, CLI, benchmark): the `search` section exactly as
 * `npm run data` builds it (buildBundle in memory, so a test never runs on a stale static/data).
 */
import { buildBundle } from '../build-data';
import { CoreData } from '#lib/domain/schema';
import { SearchData } from '#lib/domain/search/schema';
import { unpackDocs } from '#lib/domain/search/pack';
import type { AgeRange, SearchDoc } from '#lib/domain/search/types';
import { EventsData, type LifeEvent } from '#lib/domain/events/schema';

export interface SearchSource {
	core: CoreData;
	docs: SearchDoc[];
	ages: AgeRange[];
	events: LifeEvent[];
}

let cached: SearchSource | undefined;

export function loadSearchSource(): SearchSource {
	if (cached) return cached;
	const bundle = buildBundle();
	const core = CoreData.parse(bundle.sections.core);
	const search = SearchData.parse(bundle.sections.search);
	const docs = unpackDocs(search.docs);
	cached = { core, docs, ages: search.ages ?? [], events: EventsData.parse(bundle.sections.events).events };
	return cached;
}
