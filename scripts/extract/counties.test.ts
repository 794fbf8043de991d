import { describe, expect, it } from 'vitest';
import { countySlug, extractCounties } from './counties';

describe('extractCounties on 003:891–905', () => {
	const counties = extractCounties();

	it('查到吕梁13个县（市、区）及各自的乡镇数和村数', () => {
		expect(counties.map((c) => [c.id, c.name, c.kind, c.townships, c.villages, c.source.line])).toEqual([
			['lishi', '离石区', '区', 12, 186, 893],
			['wenshui', '文水县', '县', 12, 199, 894],
			['jiaocheng', '交城县', '县', 10, 144, 895],
			['xingxian', '兴县', '县', 17, 376, 896],
			['linxian', '临县', '县', 23, 631, 897],
			['liulin', '柳林县', '县', 15, 257, 898],
			['shilou', '石楼县', '县', 9, 134, 899],
			['lanxian', '岚县', '县', 12, 167, 900],
			['fangshan', '方山县', '县', 7, 169, 901],
			['zhongyang', '中阳县', '县', 7, 87, 902],
			['jiaokou', '交口县', '县', 7, 95, 903],
			['xiaoyi', '孝义市', '市', 17, 379, 904],
			['fenyang', '汾阳市', '市', 16, 262, 905]
		]);
	});

	it('adds up to the 全市合计 row (164 乡镇, 3086 村)', () => {
		expect(counties.reduce((s, c) => s + (c.townships ?? 0), 0)).toBe(164);
		expect(counties.reduce((s, c) => s + (c.villages ?? 0), 0)).toBe(3086);
	});

	it('has 1 区, 2 县级市 and 10 县', () => {
		const kinds = counties.map((c) => c.kind);
		expect([kinds.filter((k) => k === '区').length, kinds.filter((k) => k === '市').length]).toEqual([1, 2]);
		expect(kinds.filter((k) => k === '县')).toHaveLength(10);
	});

	it('cites 吕政办发〔2019〕7号 with the gazette date, as the notice prints none', () => {
		expect(counties.every((c) => c.source.file === '003' && c.source.docNo === '吕政办发〔2019〕7号')).toBe(true);
		expect(counties.every((c) => c.source.date === '2019-07-01')).toBe(true);
	});

	it('makes pinyin slugs', () => {
		expect(countySlug('汾阳市')).toBe('fenyang');
		expect(countySlug('岚县')).toBe('lanxian');
	});
});
