/**
 * The citizen-facing measures of issue #10 §4, loaded through the real loader (every quote verified). Each figure and
 * deadline is pinned with the line that prints it, so a dropped measure or a typo fails here with its id.
 */
import { describe, expect, it } from 'vitest';
import { extractDocumentsWithPhones } from '../../scripts/extract/documents';
import { loadMeasures } from '../../scripts/extract/measures';
import type { Measure } from '#lib/domain/schema';

const { documents } = extractDocumentsWithPhones();
// Only the id of the one line a measure names is needed here; the loader checks it against this list.
const measures = loadMeasures({ documents, hotlines: [{ id: '0358-8227519' } as never] });

function m(id: string): Measure {
	const x = measures.find((y) => y.id === id);
	if (!x) throw new Error(`measure ${id} missing`);
	return x;
}
const figures = (id: string) =>
	m(id).figures.map((f) => [f.value, f.unit, f.kind, `${f.source.file}:${f.source.line}`]);
const limits = (id: string) => m(id).timeLimits.map((t) => [t.value, t.unit, `${t.source.file}:${t.source.line}`]);

describe('文件里的便民措施：数字和时限都有原文', () => {
	it('个体户和小规模纳税人能查到2023年稳增长的减税：免征增值税、1%征收率、个税减半', () => {
		expect(figures('small-taxpayer-vat')).toEqual([
			[10, '万元', 'upTo', '002:1090'],
			[1, '%', 'fixed', '002:1090']
		]);
		expect(m('small-taxpayer-vat').until?.date).toBe('2027-12-31');
		expect(figures('individual-business-income-tax')).toEqual([[200, '万元', 'upTo', '002:1090']]);
		expect(m('individual-business-income-tax').text).toMatch(/减半/);
	});
	it('企业能查到失业保险费率1%和稳岗返还60%／30%', () => {
		expect(figures('unemployment-insurance-rate').map((f) => f[0])).toEqual([1, 0.7, 0.3]);
		expect(figures('job-retention-refund').slice(0, 2)).toEqual([
			[60, '%', 'upTo', '002:1104'],
			[30, '%', 'upTo', '002:1106']
		]);
		expect(m('public-gig-markets').source.line).toBe(1116);
	});
	it('企业续贷能查到应急周转资金的条件、20%上限、1.5倍LPR和3／7个工作日', () => {
		expect(m('bridge-fund-eligibility').conditions.length).toBeGreaterThanOrEqual(4);
		expect(figures('bridge-fund-amount-and-fee')).toEqual([
			[20, '%', 'upTo', '002:604'],
			[1.5, '倍', 'fixed', '002:606']
		]);
		expect(limits('bridge-fund-processing-time').slice(0, 2)).toEqual([
			[3, '工作日', '002:621'],
			[7, '工作日', '002:623']
		]);
	});
	it('游客和市民能查到景区头道门票免费、城区公交免费、消费券', () => {
		expect(m('free-scenic-gate-tickets').source.line).toBe(1522);
		expect(m('free-city-buses').source.line).toBe(1524);
		expect(figures('consumption-vouchers')).toEqual([[1000, '万元', 'fixed', '001:1512']]);
		expect(figures('rural-e-town-awards')[0]).toEqual([2000, '万元', 'upTo', '001:1518']);
		expect(m('rural-courier-subsidy').until?.date).toBe('2024-12-31');
	});
	it('申请政府信息公开被拒能查到投诉理由和3／5／20个工作日的时限', () => {
		expect(m('gov-info-complaint-grounds').conditions.length).toBeGreaterThanOrEqual(6);
		expect(m('gov-info-complaint-grounds').hotlineIds).toEqual(['0358-8227519']);
		expect(limits('gov-info-complaint-deadlines').map((l) => l[0])).toEqual([3, 5, 20, 20]);
		expect(limits('public-welfare-info-20-days')).toEqual([[20, '工作日', '003:1387']]);
	});
	it('办事交证明能查到告知承诺制的时限，失信企业能查到信用修复', () => {
		expect(limits('notice-commitment-time-limits').map((l) => l[0])).toEqual([3, 5]);
		expect(limits('enterprise-credit-repair')).toEqual([
			[3, '年', '004:5592'],
			[30, '日', '004:5594']
		]);
		expect(m('individual-business-credit-repair').source.line).toBe(1504);
	});
	it('能查到送教上门、小额扶贫贷款、两癌和产前筛查、垃圾袋、避难场所、禁火和三个手机应用', () => {
		const at = (id: string) => `${m(id).source.file}:${m(id).source.line}`;
		expect(at('home-schooling-disabled-children')).toBe('000:3191');
		expect(at('poverty-microcredit')).toBe('000:3249');
		expect(at('rural-women-two-cancers-screening')).toBe('003:954');
		expect(at('free-prenatal-screening')).toBe('003:1030');
		expect(m('waste-sorting-bins-and-bags').conditions.filter((c) => c.text.includes('免费')).length).toBe(3);
		expect(at('emergency-shelter-parks')).toBe('001:242');
		expect(at('no-open-fire-2022')).toBe('001:190');
		expect(at('qingming-fire-ban')).toBe('004:530');
		expect(['lvliang-bus-app', 'lvliang-tong-app', 'lvliang-emergency-account'].map(at)).toEqual([
			'000:2587',
			'001:1992',
			'004:778'
		]);
	});
	it('每条措施都挂在面向群众的文件上，文件页能显示', () => {
		const byId = new Map(documents.map((d) => [d.id, d]));
		for (const x of measures) expect(byId.get(x.documentId)?.citizenFacing, x.id).toBe(true);
	});
});
