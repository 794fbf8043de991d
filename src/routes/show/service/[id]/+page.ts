import { getDataset, pageData } from '$lib/data/page-data';
import { serviceHandoutData, serviceIds } from '../../../print/handout-data';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = async () => serviceIds(await getDataset());

export const load: PageLoad = ({ params, url }) => pageData(url, (ds) => serviceHandoutData(ds, params.id));
