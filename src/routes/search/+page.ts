import type { PageLoad } from './$types';
import { base } from '$app/paths';
import { prerenderedData } from '$lib/data/page-data';
import { searchIndexFile } from '$lib/data/search-index';
import { loadEngine } from './search.svelte';

/** The index file to preload on a cold visit; none on later navigations, which use the Repository. */
export const load: PageLoad = async ({ url }) => {
	const data = await prerenderedData(url, (ds) => ({ searchIndex: searchIndexFile(ds.manifest, base) }), {
		searchIndex: null
	});
	// A cold visit in the browser: the engine's chunk downloads while the page hydrates (about a second of main
	// thread on a slow phone), not after it. The page awaits the same import; a failure is handled there.
	if (!import.meta.env.SSR && data.searchIndex) loadEngine().catch(() => undefined);
	return data;
};
