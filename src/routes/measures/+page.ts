import { pageData } from '$lib/data/page-data';
import { MEASURE_KINDS } from '$lib/domain/measure-kinds';
import type { PageLoad } from './$types';

/** Every measure, grouped by kind in MEASURE_KINDS order, newest document first inside a group. */
export const load: PageLoad = ({ url }) =>
	pageData(url, (ds) => {
		const measures = ds.core.measures ?? [];
		const groups = MEASURE_KINDS.map((kind) => ({
			kind,
			items: measures
				.filter((m) => m.kind === kind)
				.map((m) => {
					const d = ds.documents.get(m.documentId);
					return {
						id: m.id,
						title: m.title,
						audience: m.audience,
						documentId: m.documentId,
						docNo: d?.docNo ?? '',
						date: d?.date ?? m.source.date
					};
				})
				.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
		})).filter((g) => g.items.length > 0);
		return { groups, count: measures.length };
	});
