import type { Dataset } from '$lib/domain/dataset';
import { citationView } from '$lib/domain/format/citation';

const CATEGORY_ORDER = ['emergency', 'general', 'service'] as const;

export function hotlinesPage(ds: Dataset) {
	return {
		// Only what the page shows: this list is prerendered into the HTML twice (markup and hydration snapshot).
		hotlines: [...ds.core.hotlines]
			.sort(
				(a, b) =>
					CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || a.number.localeCompare(b.number)
			)
			.map(({ id, number, areaCode, name, purpose, owner, departmentId, serviceIds, category, source }) => ({
				id,
				number,
				areaCode,
				name,
				purpose,
				owner,
				departmentId,
				serviceIds,
				category,
				// Formatted here, so the page's start-up script has no citation code. The verbatim quote stays on the
				// data; the list cites file, line, 文号 and date.
				cite: citationView({ ...source, quote: undefined })
			})),
		// Only the departments that answer a listed line: the HTML is near its 15 KB budget.
		departments: Object.fromEntries(
			ds.core.departments
				.filter((d) => ds.core.hotlines.some((h) => h.departmentId === d.id))
				.map((d) => [d.id, d.name])
		)
	};
}
