import { pageData } from '$lib/data/page-data';
import { GAZETTE_ISSUES, NATIONAL_DOCUMENTS, isNational } from '$lib/domain/format/citation';
import type { SourceFile } from '$lib/domain/schema';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ url }) =>
	pageData(url, (ds) => ({
		version: ds.manifest.version,
		sourceDate: ds.manifest.sourceDate,
		counts: ds.manifest.counts,
		sources: (Object.keys(GAZETTE_ISSUES) as SourceFile[]).sort().map((file) => ({
			file,
			issue: GAZETTE_ISSUES[file],
			// A national source is excerpts of documents, not a gazette whose documents the build extracts.
			documents: isNational(file)
				? NATIONAL_DOCUMENTS[file].length
				: ds.core.documents.filter((d) => d.source.file === file).length
		}))
	}));
