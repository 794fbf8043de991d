import { error } from '@sveltejs/kit';
import { getDataset, pageData } from '$lib/data/page-data';
import { citationView } from '$lib/domain/format/citation';
import type { Hotline } from '$lib/domain/schema';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = async () => (await getDataset()).core.departments.map((d) => ({ id: d.id }));

export const load: PageLoad = ({ params, url }) =>
	pageData(url, (ds) => {
		const department = ds.departments.get(params.id);
		if (!department) error(404, `没有找到部门“${params.id}”`);
		const services = ds.servicesByDepartment.get(department.id) ?? [];
		const groups: { theme: string; services: { id: number; name: string; type: string }[] }[] = [];
		for (const s of services) {
			let g = groups.find((x) => x.theme === s.theme);
			if (!g) groups.push((g = { theme: s.theme, services: [] }));
			g.services.push({ id: s.id, name: s.name, type: s.type });
		}
		// The department's own lines, then the 咨询电话 printed at the end of documents whose 咨询单位 it is. One
		// number can be both (the line is recorded from that document), so they are merged by id: each number once,
		// with its cited purpose and the documents that print it.
		const phones = new Map<string, { hotline: Hotline; docs: { id: string; label: string }[] }>();
		for (const h of ds.core.hotlines) if (h.departmentId === department.id) phones.set(h.id, { hotline: h, docs: [] });
		const shortName = department.name.replace(/^吕梁市/, '');
		for (const d of ds.core.documents) {
			if (!d.consultUnit) continue;
			if (!d.consultUnit.includes(shortName) && !department.printedNames.some((n) => d.consultUnit === n)) continue;
			for (const id of d.consultHotlineIds) {
				const hotline = ds.hotlines.get(id);
				if (!hotline) continue;
				const entry = phones.get(id) ?? { hotline, docs: [] };
				entry.docs.push({ id: d.id, label: d.docNo ?? d.title });
				phones.set(id, entry);
			}
		}
		return {
			department,
			cite: citationView(department.source),
			groups,
			phones: [...phones.values()],
			providers: [...new Set(services.flatMap((s) => s.providerIds))].flatMap((id) => {
				const p = ds.providers.get(id);
				return p ? [{ id: p.id, name: p.name }] : [];
			})
		};
	});
