/**
 * The county names the synthetic 100× copies carry (bench/search.ts's enlarge, bench/scale.ts's regions): one
 * list, read from the real data's county table (scripts/extract/counties.ts) rather than typed twice.
 */
import { extractCounties } from '../scripts/extract/counties';

let names: readonly string[] | null = null;

/** 离石区, 孝义市 … in the table's order; read once. */
export function countyNames(): readonly string[] {
	names ??= extractCounties().map((c) => c.name);
	return names;
}
