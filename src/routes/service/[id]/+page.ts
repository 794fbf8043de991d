import { getDataset, lazyBuilder, pageData } from '$lib/data/page-data';
import type { EntryGenerator, PageLoad } from './$types';

/** The page's data from the dataset, as a chunk of its own: a first load takes the prerendered snapshot (issue 14). */
const builder = lazyBuilder(() => import('./build'));

export const entries: EntryGenerator = async () =>
	(await getDataset()).core.services.map((s) => ({ id: String(s.id) }));

export const load: PageLoad = ({ params, url }) =>
	pageData(url, async (ds) => (await builder()).servicePage(ds, params.id));
