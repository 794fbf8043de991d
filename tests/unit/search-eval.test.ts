/**
 * The evaluation set of everyday phrasings (bench/search-eval.txt) on the real data: it covers every theme
 * and every benefit, names only records that exist, and our searcher keeps hit@3 at the level reached.
 * The same figures, beside Fuse.js and MiniSearch, are in `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { loadSearchSource } from '../../scripts/lib/search-source';
import { isHeldOut, keysOf, loadEvalSet, score } from '../../bench/search-eval';
import { createSearcher } from '#lib/domain/search/engine';

/** hit@3 reached on the whole set (0.969 in session 3, 508 phrasings; 0.95 is the goal, DESIGN.md); raise it when the engine improves. */
const HIT_AT_3_FLOOR = 0.965;
/** hit@3 on the held-out part (isHeldOut), which nobody tunes to: 0.955 in session 3. */
const HELD_OUT_FLOOR = 0.95;
const MIN_PHRASINGS = 300;

const { core, docs, ages } = loadSearchSource();
const cases = loadEvalSet();
const searcher = createSearcher(docs, { ages });

describe('搜索评测集', () => {
	it('有至少300条日常说法，每条要找的记录都存在', () => {
		expect(cases.length).toBeGreaterThanOrEqual(MIN_PHRASINGS);
		const known = new Set(docs.map((d) => `${d.k}:${d.id}`));
		for (const c of cases)
			for (const w of c.want) expect(known.has(w), `line ${c.line} 「${c.query}」: ${w}`).toBe(true);
	});

	it('覆盖每个服务主题和每项补贴', () => {
		const wanted = new Set(cases.flatMap((c) => c.want));
		const themes = new Set(core.services.filter((s) => wanted.has(`service:${s.id}`)).map((s) => s.theme));
		expect(core.themes.map((t) => t.name).filter((t) => !themes.has(t))).toEqual([]);
		const benefits = docs.filter((d) => d.k === 'benefit').map((d) => `benefit:${d.id}`);
		expect(benefits.filter((b) => !wanted.has(b))).toEqual([]);
	});

	const engine = keysOf((q, limit) => searcher.search(q, { limit }));

	it(`用日常说法搜索，前三条里有要找的记录（hit@3 ≥ ${HIT_AT_3_FLOOR}）`, () => {
		const r = score(cases, engine);
		// Only the tuning part's misses are listed: the held-out part stays unread by whoever tunes.
		const shown = r.misses.filter((m) => !isHeldOut(m.query));
		expect(r.hitAt3, shown.map((m) => `${m.line} ${m.got.join(',')}`).join('\n')).toBeGreaterThanOrEqual(
			HIT_AT_3_FLOOR
		);
	});

	it(`没有调过的那部分说法也找得到（留出部分 hit@3 ≥ ${HELD_OUT_FLOOR}）`, () => {
		const held = cases.filter((c) => isHeldOut(c.query));
		expect(held.length).toBeGreaterThanOrEqual(MIN_PHRASINGS / 5);
		expect(score(held, engine).hitAt3).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
	});
});
