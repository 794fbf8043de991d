import { error } from '@sveltejs/kit';
import { pageData } from '$lib/data/page-data';
import { SERVICE_TYPES, type ServiceTypeName as ServiceType } from '$lib/domain/service-types';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => SERVICE_TYPES.map((name) => ({ name }));

const TYPE_HELP: Record<ServiceType, string> = {
	办事指南类: '告诉您怎么办、要带什么、去哪里办的事项。',
	普通信息类: '可以查询或咨询的信息。',
	服务链接类: '在部门网站或系统上办理、查询的事项。',
	通知公告类: '部门发布的通知和公告。',
	政策文件类: '相关的政策和法规文件。',
	单位名录类: '单位、机构的名单。',
	场馆设施类: '图书馆、体育馆等公共场馆的信息。',
	常见问题类: '常见问题的解答。'
};

export const load: PageLoad = ({ params, url }) =>
	pageData(url, (ds) => {
		const type = SERVICE_TYPES.find((t) => t === params.name);
		if (!type) error(404, `没有“${params.name}”这个服务类型`);
		return {
			heading: type,
			kind: '服务类型',
			help: TYPE_HELP[type],
			services: ds.core.services
				.filter((s) => s.type === type)
				.map((s) => ({ id: s.id, name: s.name, dept: ds.departments.get(s.departmentId)?.name ?? '' }))
		};
	});
