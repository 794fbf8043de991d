/**
 * Search benchmark: latency (p50/p95) and hit@3 of our searcher on the query set (src/lib/domain/search/queries.ts),
 * on the real data and on a 100× synthetic enlargement, beside Fuse.js and MiniSearch with default options
 * on the same docs. Budgets (DESIGN.md): p95 ≤ 5 ms real, ≤ 50 ms at 100×, in Node.
 *
 *   npx tsx bench/search.ts          (or through bench/run.ts: runSearchBench())
 *
 * Timings are measured here, never asserted in unit tests.
 */
import { pathToFileURL } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createSearcher } from '../src/lib/domain/search/engine';
import { normalise } from '../src/lib/domain/search/normalise';
import { QUERY_CASES, DEFAULT_TOP, type QueryCase } from '../src/lib/domain/search/queries';
import { FIELD_SEPARATOR, type SearchDoc } from '../src/lib/domain/search/types';
import { searchSectionSize, syllables } from '../scripts/lib/search-index';
import { loadSearchSource } from '../scripts/lib/search-source';

export const SCALE = 100;
const HIT_AT = 3;
/** Timed runs per query (after one warm-up run). */
const RUNS = { ours: 30, oursScaled: 5, fuse: 3, fuseScaled: 1, mini: 30, miniScaled: 5 };
/** Hits asked for in the timed runs (a result page). */
const LIMIT = 20;
/** Hits asked for when judging relevance: enough to hold the first few distinct originals at 100×. */
const EVAL_LIMIT = 8 * SCALE;

/**
 * Synthetic county names for the enlargement. Not data: only used to make copies differ the way a
 * county-level catalogue would (「孝义市」+ name, a county provider).
 */
const SYNTHETIC_COUNTIES = ['离石区', '孝义市', '汾阳市', '文水县', '交城县', '兴县', '临县', '柳林县', '石楼县', '岚县', '方山县', '中阳县', '交口县'];

/** Id of a copy: `<original id>~<copy>`; copy 0 keeps the original id. */
const COPY_SEP = '~';

export function enlarge(docs: readonly SearchDoc[], scale = SCALE): SearchDoc[] {
	const out: SearchDoc[] = [...docs];
	const countySyllables = SYNTHETIC_COUNTIES.map(syllables);
	for (let c = 1; c < scale; c++) {
		const ci = c % SYNTHETIC_COUNTIES.length;
		const county = SYNTHETIC_COUNTIES[ci] as string;
		const sy = countySyllables[ci] as string[];
		const provider = `${county}第${Math.ceil(c / SYNTHETIC_COUNTIES.length)}便民服务中心`;
		for (const d of docs) {
			const [xTitle, ...xRest] = d.x.split(FIELD_SEPARATOR);
			const [pTitle, ...pRest] = d.p.split(FIELD_SEPARATOR);
			const [iTitle, ...iRest] = d.i.split(FIELD_SEPARATOR);
			out.push({
				k: d.k,
				id: `${d.id}${COPY_SEP}${c}`,
				t: `${county}${d.t}`,
				x: [normalise(county) + (xTitle ?? ''), ...xRest, normalise(provider)].join(FIELD_SEPARATOR),
				p: [[...sy, pTitle].filter(Boolean).join(' '), ...pRest].join(FIELD_SEPARATOR),
				i: [sy.map((s) => s.charAt(0)).join('') + (iTitle ?? ''), ...iRest].join(FIELD_SEPARATOR),
				w: d.w
			});
		}
	}
	return out;
}

const originalKey = (kind: string, id: string | number) => `${kind}:${String(id).split(COPY_SEP)[0]}`;

type Engine = (query: string, limit: number) => { kind: string; id: string | number }[];

interface EngineResult {
	engine: string;
	data: string;
	docs: number;
	buildMs: number;
	p50: number;
	p95: number;
	max: number;
	/** Share of cases with at least one expected record in the first 3 (distinct originals). */
	hitAt3: number;
	/** Share of cases passing the query set's own criterion (all expected in the first N, or any when marked). */
	passRate: number;
}

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return 0;
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[i] as number;
}

function measure(name: string, data: string, docs: number, build: () => Engine, runs: number, cases: readonly QueryCase[]): EngineResult {
	const t0 = performance.now();
	const engine = build();
	const buildMs = performance.now() - t0;
	const times: number[] = [];
	let hits = 0;
	let passes = 0;
	for (const c of cases) {
		// Judged on distinct originals: at 100× the copies of the best answer would otherwise fill the first 3.
		const keys = Array.from(new Set(engine(c.query, EVAL_LIMIT).map((r) => originalKey(r.kind, r.id))));
		const want = c.expect.map((e) => `${e.kind}:${e.id}`);
		if (want.some((w) => keys.slice(0, HIT_AT).includes(w))) hits++;
		const top = keys.slice(0, c.top ?? DEFAULT_TOP);
		const found = want.filter((w) => top.includes(w)).length;
		if (c.any ? found > 0 : found === want.length) passes++;
		for (let r = 0; r < runs; r++) {
			const s = performance.now();
			engine(c.query, LIMIT);
			times.push(performance.now() - s);
		}
	}
	times.sort((a, b) => a - b);
	return {
		engine: name,
		data,
		docs,
		buildMs: round(buildMs),
		p50: round(percentile(times, 50)),
		p95: round(percentile(times, 95)),
		max: round(times[times.length - 1] ?? 0),
		hitAt3: round(hits / cases.length),
		passRate: round(passes / cases.length)
	};
}

function round(n: number): number {
	return Math.round(n * 1000) / 1000;
}

function ours(docs: SearchDoc[]): () => Engine {
	return () => {
		const s = createSearcher(docs);
		return (q, limit) => s.search(q, { limit });
	};
}

function fuse(docs: SearchDoc[]): () => Engine {
	return () => {
		// Defaults, apart from the fields to search (Fuse needs keys).
		const f = new Fuse(docs, { keys: ['t', 'x'] });
		return (q, limit) => f.search(q, { limit }).map((r) => ({ kind: r.item.k, id: r.item.id }));
	};
}

function mini(docs: SearchDoc[]): () => Engine {
	return () => {
		const m = new MiniSearch<SearchDoc & { n: number }>({ idField: 'n', fields: ['t', 'x'], storeFields: ['k', 'id'] });
		m.addAll(docs.map((d, n) => ({ ...d, n })));
		return (q, limit) =>
			m
				.search(q)
				.slice(0, limit)
				.map((r) => ({ kind: String(r.k), id: r.id as string | number }));
	};
}

export interface SearchBenchResult {
	queries: number;
	scale: number;
	sectionGzipBytes: number;
	sectionBytes: number;
	results: EngineResult[];
	budgets: { realP95Ms: number; scaledP95Ms: number; realOk: boolean; scaledOk: boolean; bestHitAt3: boolean };
}

const REAL_BUDGET_MS = 5;
const SCALED_BUDGET_MS = 50;

export async function runSearchBench(log: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<SearchBenchResult> {
	const { docs } = loadSearchSource();
	const big = enlarge(docs);
	const size = searchSectionSize(docs);
	const cases = QUERY_CASES;
	const real = `real`;
	const scaled = `${SCALE}×`;
	const results = [
		measure('ours', real, docs.length, ours(docs), RUNS.ours, cases),
		measure('fuse.js', real, docs.length, fuse(docs), RUNS.fuse, cases),
		measure('minisearch', real, docs.length, mini(docs), RUNS.mini, cases),
		measure('ours', scaled, big.length, ours(big), RUNS.oursScaled, cases),
		measure('fuse.js', scaled, big.length, fuse(big), RUNS.fuseScaled, cases),
		measure('minisearch', scaled, big.length, mini(big), RUNS.miniScaled, cases)
	];
	const oursReal = results[0] as EngineResult;
	const oursBig = results[3] as EngineResult;
	const budgets = {
		realP95Ms: REAL_BUDGET_MS,
		scaledP95Ms: SCALED_BUDGET_MS,
		realOk: oursReal.p95 <= REAL_BUDGET_MS,
		scaledOk: oursBig.p95 <= SCALED_BUDGET_MS,
		bestHitAt3: results.every((r) => r.engine === 'ours' || r.hitAt3 < (r.data === real ? oursReal : oursBig).hitAt3)
	};

	log(`search: ${cases.length} queries; section ${size.docs} docs, ${(size.bytes / 1024).toFixed(1)} KB, ${(size.gzipBytes / 1024).toFixed(1)} KB gzip`);
	log('engine       data   docs    build ms   p50 ms   p95 ms   max ms   hit@3   pass');
	for (const r of results) {
		log(
			[
				r.engine.padEnd(12),
				r.data.padEnd(6),
				String(r.docs).padStart(6),
				r.buildMs.toFixed(1).padStart(10),
				r.p50.toFixed(3).padStart(8),
				r.p95.toFixed(3).padStart(8),
				r.max.toFixed(3).padStart(8),
				r.hitAt3.toFixed(2).padStart(7),
				r.passRate.toFixed(2).padStart(6)
			].join(' ')
		);
	}
	log(
		`budgets: p95 real ${oursReal.p95} ms (≤ ${REAL_BUDGET_MS}: ${budgets.realOk ? 'ok' : 'OVER'}), ` +
			`${scaled} ${oursBig.p95} ms (≤ ${SCALED_BUDGET_MS}: ${budgets.scaledOk ? 'ok' : 'OVER'}), ` +
			`hit@3 best: ${budgets.bestHitAt3 ? 'yes' : 'NO'}`
	);
	return { queries: cases.length, scale: SCALE, sectionGzipBytes: size.gzipBytes, sectionBytes: size.bytes, results, budgets };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	runSearchBench().then(
		() => process.exit(0),
		(e: unknown) => {
			process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
			process.exit(1);
		}
	);
}
