/**
 * The real data for the search tools (query-set test, CLI, benchmark): the `search` section exactly as
 * `npm run data` builds it (buildBundle in memory, so a test never runs on a stale static/data).
 */
import { buildBundle } from '../build-data';
import { extractDocuments } from '../extract/documents';
import { loadBenefits } from '../extract/benefits';
import { buildSearchDocs } from './search-index';
import { CoreData } from '../../src/lib/domain/schema';
import { SearchData } from '../../src/lib/domain/search/schema';
import { unpackDocs } from '../../src/lib/domain/search/pack';
import type { SearchDoc } from '../../src/lib/domain/search/types';

export interface SearchSource {
	core: CoreData;
	docs: SearchDoc[];
}

let cached: SearchSource | undefined;

export function loadSearchSource(): SearchSource {
	if (cached) return cached;
	const bundle = buildBundle();
	const core = CoreData.parse(bundle.sections.core);
	let docs = unpackDocs(SearchData.parse(bundle.sections.search).docs);
	if (core.documents.length === 0) {
		// Bridge until build-data puts the extracted documents into core: search them all the same,
		// built by the same function. Inert once core.documents is filled.
		docs = buildSearchDocs({ core: { ...core, documents: extractDocuments() }, benefits: loadBenefits() });
	}
	cached = { core, docs };
	return cached;
}
