import { lazyBuilder, pageData } from '$lib/data/page-data';
import type { PageLoad } from './$types';

/** The page's data from the dataset, as a chunk of its own: a first load takes the prerendered snapshot (issue 14). */
const builder = lazyBuilder(() => import('./build'));

export const load: PageLoad = ({ url }) => pageData(url, async (ds) => (await builder()).hotlinesPage(ds));
