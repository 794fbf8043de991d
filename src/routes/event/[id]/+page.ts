import { getDataset, lazyBuilder, pageData } from '$lib/data/page-data';
import type { EntryGenerator, PageLoad } from './$types';

const builder = lazyBuilder(() => import('./build'));

export const entries: EntryGenerator = async () => (await builder()).eventIds(await getDataset());

export const load: PageLoad = ({ params, url }) =>
	pageData(url, async (ds) => (await builder()).eventPage(ds, params.id));
