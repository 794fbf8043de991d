import { error } from '@sveltejs/kit';
import type { Dataset } from '$lib/domain/dataset';
import { citationView } from '$lib/domain/format/citation';
import { serviceSpoken } from './spoken';

/** Related services shown under a service: same department, same theme first. */
const RELATED_MAX = 8;

export function servicePage(ds: Dataset, param: string) {
	const id = Number(param);
	const service = /^\d+$/.test(param) ? ds.services.get(id) : undefined;
	if (!service) error(404, `没有编号为 ${param} 的服务事项`);
	const department = ds.departments.get(service.departmentId);
	const siblings = (ds.servicesByDepartment.get(service.departmentId) ?? []).filter((s) => s.id !== id);
	const related = [
		...siblings.filter((s) => s.theme === service.theme),
		...siblings.filter((s) => s.theme !== service.theme)
	]
		.slice(0, RELATED_MAX)
		.map((s) => ({ id: s.id, name: s.name, theme: s.theme }));
	return {
		service,
		cite: citationView(service.source),
		// 读给我听's text, built with the page's data: the handout code stays out of the page's start-up JS.
		spoken: serviceSpoken(ds, id),
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
}
