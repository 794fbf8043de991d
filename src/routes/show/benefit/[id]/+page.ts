import { getDataset, pageData } from '$lib/data/page-data';
import { benefitHandoutData, benefitIds } from '../../../print/handout-data';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = async () => benefitIds(await getDataset());

export const load: PageLoad = ({ params, url }) => pageData(url, (ds) => benefitHandoutData(ds, params.id));
