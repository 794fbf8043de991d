/**
 * The real data for the search tools (query-set test, CLI, benchmark): the search docs built from the
 * gazette texts in data/sources and the curated files, the same way scripts/build-data.ts builds them.
 * Built in memory rather than read from static/data so that a test never runs on a stale bundle.
 */
import { parseCatalogue } from '../extract/catalogue';
import { catalogueEntities } from '../extract/entities';
import { extractDocuments } from '../extract/documents';
import { loadBenefits } from '../extract/benefits';
import { sourceLines, sourcePath } from './sources';
import { buildSearchDocs } from './search-index';
import type { CoreData } from '../../src/lib/domain/schema';
import type { Benefit } from '../../src/lib/domain/eligibility/schema';
import type { SearchDoc } from '../../src/lib/domain/search/types';

export interface SearchSource {
	core: CoreData;
	benefits: Benefit[];
	docs: SearchDoc[];
}

let cached: SearchSource | undefined;

export function loadSearchSource(): SearchSource {
	if (cached) return cached;
	const { rows } = parseCatalogue(sourceLines('000'), { file: '000' });
	const e = catalogueEntities(rows, sourcePath('000'));
	const core: CoreData = {
		departments: e.departments,
		providers: e.providers,
		services: e.services,
		hotlines: e.hotlines,
		themes: e.themes,
		documents: extractDocuments(),
		counties: []
	};
	const benefits = loadBenefits();
	cached = { core, benefits, docs: buildSearchDocs({ core, benefits }) };
	return cached;
}
