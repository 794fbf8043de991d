import type { PageLoad } from './$types';
import { base } from '$app/paths';
import { prerenderedData } from '$lib/data/page-data';
import { searchIndexFile } from '$lib/data/search-index';

/** The index file to preload on a cold visit; none on later navigations, which use the Repository. */
export const load: PageLoad = ({ url }) =>
	prerenderedData(url, (ds) => ({ searchIndex: searchIndexFile(ds.manifest, base) }), { searchIndex: null });
