import { error } from '@sveltejs/kit';
import { getDataset, pageData } from '$lib/data/page-data';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = async () => (await getDataset()).core.themes.map((t) => ({ name: t.name }));

export const load: PageLoad = ({ params, url }) =>
	pageData(url, (ds) => {
		const theme = ds.core.themes.find((t) => t.name === params.name);
		if (!theme) error(404, `没有“${params.name}”这个服务主题`);
		return {
			heading: theme.name,
			kind: '服务主题',
			services: ds.core.services
				.filter((s) => s.theme === theme.name)
				.map((s) => ({ id: s.id, name: s.name, dept: ds.departments.get(s.departmentId)?.name ?? '' }))
		};
	});
