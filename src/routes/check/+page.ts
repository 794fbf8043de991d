import { lazyBuilder, pageData } from '$lib/data/page-data';
import type { PageLoad } from './$types';

const builder = lazyBuilder(() => import('./build'));

export const load: PageLoad = ({ url }) => pageData(url, async (ds) => (await builder()).checkPage(ds));
