/**
 * The 收录内容 list on /about: the manifest's record counts in words. Only sections with a Chinese label are
 * listed, in this order; a count the build adds later (or an internal one such as the search index's `docs`)
 * stays off the page until it has a label, rather than showing its English key.
 */
export const COUNT_LABELS: readonly (readonly [key: string, label: string])[] = [
	['services', '服务事项'],
	['themes', '服务主题'],
	['departments', '部门'],
	['providers', '办理单位'],
	['hotlines', '电话'],
	['documents', '文件'],
	['measures', '文件里的便民措施'],
	['benefits', '补贴和救助'],
	['counties', '县（市、区）'],
	['events', '一件事（生活中的事）']
];

export function countRows(counts: Record<string, number>): { key: string; label: string; n: number }[] {
	return COUNT_LABELS.filter(([key]) => counts[key] !== undefined).map(([key, label]) => ({
		key,
		label,
		n: counts[key]!
	}));
}
