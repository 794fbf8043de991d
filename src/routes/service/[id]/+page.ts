import { error } from '@sveltejs/kit';
import { getDataset, lazyBuilder, pageData } from '$lib/data/page-data';
import type { EntryGenerator, PageLoad } from './$types';

/** 读给我听's text: loaded apart, so the handout code stays out of the page's start-up JS (50 KB budget). */
const speech = lazyBuilder(() => import('./spoken'));

/** Related services shown under a service: same department, same theme first. */
const RELATED_MAX = 8;

export const entries: EntryGenerator = async () =>
	(await getDataset()).core.services.map((s) => ({ id: String(s.id) }));

export const load: PageLoad = ({ params, url }) =>
	pageData(url, async (ds) => {
		const id = Number(params.id);
		const service = /^\d+$/.test(params.id) ? ds.services.get(id) : undefined;
		if (!service) error(404, `没有编号为 ${params.id} 的服务事项`);
		const department = ds.departments.get(service.departmentId);
		const siblings = (ds.servicesByDepartment.get(service.departmentId) ?? []).filter((s) => s.id !== id);
		const related = [
			...siblings.filter((s) => s.theme === service.theme),
			...siblings.filter((s) => s.theme !== service.theme)
		]
			.slice(0, RELATED_MAX)
			.map((s) => ({ id: s.id, name: s.name, theme: s.theme }));
		const spoken = (await speech()).serviceSpoken(ds, id);
		return {
			service,
			spoken,
			department: department ? { id: department.id, name: department.name } : null,
			providers: service.providerIds.flatMap((p) => {
				const pr = ds.providers.get(p);
				return pr ? [{ id: pr.id, name: pr.name, scope: pr.scope }] : [];
			}),
			hotlines: service.hotlineIds.flatMap((h) => {
				const hl = ds.hotlines.get(h);
				return hl ? [hl] : [];
			}),
			related,
			sourceDate: ds.manifest.sourceDate
		};
	});
