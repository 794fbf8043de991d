import { error } from '@sveltejs/kit';
import { getDataset, pageData } from '$lib/data/page-data';
import { benefitHandoutPage, benefitIds } from '$lib/domain/handout';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = async () => benefitIds(await getDataset());

export const load: PageLoad = ({ params, url }) =>
	pageData(url, (ds) => benefitHandoutPage(ds, params.id) ?? error(404, `没有编号为 ${params.id} 的补贴`));
