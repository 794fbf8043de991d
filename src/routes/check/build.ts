import type { Dataset } from '$lib/domain/dataset';
import { isPersonal } from '$lib/domain/eligibility/engine';

/**
 * Only what the first paint needs: the benefits themselves come from the dataset on the device when the
 * page starts (see +page.svelte), so the prerendered HTML stays small and the check works offline.
 */
export function checkPage(ds: Dataset) {
	const personal = ds.benefits.filter(isPersonal);
	return { count: personal.length, titles: personal.map((b) => b.shortTitle), sourceDate: ds.manifest.sourceDate };
}
