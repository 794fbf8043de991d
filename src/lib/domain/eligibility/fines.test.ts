import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBenefitFile, BENEFITS_DIR } from '../../../../scripts/extract/benefits';
import { assessPenalty, lighterBand, mitigationTiers, tierBand, type PenaltyListLike } from './fines';
import type { PenaltyList } from './schema';

const benefit = loadBenefitFile(join(BENEFITS_DIR, 'urban-management-lenient-penalties.yaml'));
const lists = benefit.penaltyLists ?? [];
function list(kind: PenaltyList['kind']): PenaltyList {
	const l = lists.find((x) => x.kind === kind);
	if (!l) throw new Error(`no ${kind} list`);
	return l;
}
const all = (n: number) => Array.from({ length: n }, () => true);

/** Chinese or Arabic amount as printed in the 法定依据: 一百, 二千, 五万, 十万, 1万 … */
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
function printedAmount(s: string): number {
	if (/^\d+万$/.test(s)) return Number(s.slice(0, -1)) * UNITS['万']!;
	if (/^\d+$/.test(s)) return Number(s);
	let total = 0;
	let digit = 0;
	for (const ch of s) {
		if (ch in DIGITS) digit = DIGITS[ch]!;
		else if (ch === '万') {
			// 万 scales everything before it: 十万 = (10) × 10000, 五万 = 5 × 10000.
			total = (total + digit || 1) * UNITS['万']!;
			digit = 0;
		} else if (ch in UNITS) {
			total += (digit || 1) * UNITS[ch]!;
			digit = 0;
		} else throw new Error(`not a number: ${s}`);
	}
	return total + digit;
}

describe('城管三张清单 data (吕城发〔2023〕66号)', () => {
	it('has the 6 + 7 + 2 rows of the source, numbered 1..n', () => {
		expect(lists.map((l) => [l.kind, l.items.map((i) => i.no)])).toEqual([
			['exempt', [1, 2, 3, 4, 5, 6]],
			['lighter', [1, 2, 3, 4, 5, 6, 7]],
			['mitigated', [1, 2]]
		]);
	});

	it('every fine range is the one its quote prints (以上…以下)', () => {
		let checked = 0;
		for (const l of lists)
			for (const item of l.items)
				for (const f of item.fines) {
					const m = f.source.quote.match(
						/处(?:以)?([\d一二两三四五六七八九十百千万]+)元以上([\d一二两三四五六七八九十百千万]+)元以下/
					);
					expect(m, `${l.kind} #${item.no}`).not.toBeNull();
					expect([printedAmount(m![1]!), printedAmount(m![2]!)], `${l.kind} #${item.no}`).toEqual([f.min, f.max]);
					checked++;
				}
		expect(checked).toBe(15);
	});

	it('pins the 油烟 row: 5000–50000 元 at 002:2471', () => {
		const item = list('lighter').items[0]!;
		expect(item.violation).toContain('油烟');
		expect(item.fines).toMatchObject([{ min: 5000, max: 50000, source: { file: '002', line: 2471 } }]);
	});

	it('the 从轻 share and the 减轻 tier shares are the percentages their quotes print', () => {
		const lighter = list('lighter');
		expect(lighter.rule?.source.quote).toContain(`${Math.round((lighter.lighterShare ?? 0) * 100)}%`);
		for (const t of list('mitigated').tiers ?? []) {
			const pct = t.source.quote.replace(/\s/g, '');
			expect(pct).toContain(`${Math.round(t.minShare * 100)}%`);
			if (t.maxShare < 1) expect(pct).toContain(`${Math.round(t.maxShare * 100)}%`);
		}
		expect(list('mitigated').class1).toHaveLength(6);
		expect(list('mitigated').class2).toHaveLength(6);
	});
});

describe('fine calculator', () => {
	it('lighterBand keeps the lowest 30% of the range', () => {
		expect(lighterBand({ min: 5000, max: 50000 }, 0.3)).toEqual({ min: 5000, max: 18500 });
		expect(lighterBand({ min: 100, max: 300 }, 0.3)).toEqual({ min: 100, max: 160 });
	});

	it('mitigation tiers follow the counts of 第（一）类 / 第（二）类 circumstances', () => {
		const tiers = list('mitigated').tiers ?? [];
		const reached = (c1: number, c2: number) => mitigationTiers(tiers, c1, c2).map((t) => t.tier);
		expect(reached(0, 0)).toEqual([]);
		expect(reached(0, 1)).toEqual([]);
		expect(reached(1, 0)).toEqual([1]);
		expect(reached(0, 2)).toEqual([2]);
		expect(reached(1, 1)).toEqual([1, 2]);
		expect(reached(2, 0)).toEqual([1, 3]);
		expect(reached(0, 3)).toEqual([2, 3]);
		expect(reached(1, 2)).toEqual([1, 2, 3]);
	});

	it('tierBand takes shares of the legal minimum', () => {
		const [t1, t2, t3] = list('mitigated').tiers ?? [];
		expect(tierBand(500, t1!)).toEqual({ tier: 1, min: 350, max: 500, maxInclusive: false });
		expect(tierBand(500, t2!)).toEqual({ tier: 2, min: 200, max: 350, maxInclusive: true });
		expect(tierBand(500, t3!)).toEqual({ tier: 3, min: 50, max: 200, maxInclusive: true });
	});

	it('an unknown item number is a programming error', () => {
		expect(() => assessPenalty(list('exempt'), 99, { met: [] })).toThrow(RangeError);
	});

	it('the calculator accepts the schema type as is', () => {
		const l: PenaltyListLike = list('lighter');
		expect(l.items.length).toBe(7);
	});
});

describe('店主查自己的情况', () => {
	it('首次在绿地停车、及时改正并配合执法：不予处罚', () => {
		const r = assessPenalty(list('exempt'), 5, { met: all(4) });
		expect(r).toMatchObject({
			list: 'exempt',
			applies: true,
			noPenalty: true,
			unmet: [],
			statutory: { min: 200, max: 500 }
		});
	});

	it('首次违法但拒不配合执法：不适用包容免罚，按法定幅度处罚', () => {
		const r = assessPenalty(list('exempt'), 5, { met: [true, true, true, false] });
		expect(r).toMatchObject({ applies: false, noPenalty: false, unmet: [4], band: null });
		expect(r.note).toContain('法定依据');
	});

	it('没回答的条件算作不满足', () => {
		expect(assessPenalty(list('exempt'), 1, { met: [true, true] }).unmet).toEqual([3, 4]);
	});

	it('饭店油烟超标、首次违法并按期整改：从轻处罚 5000–18500 元', () => {
		const r = assessPenalty(list('lighter'), 1, { met: all(4) });
		expect(r).toMatchObject({ applies: true, band: { min: 5000, max: 18500 } });
	});

	it('个人露天焚烧垃圾：按对个人的幅度从轻，500–950 元；单位为 10000–37000 元', () => {
		expect(assessPenalty(list('lighter'), 5, { met: all(4), offender: 'individual' }).band).toEqual({
			min: 500,
			max: 950
		});
		expect(assessPenalty(list('lighter'), 5, { met: all(4), offender: 'unit' }).band).toEqual({
			min: 10000,
			max: 37000
		});
	});

	it('建设用地裸露未覆盖（依照前款处罚）：按前款一万至十万元从轻', () => {
		expect(assessPenalty(list('lighter'), 4, { met: all(3) }).band).toEqual({ min: 10000, max: 37000 });
	});

	it('绿地内堆放物料按每平方米计罚：包容免罚可不罚，其他情况只给出规则', () => {
		const r = assessPenalty(list('exempt'), 4, { met: all(4) });
		expect(r).toMatchObject({ noPenalty: true, statutory: null });
	});

	it('非经营性露天烧烤、首次违法且是未成年人：减轻处罚第一档，350–500 元以下', () => {
		const r = assessPenalty(list('mitigated'), 2, { met: all(6), class1: 1, class2: 0 });
		expect(r.tiers).toEqual([{ tier: 1, min: 350, max: 500, maxInclusive: false }]);
		expect(r.band).toEqual({ min: 350, max: 500 });
	});

	it('符合第（一）类两项：可到第三档，最低 50 元', () => {
		const r = assessPenalty(list('mitigated'), 2, { met: all(6), class1: 2 });
		expect(r.tiers.map((t) => t.tier)).toEqual([1, 3]);
		expect(r.band).toEqual({ min: 50, max: 200 });
	});

	it('符合清单条件但没有任何减轻情形：说明未达到档次，不给数额', () => {
		const r = assessPenalty(list('mitigated'), 1, { met: all(5) });
		expect(r).toMatchObject({ applies: true, band: null, tiers: [] });
		expect(r.note).toContain('档次');
	});
});
