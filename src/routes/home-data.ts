import type { Dataset } from '$lib/domain/dataset';
import { SERVICE_TYPES } from '$lib/domain/service-types';
import { lifeEvents } from '$lib/domain/events/view';

/**
 * The lines a citizen may need at once: emergencies and the general government line. Only numbers the
 * gazettes print are shown (110, 119 and 122 appear in none of them); missing ones are skipped.
 */
const URGENT_NUMBERS = ['12345'];

export function homePage(ds: Dataset) {
	const typeCounts = new Map<string, number>();
	for (const s of ds.core.services) typeCounts.set(s.type, (typeCounts.get(s.type) ?? 0) + 1);
	return {
		themes: ds.core.themes,
		// In catalogue order, as the 目录 lists them.
		departments: [...ds.core.departments]
			.sort((a, b) => a.firstService - b.firstService)
			.map((d) => ({ id: d.id, name: d.name, count: d.serviceCount })),
		types: SERVICE_TYPES.filter((t) => typeCounts.has(t)).map((t) => ({ name: t, count: typeCounts.get(t) ?? 0 })),
		urgent: URGENT_NUMBERS.flatMap((n) => {
			const h = ds.hotlines.get(n);
			return h ? [{ id: h.id, number: h.number, name: h.name, purpose: h.purpose }] : [];
		}),
		events: lifeEvents(ds).map((e) => ({ id: e.id, title: e.title })),
		serviceCount: ds.core.services.length,
		sourceDate: ds.manifest.sourceDate
	};
}
