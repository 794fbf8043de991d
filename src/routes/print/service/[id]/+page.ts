import { error } from '@sveltejs/kit';
import { getDataset, lazyBuilder, pageData } from '$lib/data/page-data';
import type { EntryGenerator, PageLoad } from './$types';

const handout = lazyBuilder(() => import('$lib/domain/handout'));

export const entries: EntryGenerator = async () => (await handout()).serviceIds(await getDataset());

export const load: PageLoad = ({ params, url }) =>
	pageData(
		url,
		async (ds) =>
			(await handout()).serviceHandoutPage(ds, params.id) ?? error(404, `没有编号为 ${params.id} 的服务事项`)
	);
