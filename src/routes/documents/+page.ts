import { pageData } from '$lib/data/page-data';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ url }) =>
	pageData(url, (ds) => ({
		documents: [...ds.core.documents]
			.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id))
			.map((d) => ({
				id: d.id,
				title: d.title,
				docNo: d.docNo,
				date: d.date,
				citizenFacing: d.citizenFacing,
				consultUnit: d.consultUnit,
				phones: d.consultHotlineIds.flatMap((id) => {
					const h = ds.hotlines.get(id);
					return h ? [{ id: h.id, number: h.number, areaCode: h.areaCode }] : [];
				})
			}))
	}));
