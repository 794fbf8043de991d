import { pageData } from '$lib/data/page-data';
import { isPersonal } from '$lib/domain/eligibility/engine';
import type { PageLoad } from './$types';

/**
 * Only what the first paint needs: the benefits themselves come from the dataset on the device when the
 * page starts (see +page.svelte), so the prerendered HTML stays small and the check works offline.
 */
export const load: PageLoad = ({ url }) =>
	pageData(url, (ds) => {
		const personal = ds.benefits.filter(isPersonal);
		return { count: personal.length, titles: personal.map((b) => b.shortTitle), sourceDate: ds.manifest.sourceDate };
	});
