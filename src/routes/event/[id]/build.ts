import { error } from '@sveltejs/kit';
import type { Dataset } from '$lib/domain/dataset';
import { eventView, lifeEvents } from '$lib/domain/events/view';

export const eventIds = (ds: Dataset) => lifeEvents(ds).map((e) => ({ id: e.id }));

export function eventPage(ds: Dataset, id: string) {
	const event = eventView(ds, id);
	if (!event) error(404, `没有“${id}”这件事`);
	return { event, sourceDate: ds.manifest.sourceDate };
}
