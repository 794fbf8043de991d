import { error } from '@sveltejs/kit';
import { getDataset, pageData } from '$lib/data/page-data';
import { serviceHandoutPage, serviceIds } from '$lib/domain/handout';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = async () => serviceIds(await getDataset());

export const load: PageLoad = ({ params, url }) =>
	pageData(url, (ds) => serviceHandoutPage(ds, params.id) ?? error(404, `没有编号为 ${params.id} 的服务事项`));
