/**
 * The client search: pure, no library, Chrome 86-safe. Docs come precomputed from the build
 * (scripts/lib/search-index.ts); `createSearcher` builds its maps once (Han bigrams and single characters
 * of the text, 2–3-letter keys of pinyin syllable starts and of initials), and each query touches only the
 * records those maps point to. Only a typo fallback scans every record's pinyin.
 *
 * Ranking, strongest first: the whole title equals the query › every term is in the title › every term
 * is somewhere in the record › some terms match. Inside a tier: title above body, typed words above
 * synonyms, a word that covers more of the title above one that covers less, then the record's weight.
 */
import { normalise } from './normalise';
import { createLexicon, parseQuery, type Alt, type Lexicon, type ParsedQuery, type Term } from './query';
import type { SynonymGroup } from './synonyms';
import { FIELD_SEPARATOR, SEARCH_KINDS, type Hit, type SearchDoc, type SearchKind, type SearchOptions } from './types';

export const DEFAULT_LIMIT = 20;

/** Scores of one word in one record. */
const TITLE_EXACT = 100;
const TITLE_CONTAINS = 40;
/** Added in proportion to how much of the title the word covers (护照 in a 4-character title beats a 20-character one). */
const TITLE_COVER = 20;
const BODY_CONTAINS = 12;
const PINYIN_EXACT = 90;
const PINYIN_CONTAINS = 35;
const INITIALS_EXACT = 80;
const INITIALS_CONTAINS = 28;
/** A match with one wrong letter or character is worth this share of an exact one. */
const TYPO_FACTOR = 0.6;
/** A run of unknown words that shares some bigrams with a record: this much per share of bigrams found. */
const PARTIAL = 10;
/** Share of an unknown run's bigrams a record must hold to count as a partial match. */
const PARTIAL_MIN_SHARE = 0.3;

/** Tiers dominate every score inside them. */
const TIER_GAP = 1000;
const TIER_EXACT = 3;
const TIER_ALL_IN_TITLE = 2;
const TIER_ALL = 1;

/** Hotlines when the query is a number or asks for a phone. */
const HOTLINE_BOOST = 1.6;

/** Pinyin typo tolerance starts at this many letters (shorter words have too many neighbours). */
const PINYIN_TYPO_MIN = 5;
/** CJK typo tolerance starts at this many characters. */
const HAN_TYPO_MIN = 3;
/** Initials shorter than this are too ambiguous (every title has an s). */
const INITIALS_MIN = 2;
/** Lengths of the letter keys of the pinyin and initials maps: 2 finds short queries, 3 keeps lists short ("hu" is everywhere). */
const KEY_MIN = 2;
const KEY_MAX = 3;

export interface Searcher {
	search(query: string, options?: SearchOptions): Hit[];
	readonly size: number;
}

interface Prepared {
	n: number;
	docs: readonly SearchDoc[];
	/** Normalised title. */
	title: string[];
	x: string[];
	/** Pinyin parts without spaces, joined by FIELD_SEPARATOR, and whether each position starts a syllable. */
	pinyin: string[];
	starts: Uint8Array[];
	initials: string[];
	weight: Float64Array;
	kindIndex: Uint8Array;
	bigrams: Map<string, number[]>;
	unigrams: Map<string, number[]>;
	/** First 2 and 3 letters at each syllable start of the pinyin → records (a pinyin query starts at a syllable). */
	pinyinHeads: Map<string, number[]>;
	/** Every 2 and 3 adjacent initials → records. */
	initialPairs: Map<string, number[]>;
}

function addPosting(map: Map<string, number[]>, key: string, doc: number): void {
	const list = map.get(key);
	if (!list) map.set(key, [doc]);
	else if (list[list.length - 1] !== doc) list.push(doc);
}

function prepare(docs: readonly SearchDoc[]): Prepared {
	const n = docs.length;
	const title: string[] = new Array<string>(n);
	const x: string[] = new Array<string>(n);
	const pinyin: string[] = new Array<string>(n);
	const starts: Uint8Array[] = new Array<Uint8Array>(n);
	const initials: string[] = new Array<string>(n);
	const weight = new Float64Array(n);
	const kindIndex = new Uint8Array(n);
	const bigrams = new Map<string, number[]>();
	const unigrams = new Map<string, number[]>();
	const pinyinHeads = new Map<string, number[]>();
	const initialPairs = new Map<string, number[]>();
	for (let d = 0; d < n; d++) {
		const doc = docs[d] as SearchDoc;
		title[d] = normalise(doc.t);
		const text = doc.x;
		x[d] = text;
		initials[d] = doc.i;
		weight[d] = doc.w > 0 ? doc.w : 1;
		kindIndex[d] = Math.max(0, SEARCH_KINDS.indexOf(doc.k));
		// Syllables "she hui bao" → "shehuibao" with a start mark at s, h, b.
		let joined = '';
		const marks: number[] = [];
		let atStart = true;
		for (let i = 0; i < doc.p.length; i++) {
			const ch = doc.p.charAt(i);
			if (ch === ' ') {
				atStart = true;
				continue;
			}
			if (ch === FIELD_SEPARATOR) atStart = true;
			else if (atStart) {
				marks.push(joined.length);
				atStart = false;
			}
			joined += ch;
		}
		pinyin[d] = joined;
		const mark = new Uint8Array(joined.length + 1);
		for (const m of marks) {
			mark[m] = 1;
			for (let len = KEY_MIN; len <= KEY_MAX; len++) {
				const head = joined.slice(m, m + len);
				if (head.length === len && !head.includes(FIELD_SEPARATOR)) addPosting(pinyinHeads, head, d);
			}
		}
		starts[d] = mark;
		for (let i = 0; i + 1 < doc.i.length; i++) {
			for (let len = KEY_MIN; len <= KEY_MAX; len++) {
				const pair = doc.i.slice(i, i + len);
				if (pair.length === len && !pair.includes(FIELD_SEPARATOR)) addPosting(initialPairs, pair, d);
			}
		}
		for (let i = 0; i < text.length; i++) {
			const a = text.charAt(i);
			if (a === FIELD_SEPARATOR) continue;
			addPosting(unigrams, a, d);
			const b = text.charAt(i + 1);
			if (b && b !== FIELD_SEPARATOR) addPosting(bigrams, a + b, d);
		}
	}
	return { n, docs, title, x, pinyin, starts, initials, weight, kindIndex, bigrams, unigrams, pinyinHeads, initialPairs };
}

/** Records whose x contains `text`, found through its rarest bigram. */
function exactCandidates(p: Prepared, text: string): number[] {
	if (text.length === 1) return ALL_DIGITS.test(text) ? [] : (p.unigrams.get(text) ?? []);
	let best: number[] | undefined;
	for (let i = 0; i + 1 < text.length; i++) {
		const list = p.bigrams.get(text.slice(i, i + 2));
		if (!list) return [];
		if (!best || list.length < best.length) best = list;
	}
	if (!best) return [];
	if (text.length === 2 && !ALL_DIGITS.test(text)) return best;
	const out: number[] = [];
	for (const d of best) if (holds(p.x[d] as string, text)) out.push(d);
	return out;
}

const ALL_DIGITS = /^[0-9]+$/;

function isDigitCode(code: number): boolean {
	return code >= 48 && code <= 57;
}

/**
 * Whether `hay` holds `needle`; a number must stand on its own (12333 is not in 0358123334, and
 * 119 is not in a 文号 like 2019119号).
 */
export function holds(hay: string, needle: string): boolean {
	if (!ALL_DIGITS.test(needle)) return hay.includes(needle);
	for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
		if (!isDigitCode(hay.charCodeAt(i - 1)) && !isDigitCode(hay.charCodeAt(i + needle.length))) return true;
	}
	return false;
}

/** Index of `needle` in `hay` with at most one substituted character, or -1. */
function indexWithOneTypo(hay: string, needle: string, from = 0): number {
	const n = needle.length;
	for (let i = from; i + n <= hay.length; i++) {
		let misses = 0;
		for (let j = 0; j < n && misses <= 1; j++) if (hay.charCodeAt(i + j) !== needle.charCodeAt(j)) misses++;
		if (misses <= 1) return i;
	}
	return -1;
}

/**
 * Where `needle` occurs in the joined pinyin starting at a syllable (with one substituted letter when
 * `typo`), not crossing into another part; -1 if nowhere.
 */
function pinyinAligned(hay: string, marks: Uint8Array, needle: string, typo: boolean): number {
	const n = needle.length;
	for (let i = typo ? 0 : hay.indexOf(needle); i >= 0 && i + n <= hay.length; i = typo ? i + 1 : hay.indexOf(needle, i + 1)) {
		if (marks[i] !== 1) continue;
		if (typo) {
			let misses = 0;
			for (let j = 0; j < n && misses <= 1; j++) if (hay.charCodeAt(i + j) !== needle.charCodeAt(j)) misses++;
			if (misses > 1) continue;
		}
		if (hay.indexOf(FIELD_SEPARATOR, i) >= i + n || hay.indexOf(FIELD_SEPARATOR, i) < 0) return i;
	}
	return -1;
}

/** The FIELD_SEPARATOR-delimited part of `s` around position `i`. */
function partAt(s: string, i: number): string {
	const start = s.lastIndexOf(FIELD_SEPARATOR, i) + 1;
	const end = s.indexOf(FIELD_SEPARATOR, i);
	return s.slice(start, end < 0 ? s.length : end);
}

interface Scratch {
	acc: Float64Array;
	matchedTerms: Uint8Array;
	titleTerms: Uint8Array;
	exact: Uint8Array;
	touched: number[];
	termBest: Float64Array;
	termTitle: Uint8Array;
	termExact: Uint8Array;
	termTouched: number[];
}

function scratchFor(n: number): Scratch {
	return {
		acc: new Float64Array(n),
		matchedTerms: new Uint8Array(n),
		titleTerms: new Uint8Array(n),
		exact: new Uint8Array(n),
		touched: [],
		termBest: new Float64Array(n),
		termTitle: new Uint8Array(n),
		termExact: new Uint8Array(n),
		termTouched: []
	};
}

function titleScore(wordLength: number, titleLength: number, exactScore: number, containsScore: number, equal: boolean): number {
	if (equal) return exactScore;
	return containsScore + (TITLE_COVER * wordLength) / Math.max(wordLength, titleLength);
}

class Run {
	constructor(
		readonly p: Prepared,
		readonly s: Scratch
	) {}

	/** Records a score for the current term, keeping the best alternative per record. */
	note(d: number, score: number, inTitle: boolean, exact: boolean): void {
		if (!(score > 0)) return;
		const s = this.s;
		if (s.termBest[d] === 0) s.termTouched.push(d);
		if (score > (s.termBest[d] as number)) s.termBest[d] = score;
		if (inTitle) s.termTitle[d] = 1;
		if (exact) s.termExact[d] = 1;
	}

	matchText(alt: Alt): number {
		const p = this.p;
		const list = exactCandidates(p, alt.text);
		for (const d of list) {
			const t = p.title[d] as string;
			if (holds(t, alt.text)) {
				const equal = t === alt.text;
				this.note(d, alt.weight * titleScore(alt.text.length, t.length, TITLE_EXACT, TITLE_CONTAINS, equal), true, equal);
			} else this.note(d, alt.weight * BODY_CONTAINS, false, false);
		}
		return list.length;
	}

	/** Full pinyin from a syllable start, else initials; candidates come from the two-letter maps. */
	matchPinyin(word: string): number {
		const p = this.p;
		if (word.length < INITIALS_MIN) return 0;
		const key = word.slice(0, Math.min(KEY_MAX, word.length));
		const viaPinyin = new Set<number>();
		for (const d of p.pinyinHeads.get(key) ?? []) {
			const hay = p.pinyin[d] as string;
			const i = pinyinAligned(hay, p.starts[d] as Uint8Array, word, false);
			if (i < 0) continue;
			const part = partAt(hay, i);
			const equal = part === word;
			this.note(d, titleScore(word.length, part.length, PINYIN_EXACT, PINYIN_CONTAINS, equal), true, equal);
			viaPinyin.add(d);
		}
		let hits = viaPinyin.size;
		for (const d of p.initialPairs.get(key) ?? []) {
			if (viaPinyin.has(d)) continue;
			const ini = p.initials[d] as string;
			const j = ini.indexOf(word);
			if (j < 0 || ini.slice(j, j + word.length).includes(FIELD_SEPARATOR)) continue;
			const part = partAt(ini, j);
			const equal = part === word;
			this.note(d, titleScore(word.length, part.length, INITIALS_EXACT, INITIALS_CONTAINS, equal), true, equal);
			hits++;
		}
		return hits;
	}

	/** One wrong letter anywhere (so no two-letter key to start from): a scan, run only when nothing matched exactly. */
	matchPinyinTypo(word: string): number {
		const p = this.p;
		let hits = 0;
		for (let d = 0; d < p.n; d++) {
			const hay = p.pinyin[d] as string;
			if (hay.length < word.length) continue;
			const i = pinyinAligned(hay, p.starts[d] as Uint8Array, word, true);
			if (i < 0) continue;
			const part = partAt(hay, i);
			this.note(d, TYPO_FACTOR * titleScore(word.length, part.length, PINYIN_EXACT, PINYIN_CONTAINS, false), true, false);
			hits++;
		}
		return hits;
	}

	/** One wrong character (via the intact bigrams, or both ends for 3 characters), else a share of bigrams. */
	matchLoose(word: string): number {
		const p = this.p;
		const counts = new Map<number, number>();
		const seen = new Set<string>();
		let total = 0;
		for (let i = 0; i + 1 < word.length; i++) {
			const bg = word.slice(i, i + 2);
			if (seen.has(bg)) continue;
			seen.add(bg);
			total++;
			for (const d of p.bigrams.get(bg) ?? []) counts.set(d, (counts.get(d) ?? 0) + 1);
		}
		if (word.length === HAN_TYPO_MIN) {
			// 身分证: a wrong middle character kills both bigrams; the two end characters still find 身份证.
			const first = p.unigrams.get(word.charAt(0)) ?? [];
			const last = word.charAt(word.length - 1);
			for (const d of first) if (!counts.has(d) && (p.x[d] as string).includes(last)) counts.set(d, 0);
		}
		let hits = 0;
		for (const [d, found] of counts) {
			const t = p.title[d] as string;
			if (word.length >= HAN_TYPO_MIN && indexWithOneTypo(t, word) >= 0) {
				this.note(d, TYPO_FACTOR * titleScore(word.length, t.length, TITLE_EXACT, TITLE_CONTAINS, false), true, false);
				hits++;
			} else if (word.length >= HAN_TYPO_MIN && indexWithOneTypo(p.x[d] as string, word) >= 0) {
				this.note(d, TYPO_FACTOR * BODY_CONTAINS, false, false);
				hits++;
			} else if (total > 0 && found / total >= PARTIAL_MIN_SHARE) {
				this.note(d, (PARTIAL * found) / total, false, false);
				hits++;
			}
		}
		return hits;
	}

	/** Adds the current term's scores into the totals; returns whether the term matched anything. */
	closeTerm(): boolean {
		const s = this.s;
		const any = s.termTouched.length > 0;
		for (const d of s.termTouched) {
			if (s.acc[d] === 0 && s.matchedTerms[d] === 0) s.touched.push(d);
			s.acc[d] = (s.acc[d] as number) + (s.termBest[d] as number);
			s.matchedTerms[d] = (s.matchedTerms[d] as number) + 1;
			if (s.termTitle[d]) s.titleTerms[d] = (s.titleTerms[d] as number) + 1;
			if (s.termExact[d]) s.exact[d] = 1;
			s.termBest[d] = 0;
			s.termTitle[d] = 0;
			s.termExact[d] = 0;
		}
		s.termTouched.length = 0;
		return any;
	}

	term(term: Term): boolean {
		let hits = 0;
		for (const alt of term.alts) hits += this.matchText(alt);
		const letters = /[a-z]/.test(term.source);
		if (term.latin && letters) {
			hits += this.matchPinyin(term.source);
			if (hits === 0 && term.source.length >= PINYIN_TYPO_MIN) hits += this.matchPinyinTypo(term.source);
		} else if (!term.latin && term.free && hits === 0 && term.source.length >= 2) {
			hits += this.matchLoose(term.source);
		}
		return this.closeTerm();
	}

	/** Clears the scratch arrays; also after an exception, so one bad query cannot poison the next. */
	reset(): void {
		const s = this.s;
		for (const d of s.termTouched) {
			s.termBest[d] = 0;
			s.termTitle[d] = 0;
			s.termExact[d] = 0;
		}
		s.termTouched.length = 0;
		for (const d of s.touched) {
			s.acc[d] = 0;
			s.matchedTerms[d] = 0;
			s.titleTerms[d] = 0;
			s.exact[d] = 0;
		}
		s.touched.length = 0;
	}
}

interface Ranked {
	d: number;
	score: number;
}

function before(p: Prepared, a: Ranked, b: Ranked): boolean {
	if (a.score !== b.score) return a.score > b.score;
	const ka = p.kindIndex[a.d] as number;
	const kb = p.kindIndex[b.d] as number;
	if (ka !== kb) return ka < kb;
	const ia = (p.docs[a.d] as SearchDoc).id;
	const ib = (p.docs[b.d] as SearchDoc).id;
	if (typeof ia === 'number' && typeof ib === 'number') return ia < ib;
	return String(ia) < String(ib);
}

/** Keeps the best `limit` entries in order without sorting every touched record. */
function insertTop(p: Prepared, top: Ranked[], item: Ranked, limit: number): void {
	if (top.length === limit && !before(p, item, top[top.length - 1] as Ranked)) return;
	let lo = 0;
	let hi = top.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (before(p, top[mid] as Ranked, item)) lo = mid + 1;
		else hi = mid;
	}
	top.splice(lo, 0, item);
	if (top.length > limit) top.pop();
}

function matchedWords(p: Prepared, d: number, q: ParsedQuery): string[] {
	const t = p.title[d] as string;
	const x = p.x[d] as string;
	const words = new Set<string>();
	for (const term of q.terms) {
		for (const alt of term.alts) if (holds(t, alt.text) || holds(x, alt.text)) words.add(alt.text);
		if (term.latin && /[a-z]/.test(term.source) && !x.includes(term.source)) words.add(term.source);
	}
	return Array.from(words).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

export function createSearcher(docs: readonly SearchDoc[], synonyms?: readonly SynonymGroup[]): Searcher {
	const p = prepare(docs);
	const lex: Lexicon = createLexicon(synonyms);
	const run = new Run(p, scratchFor(p.n));
	const s = run.s;

	function rank(q: ParsedQuery, kindList: readonly SearchKind[] | undefined, limit: number): Hit[] {
		let effective = 0;
		for (const term of q.terms) if (run.term(term)) effective++;
		const kinds = kindList ? new Set<SearchKind>(kindList) : null;
		const single = q.terms.length === 1;
		const top: Ranked[] = [];
		for (const d of s.touched) {
			const doc = p.docs[d] as SearchDoc;
			if (kinds && !kinds.has(doc.k)) continue;
			const matched = s.matchedTerms[d] as number;
			const inTitle = s.titleTerms[d] as number;
			const exact = (single && s.exact[d] === 1) || (!single && p.title[d] === q.joined);
			const tier = exact ? TIER_EXACT : inTitle >= effective ? TIER_ALL_IN_TITLE : matched >= effective ? TIER_ALL : 0;
			const boost = q.wantsHotline && doc.k === 'hotline' ? HOTLINE_BOOST : 1;
			const score = tier * TIER_GAP + (s.acc[d] as number) * (p.weight[d] as number) * boost;
			insertTop(p, top, { d, score }, limit);
		}
		return top.map(({ d, score }) => {
			const doc = p.docs[d] as SearchDoc;
			return { kind: doc.k, id: doc.id, title: doc.t, score: Math.round(score * 100) / 100, matched: matchedWords(p, d, q) };
		});
	}

	return {
		size: p.n,
		search(query: string, options: SearchOptions = {}): Hit[] {
			const asked = options.limit ?? DEFAULT_LIMIT;
			const limit = Number.isNaN(asked) ? DEFAULT_LIMIT : Math.max(0, Math.floor(Math.min(asked, p.n)));
			if (typeof query !== 'string' || limit === 0) return [];
			const q = parseQuery(query, lex);
			if (q.terms.length === 0) return [];
			try {
				return rank(q, options.kinds, limit);
			} finally {
				run.reset();
			}
		}
	};
}
