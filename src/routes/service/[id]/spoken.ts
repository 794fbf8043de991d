import type { Dataset } from '$lib/domain/dataset';
import { serviceHandoutPage } from '$lib/domain/handout';
import { spokenHandout } from '$lib/domain/speech';

/** What 读给我听 says on a service page: the same facts as its 告知单, linked benefits' amounts included. */
export function serviceSpoken(ds: Dataset, id: number): string {
	const handout = serviceHandoutPage(ds, String(id))?.handout;
	return handout ? spokenHandout(handout) : '';
}
