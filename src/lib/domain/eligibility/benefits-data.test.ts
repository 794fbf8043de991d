/**
 * The curated benefits other than the two core ones, loaded through the real loader (zod + every quote
 * verified against data/sources). Amounts are pinned with the line that prints them, so a typo in the YAML
 * or a shifted citation fails here with the benefit and the line named.
 */
import { describe, expect, it } from 'vitest';
import { loadBenefits } from '../../../../scripts/extract/benefits';
import { evaluateOne } from './engine';
import type { Benefit } from './schema';

const benefits = loadBenefits();
const byId = new Map(benefits.map((b) => [b.id, b]));
function benefit(id: string): Benefit {
	const b = byId.get(id);
	if (!b) throw new Error(`benefit ${id} missing`);
	return b;
}
function amount(id: string, amountId: string) {
	const a = benefit(id).amounts.find((x) => x.id === amountId);
	if (!a) throw new Error(`${id}: no amount ${amountId}`);
	return a;
}
/** value, unit and the cited file:line of an amount. */
function pinned(id: string, amountId: string) {
	const a = amount(id, amountId);
	return [a.value, a.unit, `${a.source.file}:${a.source.line}`];
}

const MINE = [
	'business-relief-2022',
	'urban-management-lenient-penalties',
	'agri-trusteeship-2022',
	'agri-trusteeship-2019',
	'forest-understory-economy',
	'ecological-construction-2022',
	'agri-machinery-subsidies',
	'pig-farming-insurance',
	'spring-grain-film-subsidy',
	'lvliangshan-caregiver-training',
	'dibao-elderly-subsidy',
	'dibao-disabled-elderly-subsidy',
	'hardship-disability-living-subsidy',
	'severe-disability-care-subsidy',
	'poverty-labour-hiring-subsidy',
	'two-assurances-measures-2019'
];

describe('curated benefits load and cite', () => {
	it('every benefit file is present and valid', () => {
		for (const id of MINE) expect(byId.has(id), id).toBe(true);
	});

	it('every benefit names an office to apply to or ask', () => {
		for (const b of benefits) {
			expect(b.apply.office.length, b.id).toBeGreaterThanOrEqual(2);
			expect(b.apply.where.length, b.id).toBeGreaterThanOrEqual(2);
		}
	});

	it('every citation carries the 文号 of its document', () => {
		for (const id of MINE) {
			const b = benefit(id);
			const refs = [b.source, b.apply.source, ...b.amounts.map((a) => a.source), ...b.catalogue.map((r) => r.source)];
			for (const r of refs) expect(r.docNo, `${id} ${r.file}:${r.line}`).toBeTruthy();
		}
	});
});

describe('amounts pinned to their lines', () => {
	it('林下经济：石楼、临县、兴县退耕还林地每亩每年70元，集中流转托管再加10元（000:3835）', () => {
		expect(pinned('forest-understory-economy', 'per-mu')).toEqual([70, '元/亩', '000:3835']);
		expect(amount('forest-understory-economy', 'per-mu').period).toBe('每年');
		expect(pinned('forest-understory-economy', 'collective-extra')).toEqual([10, '元/亩', '000:3835']);
	});

	it('新登记个体工商户：市级500元 + 县级1500元（001:1500）', () => {
		expect(pinned('business-relief-2022', 'startup-city')).toEqual([500, '元/户', '001:1500']);
		expect(pinned('business-relief-2022', 'startup-county')).toEqual([1500, '元/户', '001:1500']);
	});

	it('小微企业吸纳就业：每人1000 / 1500 / 2000元（001:1532），只适用一档', () => {
		const tiers = ['hiring-up-to-50', 'hiring-over-50', 'hiring-over-100'].map((id) =>
			pinned('business-relief-2022', id)
		);
		expect(tiers).toEqual([
			[1000, '元/人', '001:1532'],
			[1500, '元/人', '001:1532'],
			[2000, '元/人', '001:1532']
		]);
		expect(benefit('business-relief-2022').exclusions[0]?.amountIds).toHaveLength(3);
	});

	it('助企纾困的即期性政策期限为1年（001:1540–1542）', () => {
		expect(benefit('business-relief-2022').validity?.source).toMatchObject({ file: '001', line: 1540, lineEnd: 1542 });
	});

	it('吕梁山护工：培训经费中400元就业补贴（001:2745），报名窗口在001:2633', () => {
		expect(pinned('lvliangshan-caregiver-training', 'employment-subsidy')).toEqual([400, '元/人', '001:2745']);
		expect(benefit('lvliangshan-caregiver-training').apply.steps[0]?.source.line).toBe(2633);
	});

	it('生猪保险：能繁母猪保费90元保额1500元，育肥猪保费40元保额800元（004:3677–3681）', () => {
		expect(pinned('pig-farming-insurance', 'sow-premium')).toEqual([90, '元/头', '004:3677']);
		expect(pinned('pig-farming-insurance', 'sow-cover')).toEqual([1500, '元/头', '004:3677']);
		expect(pinned('pig-farming-insurance', 'finisher-premium')).toEqual([40, '元/头', '004:3679']);
		expect(pinned('pig-farming-insurance', 'finisher-cover')).toEqual([800, '元/头', '004:3679']);
	});

	it('粮食地膜覆盖：市级每亩20元（004:1427）', () => {
		expect(pinned('spring-grain-film-subsidy', 'film-mulch')).toEqual([20, '元/亩', '004:1427']);
	});

	it('农业生产托管2019：财政补助不超过服务价格30%，单季每亩不超过100元（000:3730）', () => {
		expect(pinned('agri-trusteeship-2019', 'share-cap')).toEqual([30, '%', '000:3730']);
		expect(pinned('agri-trusteeship-2019', 'per-mu-cap')).toEqual([100, '元/亩', '000:3730']);
		expect(amount('agri-trusteeship-2019', 'per-mu-cap')).toMatchObject({ kind: 'upTo', period: '每季' });
	});

	it('农业生产托管2022 附件2：集中连片奖补山区3000—6000元、平川3000—6000元，经济林每亩60元', () => {
		const b = benefit('agri-trusteeship-2022');
		const contiguous = b.amounts.filter((a) => a.id.startsWith('contiguous-'));
		expect(contiguous.map((a) => [a.id, a.value, a.source.line])).toEqual([
			['contiguous-mountain-300', 3000, 1410],
			['contiguous-mountain-500', 4000, 1410],
			['contiguous-mountain-1000', 5000, 1410],
			['contiguous-mountain-2000', 6000, 1410],
			['contiguous-plain-1000', 3000, 1411],
			['contiguous-plain-2000', 5000, 1411],
			['contiguous-plain-3000', 6000, 1411]
		]);
		expect(pinned('agri-trusteeship-2022', 'annual-mountain')).toEqual([1, '万元', '001:1412']);
		expect(pinned('agri-trusteeship-2022', 'annual-plain')).toEqual([2, '万元', '001:1413']);
		expect(pinned('agri-trusteeship-2022', 'economic-forest')).toEqual([60, '元/亩', '001:1415']);
	});

	it('两不愁三保障：危房改造户均1.4万元、每户可再加至1.1万元，管护公益岗位每年不低于5000元（000:3217, 000:3271）', () => {
		expect(pinned('two-assurances-measures-2019', 'housing-base')).toEqual([1.4, '万元', '000:3217']);
		expect(pinned('two-assurances-measures-2019', 'housing-extra')).toEqual([1.1, '万元', '000:3217']);
		expect(pinned('two-assurances-measures-2019', 'public-welfare-job')).toEqual([5000, '元/人', '000:3271']);
		expect(pinned('two-assurances-measures-2019', 'water-connection')).toEqual([50, '%', '000:3223']);
	});

	it('贫困劳动力用工补贴：文件未载明金额，由县（市、区）按实际缴纳的社保补贴（003:635）', () => {
		expect(pinned('poverty-labour-hiring-subsidy', 'social-insurance')).toEqual([null, '元/人', '003:635']);
	});
});

describe('tables', () => {
	const machines = benefit('agri-trusteeship-2022').catalogue;

	it('机具补贴表 has the 29 model rows of 001:1428–1460 (12 machine types)', () => {
		expect(machines).toHaveLength(29);
		expect(new Set(machines.map((r) => r.group)).size).toBe(13); // 12 types; 割台 has a 高粱 sub-type
		expect(machines[0]).toMatchObject({ name: 'T20P', value: 10000, referenceValue: 45000, source: { line: 1428 } });
		// L1443 is shifted left in the source: realigned, it is a 粮食色选机 model.
		expect(machines.find((r) => r.name === 'BDX1920-2')).toMatchObject({
			group: '粮食色选机',
			value: 50000,
			referenceValue: 428000
		});
	});

	it('市级补贴不超过市场参考价的30%，田间作业监控设备除外（001:1462）', () => {
		const cap = amount('agri-trusteeship-2022', 'machine-cap').value! / 100;
		for (const r of machines) {
			if (r.group === '田间作业监控设备') continue;
			expect(r.value! / r.referenceValue!, r.name).toBeLessThanOrEqual(cap);
		}
		expect(machines.find((r) => r.group === '田间作业监控设备')).toMatchObject({ value: 1500, referenceValue: 3000 });
	});

	it('every machine row prints its reference price in its quote', () => {
		for (const r of machines) expect(r.source.quote.replace(/\s/g, ''), r.name).toContain(String(r.referenceValue));
	});

	it('生态建设补助：各级资金构成加起来等于亩均投资（001:3173–3205）', () => {
		let checked = 0;
		for (const r of benefit('ecological-construction-2022').catalogue) {
			const parts = [...r.source.quote.matchAll(/(\d+)\s*元\/亩/g)].map((m) => Number(m[1]));
			if (parts.length === 0) continue;
			expect(
				parts.reduce((s, x) => s + x, 0),
				r.id
			).toBe(r.value);
			checked++;
		}
		expect(checked).toBe(6);
	});
});

describe('目录事项 #90–93 and #352–353: no amounts in the sources', () => {
	const cases: [string, number[], string, number][] = [
		['dibao-elderly-subsidy', [90], '吕梁市民政局', 1170],
		['dibao-disabled-elderly-subsidy', [91], '吕梁市民政局', 1171],
		['hardship-disability-living-subsidy', [92], '吕梁市民政局', 1172],
		['severe-disability-care-subsidy', [93], '吕梁市民政局', 1173],
		['agri-machinery-subsidies', [352, 353], '吕梁市农机服务中心', 1460]
	];
	it.each(cases)(
		'%s links its catalogue rows, says 目录未载明金额 and points to the office',
		(id, services, office, line) => {
			const b = benefit(id);
			expect(b.serviceIds).toEqual(services);
			expect(b.apply.office).toBe(office);
			for (const a of b.amounts) expect([a.value, a.conditions]).toEqual([null, '目录未载明金额']);
			expect(b.source).toMatchObject({ file: '000', line });
		}
	);
});

describe('店主和农户查自己能享受什么', () => {
	it('新开个体工商户：助企纾困符合，创业补助合计2000元', () => {
		const r = evaluateOne(benefit('business-relief-2022'), { businessType: '个体工商户' });
		expect(r.verdict).toBe('符合');
		expect(r.headline).toMatchObject({ value: 2000, amountIds: ['startup-city', 'startup-county'] });
	});

	it('没有经营主体的人：助企纾困不符合', () => {
		expect(evaluateOne(benefit('business-relief-2022'), { businessType: '无' }).verdict).toBe('不符合');
	});

	it('石楼县农户：林下经济符合；离石区农户不符合', () => {
		expect(evaluateOne(benefit('forest-understory-economy'), { farmer: true, county: 'shilou' }).verdict).toBe('符合');
		expect(evaluateOne(benefit('forest-understory-economy'), { farmer: true, county: 'lishi' }).verdict).toBe('不符合');
	});

	it('没说是否托管服务主体：托管奖补只能是可能符合', () => {
		expect(evaluateOne(benefit('agri-trusteeship-2022'), {}).verdict).toBe('可能符合');
	});
});
