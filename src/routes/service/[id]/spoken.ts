import type { Dataset } from '$lib/domain/dataset';
import { benefitAmounts, serviceHandout } from '$lib/domain/handout';
import { spokenHandout } from '$lib/domain/speech';

/** What 读给我听 says on a service page: the same facts as its 告知单. */
export function serviceSpoken(ds: Dataset, id: number): string {
	// A catalogue row that is a benefit (#90) says that benefit's amounts, as its 告知单 does.
	const linked = ds.benefits
		.filter((b) => b.serviceIds?.includes(id))
		.map((b) => {
			const { lines, note } = benefitAmounts(b);
			return `${b.shortTitle}：${lines.length ? lines.join('；') : note}`;
		});
	const handout = serviceHandout(ds, id, linked);
	return handout ? spokenHandout(handout) : '';
}
