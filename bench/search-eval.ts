/**
 * The evaluation set (bench/search-eval.txt: everyday phrasings, each with the ids it should find) and the
 * measures taken on it: hit@1, hit@3, MRR and the number of phrasings with no result at all. Used by the
 * search benchmark (beside Fuse.js and MiniSearch) and by tests/unit/search-eval.test.ts (a floor for hit@3).
 *
 * Fair competitors: Fuse.js and MiniSearch get the same docs and the same help our engine gets from the
 * build, i.e. the same normalisation, a CJK bigram tokenizer, pinyin (syllables and joined), initials and
 * the life events' situation words as fields; MiniSearch also searches by prefix and with fuzzy matching.
 * What they do not get is our query understanding (synonyms, intent words, ages), which is what is compared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { splitRuns } from '#lib/domain/search/normalise';
import { FIELD_SEPARATOR, type SearchDoc, type SearchKind } from '#lib/domain/search/types';

export const EVAL_FILE = join(import.meta.dirname, 'search-eval.txt');

export interface EvalCase {
	query: string;
	/** `kind:id` keys; a hit when any of them is found. */
	want: string[];
	/** Line in the file, for messages. */
	line: number;
}

const PREFIX: Record<string, SearchKind> = {
	s: 'service',
	b: 'benefit',
	h: 'hotline',
	d: 'document',
	p: 'department',
	e: 'event'
};

/** `s112` → service:112, `b:pig-farming-insurance` → benefit:pig-farming-insurance. */
function parseId(token: string, line: number): string {
	const m = /^([sbhdpe]):?(.+)$/.exec(token);
	const kind = m ? PREFIX[m[1] as string] : undefined;
	if (!m || !kind) throw new Error(`${EVAL_FILE}:${line}: bad id ${token}`);
	return `${kind}:${m[2]}`;
}

export function loadEvalSet(path = EVAL_FILE): EvalCase[] {
	const out: EvalCase[] = [];
	readFileSync(path, 'utf8')
		.split('\n')
		.forEach((raw, i) => {
			const text = raw.trim();
			if (!text || text.startsWith('#')) return;
			const bar = text.lastIndexOf(' | ');
			if (bar < 0) throw new Error(`${path}:${i + 1}: expected "<phrasing> | <ids>"`);
			const ids = text
				.slice(bar + 3)
				.split(/\s+/)
				.filter(Boolean);
			if (ids.length === 0) throw new Error(`${path}:${i + 1}: no ids`);
			out.push({ query: text.slice(0, bar).trim(), want: ids.map((t) => parseId(t, i + 1)), line: i + 1 });
		});
	return out;
}

/**
 * The held-out part: about one phrasing in five, chosen by a hash of its text (FNV-1a, so the choice does not
 * depend on order or on the engine). Nobody tuning the engine reads this part's misses (the bench prints only
 * the tuning part's), so its hit@3 says how the engine does on phrasings it was not tuned to.
 */
const HELD_OUT_ONE_IN = 5;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function isHeldOut(query: string): boolean {
	let h = FNV_OFFSET;
	for (let i = 0; i < query.length; i++) h = Math.imul(h ^ query.charCodeAt(i), FNV_PRIME) >>> 0;
	return h % HELD_OUT_ONE_IN === 0;
}

/** What an engine returns, best first. */
export type RankedKeys = (query: string) => string[];

export interface EvalScore {
	cases: number;
	hitAt1: number;
	hitAt3: number;
	mrr: number;
	/** Phrasings that returned nothing at all. */
	noResult: number;
	/** Phrasings whose first three hold none of the wanted ids. */
	misses: { query: string; line: number; got: string[] }[];
}

const RANK_DEPTH = 20;
const TOP = 3;

export function score(cases: readonly EvalCase[], engine: RankedKeys): EvalScore {
	let h1 = 0;
	let h3 = 0;
	let rr = 0;
	let none = 0;
	const misses: EvalScore['misses'] = [];
	for (const c of cases) {
		const got = engine(c.query).slice(0, RANK_DEPTH);
		if (got.length === 0) none++;
		const rank = got.findIndex((k) => c.want.includes(k));
		if (rank === 0) h1++;
		if (rank >= 0 && rank < TOP) h3++;
		else misses.push({ query: c.query, line: c.line, got: got.slice(0, TOP) });
		if (rank >= 0) rr += 1 / (rank + 1);
	}
	const n = cases.length;
	const r = (x: number) => Math.round((x / n) * 1000) / 1000;
	return { cases: n, hitAt1: r(h1), hitAt3: r(h3), mrr: r(rr), noResult: none, misses };
}

/** The same tokens for index and query: Han runs as bigrams (a lone character as itself), letter and digit runs whole. */
export function bigramTokens(text: string): string[] {
	const out: string[] = [];
	for (const run of splitRuns(text)) {
		if (run.kind === 'latin' || run.text.length === 1) out.push(run.text);
		else for (let i = 0; i + 1 < run.text.length; i++) out.push(run.text.slice(i, i + 2));
	}
	return out;
}

/** A doc as the competitors index it: every text our engine searches, as plain fields. */
export interface FlatDoc {
	n: number;
	k: SearchKind;
	id: string | number;
	t: string;
	x: string;
	/** Situation words of the life events that list the record. */
	e: string;
	/** Pinyin syllables, and each part's syllables joined (shebaoka). */
	p: string;
	pj: string;
	i: string;
}

export function flatten(docs: readonly SearchDoc[]): FlatDoc[] {
	const words = new Map<string, string>();
	for (const d of docs) if (d.k === 'event') words.set(String(d.id), d.x.split(FIELD_SEPARATOR).join(' '));
	return docs.map((d, n) => ({
		n,
		k: d.k,
		id: d.id,
		t: d.t,
		x: d.x.split(FIELD_SEPARATOR).join(' '),
		e: d.s
			.split(FIELD_SEPARATOR)
			.filter(Boolean)
			.map((e) => words.get(e) ?? '')
			.join(' '),
		p: d.p.split(FIELD_SEPARATOR).join(' '),
		pj: d.p
			.split(FIELD_SEPARATOR)
			.map((part) => part.replace(/ /g, ''))
			.join(' '),
		i: d.i.split(FIELD_SEPARATOR).join(' ')
	}));
}

const FIELDS = ['t', 'x', 'e', 'p', 'pj', 'i'] as const;
/** The title counts double in both, as it does in ours (title match above body match). */
const TITLE_BOOST = 2;
/** MiniSearch's documented fuzzy setting: edit distance up to 20% of the term length. */
const MINI_FUZZY = 0.2;

export type Engine = (query: string, limit: number) => { kind: string; id: string | number }[];

export function fairFuse(docs: readonly SearchDoc[]): Engine {
	const flat = flatten(docs);
	const f = new Fuse(flat, {
		keys: FIELDS.map((name) => ({ name, weight: name === 't' ? TITLE_BOOST : 1 })),
		useTokenSearch: true,
		tokenize: bigramTokens,
		ignoreLocation: true
	});
	return (q, limit) => f.search(q, { limit }).map((r) => ({ kind: r.item.k, id: r.item.id }));
}

export function fairMini(docs: readonly SearchDoc[]): Engine {
	const flat = flatten(docs);
	const m = new MiniSearch<FlatDoc>({
		idField: 'n',
		fields: [...FIELDS],
		storeFields: ['k', 'id'],
		tokenize: bigramTokens,
		processTerm: (term) => term,
		searchOptions: { prefix: true, fuzzy: MINI_FUZZY, boost: { t: TITLE_BOOST } }
	});
	m.addAll(flat);
	return (q, limit) =>
		m
			.search(q)
			.slice(0, limit)
			.map((r) => ({ kind: String(r.k), id: r.id as string | number }));
}

export const keysOf =
	(engine: Engine): RankedKeys =>
	(q) =>
		engine(q, RANK_DEPTH).map((r) => `${r.kind}:${String(r.id)}`);
