import { error } from '@sveltejs/kit';
import { getDataset, pageData } from '$lib/data/page-data';
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
		const hotlines = ds.core.hotlines.filter((h) => h.departmentId === department.id);
		// 咨询电话 printed at the end of documents whose 咨询单位 is this department.
		const shortName = department.name.replace(/^吕梁市/, '');
		const consults = ds.core.documents
			.filter(
				(d) =>
					d.consultUnit &&
					(d.consultUnit.includes(shortName) || department.printedNames.some((n) => d.consultUnit === n))
			)
			.map((d) => ({
				id: d.id,
				title: d.title,
				docNo: d.docNo,
				phones: d.consultHotlineIds.flatMap((id) => ds.hotlines.get(id) ?? [])
			}));
		return {
			department,
			groups,
			hotlines,
			consults,
			providers: [...new Set(services.flatMap((s) => s.providerIds))].flatMap((id) => {
				const p = ds.providers.get(id);
				return p ? [{ id: p.id, name: p.name }] : [];
			})
		};
	});
