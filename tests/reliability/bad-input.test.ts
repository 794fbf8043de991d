/** Bad input that people really produce: odd search text and out-of-range answers in the check. */
import { describe, expect, it } from 'vitest';
import { loadBuiltBundle } from '#lib/server/bundle-fs';
import { createSectionSearcher } from '#lib/domain/search/engine';
import { unpackDocs, type PackedSearchData } from '#lib/domain/search/pack';
import { parseProfile } from '#lib/domain/eligibility/profile';

const bundle = loadBuiltBundle();
const searcher = createSectionSearcher(bundle.sections.search as PackedSearchData);

/** Odd text that still carries a real request: the request must still be found, first. */
const ODD_BUT_MEANINGFUL: [string, string, RegExp][] = [
	['很长的查询', '社保卡'.repeat(1000), /社会保障卡/],
	['表情符号', '😀👍🏻 社保卡 🇨🇳', /社会保障卡/],
	['全角字符', 'ＳＢＫ　护照', /社会保障卡|护照/],
	['控制字符和零宽字符', '社保\u0000卡\u200b\u202e丢了', /社会保障卡/]
];

/** Text with nothing to look up: no results at all (the page then offers 12345 and browsing). */
const NOTHING_TO_FIND: [string, string][] = [
	['只有标点', '？？？！！！……，。、；：“”（）【】'],
	['正则特殊字符', '.*+?^${}()|[]\\'],
	['空白', '   \t\n  ']
];

/** Hostile text: never an exception, never markup in a result, only real records. */
const HOSTILE: [string, string][] = [
	['HTML 和脚本', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
	['SQL 样式', "' OR 1=1; DROP TABLE services; --"]
];

const records = new Set(unpackDocs((bundle.sections.search as PackedSearchData).docs).map((d) => `${d.k}:${d.id}`));

describe('reliability: odd search queries', () => {
	it.each(ODD_BUT_MEANINGFUL)('%s: the real request is still found first', (_name, query, expected) => {
		const hits = searcher.search(query);
		expect(hits[0]?.title ?? '(no result)').toMatch(expected);
	});

	it.each(NOTHING_TO_FIND)('%s: no result, no exception', (_name, query) => {
		expect(searcher.search(query)).toEqual([]);
	});

	it.each(HOSTILE)('%s: no markup in any result, every result a real record', (_name, query) => {
		const hits = searcher.search(query);
		const again = searcher.search(query);
		expect(again).toEqual(hits);
		for (const h of hits) {
			expect(h.title).not.toMatch(/[<>]/);
			expect(records.has(`${h.kind}:${h.id}`), `${h.kind}:${h.id}`).toBe(true);
		}
	});

	it('全角的 ＳＢＫ and １２３３３ still find 社会保障卡 and 12333', () => {
		const found = searcher.search('ＳＢＫ').map((h) => h.title);
		expect(found.some((t) => t.includes('社会保障卡'))).toBe(true);
		expect(searcher.search('１２３３３').some((h) => h.kind === 'hotline' && String(h.id).includes('12333'))).toBe(
			true
		);
	});
});

describe('reliability: out-of-range answers in the check', () => {
	it.each([
		['年龄 −1', { age: -1 }],
		['年龄 300', { age: 300 }],
		['年龄是文字', { age: '五岁' }],
		['年龄是小数', { age: 5.5 }],
		['未知的户口选项', { hukou: '火星' }],
		['残疾类别不是列表', { disabilityCategories: '听力' }],
		['负的账户余额', { pensionAccountBalance: -100 }],
		['不是对象', '我五岁'],
		['未知字段', { salary: 3000 }]
	])('%s → a clear message, no result', (_name, input) => {
		const r = parseProfile(input);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.errors.length).toBeGreaterThan(0);
			for (const e of r.errors) expect(e).toMatch(/[\u4e00-\u9fff]/);
		}
	});

	it('不确定 is always a valid answer', () => {
		expect(parseProfile({ age: 'unknown', hukou: 'unknown', hasDisability: 'unknown' }).ok).toBe(true);
	});
});
