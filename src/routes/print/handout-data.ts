/**
 * Page data shared by the handout (/print/…) and counter-card (/show/…) routes. Benefit amounts and phones
 * come from the benefit pages' own helpers, so a handout never says something the benefit page does not.
 */
import { error } from '@sveltejs/kit';
import type { Dataset } from '$lib/domain/dataset';
import { benefitHandout, serviceHandout, type Handout } from '$lib/domain/handout';
import { benefitsOf, contactsOf, headlineText, shortAmount } from '../benefit/view';

/** A handout lists at most this many amounts; the rest are on the benefit page. */
export const HANDOUT_MAX_AMOUNTS = 6;

export function serviceIds(ds: Dataset): { id: string }[] {
	return ds.core.services.map((s) => ({ id: String(s.id) }));
}

export function benefitIds(ds: Dataset): { id: string }[] {
	return benefitsOf(ds).map((b) => ({ id: b.id }));
}

export function serviceHandoutData(ds: Dataset, idParam: string): { handout: Handout; sourceDate: string } {
	const id = /^\d+$/.test(idParam) ? Number(idParam) : NaN;
	const linked = benefitsOf(ds)
		.filter((b) => b.serviceIds?.includes(id))
		.map((b) => `${b.shortTitle}：${headlineText(b)}`);
	const handout = serviceHandout(ds, id, linked);
	if (!handout) error(404, `没有编号为 ${idParam} 的服务事项`);
	return { handout, sourceDate: ds.manifest.sourceDate };
}

export function benefitHandoutData(ds: Dataset, idParam: string): { handout: Handout; sourceDate: string } {
	const b = benefitsOf(ds).find((x) => x.id === idParam);
	if (!b) error(404, `没有编号为 ${idParam} 的补贴`);
	const amounts = b.amounts
		.filter((a) => a.value !== null)
		.slice(0, HANDOUT_MAX_AMOUNTS)
		.map((a) => `${a.label}：${shortAmount(a)}`);
	const handout = benefitHandout(b, {
		amounts,
		headline: headlineText(b),
		phones: contactsOf(b, ds).map((c) => (c.areaCode ? { number: c.number, areaCode: c.areaCode, name: c.name } : { number: c.number, name: c.name })),
		department: b.apply.departmentId ? (ds.departments.get(b.apply.departmentId)?.name ?? null) : null
	});
	return { handout, sourceDate: ds.manifest.sourceDate };
}
