/**
 * A number shows on a benefit page only where the source ties it to that benefit (issue #10 §2): the pension and
 * rehab pages once offered 12333 and 12385, which neither document prints.
 */
import { describe, expect, it } from 'vitest';
import { loadBenefits } from '../../scripts/extract/benefits';
import { buildCoreOnly } from '../../scripts/build-data';

/** 12345 is the general line for any non-emergency government matter (national source n01:7), so any page may offer it. */
const GENERAL_LINE = '12345';

const core = buildCoreOnly();
const benefits = loadBenefits();

describe('补贴页的咨询电话', () => {
	it('每个咨询电话都印在这项补贴所依据的文件里（12345 除外）', () => {
		const problems: string[] = [];
		let tied = 0;
		for (const b of benefits)
			for (const id of b.apply.hotlineIds) {
				if (id === GENERAL_LINE) continue;
				const h = core.hotlines.find((x) => x.id === id);
				const docNos = new Set([
					...(h ? [h.source, ...(h.otherSources ?? [])].map((s) => s.docNo) : []),
					...core.documents.filter((d) => d.consultHotlineIds.includes(id)).map((d) => d.docNo)
				]);
				if (docNos.has(b.docNo)) tied++;
				else
					problems.push(`${b.id}: ${id} is printed in ${[...docNos].join('、') || 'no document'}, not in ${b.docNo}`);
			}
		expect(problems).toEqual([]);
		expect(tied).toBeGreaterThan(0);
	});

	it('养老补充保险和残疾儿童康复救助的文件没有印电话，页面就不列 12333 和 12385', () => {
		for (const id of ['supplementary-pension', 'disabled-children-rehab']) {
			const b = benefits.find((x) => x.id === id);
			expect(b, id).toBeDefined();
			expect(b!.apply.hotlineIds, id).toEqual([]);
		}
	});
});
