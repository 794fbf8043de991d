import type { Dataset } from '$lib/domain/dataset';
import { GROUPS, benefitHeadline, groupOf } from '$lib/domain/benefit-present';

export function benefitsPage(ds: Dataset) {
	const list = ds.benefits.map((b) => ({
		id: b.id,
		title: b.shortTitle,
		audience: b.audience,
		headline: benefitHeadline(b),
		docNo: b.docNo,
		year: b.date.slice(0, 4),
		group: groupOf(b)
	}));
	return {
		groups: GROUPS.map((name) => ({ name, benefits: list.filter((b) => b.group === name) })).filter(
			(g) => g.benefits.length > 0
		),
		count: list.length
	};
}
