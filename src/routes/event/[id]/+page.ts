import { error } from '@sveltejs/kit';
import { getDataset, pageData } from '$lib/data/page-data';
import { eventView, lifeEvents } from '$lib/domain/events/view';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = async () => lifeEvents(await getDataset()).map((e) => ({ id: e.id }));

export const load: PageLoad = ({ params, url }) =>
	pageData(url, (ds) => {
		const event = eventView(ds, params.id);
		if (!event) error(404, `没有“${params.id}”这件事`);
		return { event, sourceDate: ds.manifest.sourceDate };
	});
