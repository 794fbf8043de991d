/**
 * The query set on the real data: docs built from data/sources and data/curated exactly as the bundle
 * build does (scripts/lib/search-source.ts). No timings here: those are in bench/search.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadSearchSource } from '../../../../scripts/lib/search-source';
import { createSearcher, holds } from './engine';
import { normalise } from './normalise';
import { DEFAULT_TOP, QUERY_CASES, ROBUSTNESS_QUERIES, type QueryCase } from './queries';
import { SYNONYMS } from './synonyms';
import { SEARCH_KINDS } from './types';

const { docs } = loadSearchSource();
const searcher = createSearcher(docs);
const key = (kind: string, id: string | number) => `${kind}:${id}`;

function describeCase(c: QueryCase): string {
	const want = c.expect.map((e) => key(e.kind, e.id)).join(c.any ? ' 或 ' : '、');
	return `搜「${c.query}」前${c.top ?? DEFAULT_TOP}条里有 ${want}`;
}

describe('查询集（真实数据）', () => {
	it('has at least 45 cases, each expecting records that exist', () => {
		expect(QUERY_CASES.length).toBeGreaterThanOrEqual(45);
		const known = new Set(docs.map((d) => key(d.k, d.id)));
		for (const c of QUERY_CASES)
			for (const e of c.expect) expect(known.has(key(e.kind, e.id)), `${c.query}: ${key(e.kind, e.id)}`).toBe(true);
	});

	it.each(QUERY_CASES.map((c) => [describeCase(c), c] as const))('%s', (_name, c) => {
		const top = c.top ?? DEFAULT_TOP;
		const got = searcher.search(c.query, { limit: top }).map((h) => key(h.kind, h.id));
		const want = c.expect.map((e) => key(e.kind, e.id));
		const found = want.filter((w) => got.includes(w));
		if (c.any) expect(found.length, `got ${got.join(', ')}`).toBeGreaterThan(0);
		else expect(found, `got ${got.join(', ')}`).toEqual(want);
	});
});

describe('奇怪的输入不出错', () => {
	it.each(
		ROBUSTNESS_QUERIES.map((q) => [JSON.stringify(q.length > 20 ? `${q.slice(0, 20)}…(${q.length})` : q), q] as const)
	)('%s', (_name, q) => {
		const hits = searcher.search(q, { limit: 10 });
		expect(Array.isArray(hits)).toBe(true);
		expect(hits.length).toBeLessThanOrEqual(10);
		for (const h of hits) {
			expect(SEARCH_KINDS).toContain(h.kind);
			expect(Number.isFinite(h.score)).toBe(true);
			expect(h.title.length).toBeGreaterThan(0);
		}
		expect(searcher.search(q, { limit: 10 })).toEqual(hits);
	});

	it('returns nothing for input without letters, digits or Han characters', () => {
		for (const q of ['', '   ', '？！。，', '😀😀👍', '!!!']) expect(searcher.search(q)).toEqual([]);
	});

	it('treats <script> text as words, never as markup', () => {
		const hits = searcher.search('<script>社保卡</script>', { limit: 5 });
		expect(hits.map((h) => h.id)).toContain(165);
	});
});

describe('结果的形状', () => {
	it('gives service ids as catalogue numbers and respects limit and kinds', () => {
		const hits = searcher.search('社保卡', { limit: 3 });
		expect(hits).toHaveLength(3);
		for (const h of hits) expect(typeof h.id).toBe('number');
		const hotlines = searcher.search('举报', { kinds: ['hotline'] });
		expect(hotlines.length).toBeGreaterThan(0);
		for (const h of hotlines) expect(h.kind).toBe('hotline');
		expect(searcher.search('社保卡', { limit: 0 })).toEqual([]);
	});

	it('puts a hotline first when the query is its number', () => {
		expect(searcher.search('12348')[0]).toMatchObject({ kind: 'hotline', id: '12348' });
	});

	it('names the matched words, longest first, for highlighting', () => {
		const [first] = searcher.search('社保卡丢了');
		expect(first?.matched).toEqual(['社会保障卡', '挂失']);
	});

	it('ranks the same way every time (stable order for equal scores)', () => {
		const a = searcher.search('养老保险', { limit: 50 });
		const b = createSearcher(docs).search('养老保险', { limit: 50 });
		expect(b).toEqual(a);
	});
});

describe('同义词表', () => {
	it('maps only to words that occur in the data', () => {
		const missing: string[] = [];
		for (const g of SYNONYMS) for (const f of g.find) if (!docs.some((d) => holds(d.x, normalise(f)))) missing.push(f);
		expect(missing).toEqual([]);
	});
});
