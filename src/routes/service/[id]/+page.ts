import { error } from '@sveltejs/kit';
import { getDataset, pageData } from '$lib/data/page-data';
import { benefitAmounts, serviceHandout } from '$lib/domain/handout';
import { spokenHandout } from '$lib/domain/speech';
import type { EntryGenerator, PageLoad } from './$types';

/** Related services shown under a service: same department, same theme first. */
const RELATED_MAX = 8;

export const entries: EntryGenerator = async () =>
	(await getDataset()).core.services.map((s) => ({ id: String(s.id) }));

export const load: PageLoad = ({ params, url }) =>
	pageData(url, (ds) => {
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
		// A catalogue row that is a benefit (#90) says that benefit's amounts, as its 告知单 does.
		const linked = ds.benefits
			.filter((b) => b.serviceIds?.includes(id))
			.map((b) => {
				const { lines, note } = benefitAmounts(b);
				return `${b.shortTitle}：${lines.length ? lines.join('；') : note}`;
			});
		const handout = serviceHandout(ds, id, linked);
		return {
			service,
			spoken: handout ? spokenHandout(handout) : '',
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
