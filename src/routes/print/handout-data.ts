/**
 * Page data shared by the handout (/print/…) and counter-card (/show/…) routes.
 */
import { error } from '@sveltejs/kit';
import type { Dataset } from '$lib/domain/dataset';
import { benefitAmounts, benefitHandout, serviceHandout, type Handout } from '$lib/domain/handout';

export function serviceIds(ds: Dataset): { id: string }[] {
	return ds.core.services.map((s) => ({ id: String(s.id) }));
}

export function benefitIds(ds: Dataset): { id: string }[] {
	return ds.benefits.map((b) => ({ id: b.id }));
}

export function serviceHandoutData(ds: Dataset, idParam: string): { handout: Handout; sourceDate: string } {
	const id = /^\d+$/.test(idParam) ? Number(idParam) : NaN;
	// A catalogue row that is a benefit (#90 低保家庭中的老年人补贴发放) shows that benefit's amounts.
	const linked = ds.benefits
		.filter((b) => b.serviceIds?.includes(id))
		.map((b) => {
			const { lines, note } = benefitAmounts(b);
			return `${b.shortTitle}：${lines.length ? lines.join('；') : note}`;
		});
	const handout = serviceHandout(ds, id, linked);
	if (!handout) error(404, `没有编号为 ${idParam} 的服务事项`);
	return { handout, sourceDate: ds.manifest.sourceDate };
}

export function benefitHandoutData(ds: Dataset, idParam: string): { handout: Handout; sourceDate: string } {
	const b = ds.benefits.find((x) => x.id === idParam);
	if (!b) error(404, `没有编号为 ${idParam} 的补贴`);
	return { handout: benefitHandout(b, ds), sourceDate: ds.manifest.sourceDate };
}
