/** The canonical 服务类型 of the catalogue, in display order (variants are normalised to these at build time). */
export const SERVICE_TYPES = [
	'办事指南类',
	'普通信息类',
	'服务链接类',
	'通知公告类',
	'政策文件类',
	'单位名录类',
	'场馆设施类',
	'常见问题类'
] as const;

export type ServiceTypeName = (typeof SERVICE_TYPES)[number];
