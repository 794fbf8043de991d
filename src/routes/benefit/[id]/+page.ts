import { getDataset, lazyBuilder, pageData } from '$lib/data/page-data';
import type { EntryGenerator, PageLoad } from './$types';

const builder = lazyBuilder(() => import('./build'));

export const entries: EntryGenerator = async () => (await getDataset()).benefits.map((b) => ({ id: b.id }));

export const load: PageLoad = ({ params, url }) =>
	pageData(url, async (ds) => (await builder()).benefitPage(ds, params.id));
