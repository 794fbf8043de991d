import { error } from '@sveltejs/kit';
import { getDataset, pageData } from '$lib/data/page-data';
import { citationView } from '$lib/domain/format/citation';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = async () => (await getDataset()).core.documents.map((d) => ({ id: d.id }));

export const load: PageLoad = ({ params, url }) =>
	pageData(url, (ds) => {
		const doc = ds.documents.get(params.id);
		if (!doc) error(404, `没有找到文件“${params.id}”`);
		// In the order the document prints them.
		const measures = (ds.core.measures ?? [])
			.filter((m) => m.documentId === doc.id)
			.sort((a, b) => a.source.line - b.source.line);
		const lines = [...new Set(measures.flatMap((m) => m.hotlineIds))].flatMap((id) => ds.hotlines.get(id) ?? []);
		return {
			doc,
			cite: citationView(doc.source),
			phones: doc.consultHotlineIds.flatMap((id) => ds.hotlines.get(id) ?? []),
			measures,
			measureHotlines: Object.fromEntries(
				lines.map((h) => [h.id, { id: h.id, number: h.number, areaCode: h.areaCode, name: h.name, purpose: h.purpose }])
			)
		};
	});
