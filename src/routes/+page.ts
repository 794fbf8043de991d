import type { PageLoad } from './$types';
import { lazyBuilder, pageData } from '$lib/data/page-data';

const builder = lazyBuilder(() => import('./home-data'));

export const load: PageLoad = ({ url }) => pageData(url, async (ds) => (await builder()).homePage(ds));
