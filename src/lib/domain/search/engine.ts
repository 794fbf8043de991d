/**
 * The client search: pure, no library, Chrome 86-safe. Docs come precomputed from the build
 * (scripts/lib/search-index.ts); `createSearcher` builds its maps once (Han bigrams and single characters
 * of the text, life-situation words → the records their life events list; the 2–3-letter keys of pinyin
 * syllable starts and of initials on the first query in letters, or on `preparePinyin`), and each query
 * touches only the records those maps point to. Only a typo fallback scans every record's pinyin.
 *
 * The query is first understood (query.ts): synonyms, life-situation words, intent words (能领什么, 去哪办),
 * who it is about (孩子, 老人), a typed age. Every weight of the ranking is in ranking.ts.
 */
import { normalise } from './normalise';
import { altsOf, createLexicon, parseQuery, type Alt, type Lexicon, type ParsedQuery, type Term } from './query';
import { HOMOPHONES } from './synonyms';
import {
	AGE_MATCH,
	BODY_CONTAINS,
	HOTLINE_BOOST,
	INITIALS_CONTAINS,
	INITIALS_EXACT,
	MONEY_BOOST,
	MONEY_TITLE_WORDS,
	OFFICE_BOOST,
	PARTIAL,
	PARTIAL_MIN_SHARE,
	PINYIN_CONTAINS,
	PINYIN_EXACT,
	PROOF_BOOST,
	SERVICE_ANSWER_BOOST,
	SITUATION,
	SITUATION_EXTRA,
	EVENT_WORD,
	TIER_ALL,
	TIER_ALL_IN_TITLE,
	TIER_EXACT,
	TIER_GAP,
	TITLE_CONTAINS,
	TITLE_COVER,
	TITLE_EXACT,
	TYPO_FACTOR
} from './ranking';
import type { SynonymGroup } from './synonyms';
import type { PackedSearchData } from './pack';
import { unpackDocs } from './pack';
import {
	FIELD_SEPARATOR,
	SEARCH_KINDS,
	type AgeRange,
	type Hit,
	type SearchDoc,
	type SearchKind,
	type SearchOptions
} from './types';

export const DEFAULT_LIMIT = 20;

/** Pinyin typo tolerance starts at this many letters (shorter words have too many neighbours). */
const PINYIN_TYPO_MIN = 5;
/** CJK typo tolerance starts at this many characters. */
const HAN_TYPO_MIN = 3;
/** Initials shorter than this are too ambiguous (every title has an s). */
const INITIALS_MIN = 2;
/** Lengths of the letter keys of the pinyin and initials maps: 2 finds short queries, 3 keeps lists short ("hu" is everywhere). */
const KEY_MIN = 2;
const KEY_MAX = 3;
/** The title word that makes a record an answer to 开证明. */
const PROOF_WORD = '证明';

export interface Searcher {
	search(query: string, options?: SearchOptions): Hit[];
	/** Builds the pinyin and initials maps now (the first query in letters would otherwise build them). */
	preparePinyin(): void;
	readonly size: number;
}

export interface SearcherOptions {
	/** Default: the app's table (synonyms.ts). */
	synonyms?: readonly SynonymGroup[];
	/** Age ranges of benefits and life events (the search section's `ages`). */
	ages?: readonly AgeRange[];
}

interface Prepared {
	n: number;
	docs: readonly SearchDoc[];
	/** Normalised title. */
	title: string[];
	x: string[];
	weight: Float64Array;
	kindIndex: Uint8Array;
	/** Adjacent character pair (pairKey) → records; character code → records. Number keys, not strings: building these is most of a searcher's start-up. */
	bigrams: Map<number, number[]>;
	unigrams: Map<number, number[]>;
	/** Life-situation word → records listed by an event that uses it. */
	situations: Map<string, number[]>;
	/** Event id → the records it lists. */
	listedBy: Map<string, number[]>;
	/** Records whose title is about money (补贴, 待遇 …) or a certificate (证明): intent boosts. */
	money: Uint8Array;
	proof: Uint8Array;
	/** The letter maps, built by the first query with letters in it (pinyinMaps). */
	letters: PinyinMaps | null;
}

/**
 * What only a query typed in letters (pinyin, initials) needs. Most queries are Han, so these are built on first
 * use, not with the searcher: on a slow phone that keeps them off the path to a search page's first result.
 */
interface PinyinMaps {
	/** Pinyin parts without spaces, joined by FIELD_SEPARATOR, and whether each position starts a syllable. */
	pinyin: string[];
	starts: Uint8Array[];
	initials: string[];
	/** First 2 and 3 letters at each syllable start of the pinyin → records (a pinyin query starts at a syllable). */
	pinyinHeads: Map<string, number[]>;
	/** Every 2 and 3 adjacent initials → records. */
	initialPairs: Map<string, number[]>;
}

const SPACE_CODE = 32;
const SEPARATOR_CODE = FIELD_SEPARATOR.charCodeAt(0);

/** UTF-16 code units are below this, so a pair of them is one exact number. */
const PAIR_BASE = 0x10000;

/** The characters at i and i + 1 as one number. */
function pairKey(text: string, i: number): number {
	return text.charCodeAt(i) * PAIR_BASE + text.charCodeAt(i + 1);
}

function addPosting<K>(map: Map<K, number[]>, key: K, doc: number): void {
	const list = map.get(key);
	if (!list) map.set(key, [doc]);
	else if (list[list.length - 1] !== doc) list.push(doc);
}

function prepare(docs: readonly SearchDoc[]): Prepared {
	const n = docs.length;
	const title: string[] = new Array<string>(n);
	const x: string[] = new Array<string>(n);
	const weight = new Float64Array(n);
	const kindIndex = new Uint8Array(n);
	const bigrams = new Map<number, number[]>();
	const unigrams = new Map<number, number[]>();
	const situations = new Map<string, number[]>();
	const money = new Uint8Array(n);
	const proof = new Uint8Array(n);
	for (let d = 0; d < n; d++) {
		const doc = docs[d] as SearchDoc;
		title[d] = normalise(doc.t);
		const t = title[d] as string;
		money[d] = doc.k === 'benefit' || MONEY_TITLE_WORDS.some((w) => t.includes(w)) ? 1 : 0;
		proof[d] = t.includes(PROOF_WORD) ? 1 : 0;
		const text = doc.x;
		x[d] = text;
		weight[d] = doc.w > 0 ? doc.w : 1;
		kindIndex[d] = Math.max(0, SEARCH_KINDS.indexOf(doc.k));
		for (let i = 0; i < text.length; i++) {
			const a = text.charCodeAt(i);
			if (a === SEPARATOR_CODE) continue;
			addPosting(unigrams, a, d);
			if (i + 1 < text.length && text.charCodeAt(i + 1) !== SEPARATOR_CODE) addPosting(bigrams, pairKey(text, i), d);
		}
	}
	// Situation words: an event's words are its x fields; every record that names the event matches them.
	const eventWords = new Map<string, string[]>();
	const listedBy = new Map<string, number[]>();
	for (let d = 0; d < n; d++)
		if (docs[d]?.k === 'event') eventWords.set(String(docs[d]?.id), (x[d] as string).split(FIELD_SEPARATOR));
	for (let d = 0; d < n; d++) {
		const listed = (docs[d] as SearchDoc).s;
		if (!listed) continue;
		for (const e of listed.split(FIELD_SEPARATOR)) {
			for (const w of eventWords.get(e) ?? []) addPosting(situations, w, d);
			if (docs[d]?.k !== 'event') addPosting(listedBy, e, d);
		}
	}
	return {
		n,
		docs,
		title,
		x,
		weight,
		kindIndex,
		bigrams,
		unigrams,
		situations,
		listedBy,
		money,
		proof,
		letters: null
	};
}

/** The letter maps of `p`, built on first use and kept. */
function pinyinMaps(p: Prepared): PinyinMaps {
	if (p.letters) return p.letters;
	const { n, docs } = p;
	const pinyin: string[] = new Array<string>(n);
	const starts: Uint8Array[] = new Array<Uint8Array>(n);
	const initials: string[] = new Array<string>(n);
	const pinyinHeads = new Map<string, number[]>();
	const initialPairs = new Map<string, number[]>();
	for (let d = 0; d < n; d++) {
		const doc = docs[d] as SearchDoc;
		initials[d] = doc.i;
		// Syllables "she hui bao" → "shehuibao" with a start mark at s, h, b. Codes, not characters: building
		// the joined string one character at a time was most of this function's cost.
		const joined = doc.p.split(' ').join('');
		const marks: number[] = [];
		let atStart = true;
		let at = 0;
		for (let i = 0; i < doc.p.length; i++) {
			const code = doc.p.charCodeAt(i);
			if (code === SPACE_CODE) {
				atStart = true;
				continue;
			}
			if (code === SEPARATOR_CODE) atStart = true;
			else if (atStart) {
				marks.push(at);
				atStart = false;
			}
			at++;
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
	}
	p.letters = { pinyin, starts, initials, pinyinHeads, initialPairs };
	return p.letters;
}

/** Records whose x contains `text`, found through its rarest bigram. */
function exactCandidates(p: Prepared, text: string): number[] {
	if (text.length === 1) return ALL_DIGITS.test(text) ? [] : (p.unigrams.get(text.charCodeAt(0)) ?? []);
	let best: number[] | undefined;
	for (let i = 0; i + 1 < text.length; i++) {
		const list = p.bigrams.get(pairKey(text, i));
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
	for (
		let i = typo ? 0 : hay.indexOf(needle);
		i >= 0 && i + n <= hay.length;
		i = typo ? i + 1 : hay.indexOf(needle, i + 1)
	) {
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
	/** The term matched the record by more than a weak alternative (see Alt.weak). */
	termStrong: Uint8Array;
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
		termStrong: new Uint8Array(n),
		termTouched: []
	};
}

function titleScore(
	wordLength: number,
	titleLength: number,
	exactScore: number,
	containsScore: number,
	equal: boolean
): number {
	if (equal) return exactScore;
	return containsScore + (TITLE_COVER * wordLength) / Math.max(wordLength, titleLength);
}

class Run {
	constructor(
		readonly p: Prepared,
		readonly s: Scratch
	) {}

	/**
	 * Records a score for the current term, keeping the best alternative per record. A weak match (Alt.weak)
	 * adds its score but does not make the record count as matching the term for the tiers.
	 */
	note(d: number, score: number, inTitle: boolean, exact: boolean, strong = true): void {
		if (!(score > 0)) return;
		const s = this.s;
		if (s.termBest[d] === 0) s.termTouched.push(d);
		if (score > (s.termBest[d] as number)) s.termBest[d] = score;
		if (!strong) return;
		s.termStrong[d] = 1;
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
				this.note(
					d,
					alt.weight * titleScore(alt.text.length, t.length, TITLE_EXACT, TITLE_CONTAINS, equal),
					true,
					equal,
					!alt.weak
				);
			} else this.note(d, alt.weight * BODY_CONTAINS, false, false, !alt.weak);
		}
		return list.length;
	}

	/** Full pinyin from a syllable start, else initials; candidates come from the two-letter maps. */
	matchPinyin(word: string): number {
		if (word.length < INITIALS_MIN) return 0;
		const p = pinyinMaps(this.p);
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
		const p = pinyinMaps(this.p);
		let hits = 0;
		for (let d = 0; d < this.p.n; d++) {
			const hay = p.pinyin[d] as string;
			if (hay.length < word.length) continue;
			const i = pinyinAligned(hay, p.starts[d] as Uint8Array, word, true);
			if (i < 0) continue;
			const part = partAt(hay, i);
			this.note(
				d,
				TYPO_FACTOR * titleScore(word.length, part.length, PINYIN_EXACT, PINYIN_CONTAINS, false),
				true,
				false
			);
			hits++;
		}
		return hits;
	}

	/** One wrong character (via the intact bigrams, or both ends for 3 characters), else a share of bigrams. */
	matchLoose(word: string): number {
		const p = this.p;
		const counts = new Map<number, number>();
		const seen = new Set<number>();
		let total = 0;
		for (let i = 0; i + 1 < word.length; i++) {
			const bg = pairKey(word, i);
			if (seen.has(bg)) continue;
			seen.add(bg);
			total++;
			for (const d of p.bigrams.get(bg) ?? []) counts.set(d, (counts.get(d) ?? 0) + 1);
		}
		if (word.length === HAN_TYPO_MIN) {
			// 身分证: a wrong middle character kills both bigrams; the two end characters still find 身份证.
			const first = p.unigrams.get(word.charCodeAt(0)) ?? [];
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

	/**
	 * Adds the current term's scores into the totals; returns whether the term matched anything. A term that
	 * does not `count` (a role word) adds its score but is not one a record must match to reach a tier.
	 */
	closeTerm(count: boolean): boolean {
		const s = this.s;
		const any = s.termTouched.length > 0;
		for (const d of s.termTouched) {
			if (s.acc[d] === 0 && s.matchedTerms[d] === 0) s.touched.push(d);
			s.acc[d] = (s.acc[d] as number) + (s.termBest[d] as number);
			if (count && s.termStrong[d]) s.matchedTerms[d] = (s.matchedTerms[d] as number) + 1;
			if (count && s.termTitle[d]) s.titleTerms[d] = (s.titleTerms[d] as number) + 1;
			s.termStrong[d] = 0;
			if (s.termExact[d]) s.exact[d] = 1;
			s.termBest[d] = 0;
			s.termTitle[d] = 0;
			s.termExact[d] = 0;
		}
		s.termTouched.length = 0;
		return any;
	}

	/**
	 * Records listed by the life events that use this situation word, on top of any text match (a listed
	 * record that also names the word itself is the more specific answer); for the event itself the word is
	 * one of its names, so it counts as a title match.
	 */
	matchSituation(word: string): number {
		const s = this.s;
		const list = this.p.situations.get(word) ?? [];
		for (const d of list) {
			if (this.p.docs[d]?.k === 'event') this.note(d, EVENT_WORD, true, false);
			else {
				const had = s.termBest[d] as number;
				if (had === 0) s.termTouched.push(d);
				s.termStrong[d] = 1;
				s.termBest[d] = had + (had > 0 ? SITUATION_EXTRA : SITUATION);
			}
		}
		return list.length;
	}

	/** A typed age: records whose age range holds it, and what the life events for that age list. */
	age(age: number, ranges: readonly { d: number; min: number; max: number }[]): boolean {
		for (const r of ranges) {
			if (age < r.min || age > r.max) continue;
			const doc = this.p.docs[r.d] as SearchDoc;
			if (doc.k === 'event') {
				this.note(r.d, EVENT_WORD, true, false);
				for (const d of this.p.listedBy.get(String(doc.id)) ?? []) this.note(d, SITUATION, false, false);
			} else this.note(r.d, AGE_MATCH, false, false);
		}
		return this.closeTerm(true);
	}

	term(term: Term): boolean {
		let hits = 0;
		for (const alt of term.alts) hits += this.matchText(alt);
		if (term.situation) hits += this.matchSituation(term.source);
		const letters = /[a-z]/.test(term.source);
		if (term.latin && letters) {
			hits += this.matchPinyin(term.source);
			if (hits === 0 && term.source.length >= PINYIN_TYPO_MIN) hits += this.matchPinyinTypo(term.source);
		} else if (!term.latin && term.free && hits === 0 && term.source.length >= 2) {
			hits += this.matchLoose(term.source);
		}
		return this.closeTerm(!term.optional);
	}

	/** Clears the scratch arrays; also after an exception, so one bad query cannot poison the next. */
	reset(): void {
		const s = this.s;
		for (const d of s.termTouched) {
			s.termBest[d] = 0;
			s.termTitle[d] = 0;
			s.termExact[d] = 0;
			s.termStrong[d] = 0;
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

/** Homophone alternatives of each character (HOMOPHONES), built once. */
const SOUND_ALIKE = new Map<string, string[]>();
for (const group of HOMOPHONES)
	for (const ch of group) SOUND_ALIKE.set(ch, [...(SOUND_ALIKE.get(ch) ?? []), ...group.filter((c) => c !== ch)]);

/** Shortest piece of an unknown run that is looked up in the index on its own. */
const PIECE_MIN = 2;

/**
 * Free Han words the index does not hold as typed, made searchable: first a sound-alike character swapped
 * (医报 → 医保, 公基金 → 公积金), else the run cut into the longest pieces the index holds (开旅馆办证 →
 * 旅馆, 办证). Otherwise the term is left for the typo and partial matching of Run.matchLoose.
 */
function refineTerms(p: Prepared, lex: Lexicon, terms: readonly Term[]): Term[] {
	const out: Term[] = [];
	const known = (w: string) => lex.expansions.has(w) || exactCandidates(p, w).length > 0;
	for (const term of terms) {
		if (term.latin || !term.free || term.source.length < PIECE_MIN || exactCandidates(p, term.source).length > 0) {
			out.push(term);
			continue;
		}
		const variant = soundAlike(term.source, known);
		if (variant) {
			out.push({
				...term,
				alts: altsOf(variant, lex, TYPO_FACTOR),
				free: false,
				situation: lex.situations.has(variant)
			});
			continue;
		}
		const pieces = term.source.length > PIECE_MIN ? piecesOf(p, term.source) : [];
		if (pieces.length === 0) out.push(term);
		else
			for (const w of pieces)
				out.push({ source: w, alts: altsOf(w, lex), latin: false, free: false, optional: term.optional });
	}
	return out;
}

function soundAlike(word: string, known: (w: string) => boolean): string | null {
	for (let i = 0; i < word.length; i++) {
		for (const alt of SOUND_ALIKE.get(word.charAt(i)) ?? []) {
			const v = word.slice(0, i) + alt + word.slice(i + 1);
			if (known(v)) return v;
		}
	}
	return null;
}

/** Greedy longest pieces (≥ PIECE_MIN characters) of `run` that occur in some record. */
function piecesOf(p: Prepared, run: string): string[] {
	const out: string[] = [];
	let i = 0;
	while (i + PIECE_MIN <= run.length) {
		let found = 0;
		for (let len = run.length - i; len >= PIECE_MIN; len--) {
			if (exactCandidates(p, run.slice(i, i + len)).length > 0) {
				found = len;
				break;
			}
		}
		if (found) {
			out.push(run.slice(i, i + found));
			i += found;
		} else i++;
	}
	return out;
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

export function createSearcher(docs: readonly SearchDoc[], options: SearcherOptions = {}): Searcher {
	const p = prepare(docs);
	const situationWords = new Set<string>();
	for (const list of p.situations.keys()) situationWords.add(list);
	const lex: Lexicon = createLexicon(options.synonyms, situationWords);
	const run = new Run(p, scratchFor(p.n));
	const s = run.s;
	const index = new Map<string, number>();
	for (let d = 0; d < p.n; d++) index.set(`${(docs[d] as SearchDoc).k}:${(docs[d] as SearchDoc).id}`, d);
	const ageRanges: { d: number; min: number; max: number }[] = [];
	for (const [k, id, min, max] of options.ages ?? []) {
		const d = index.get(`${k}:${id}`);
		if (d !== undefined) ageRanges.push({ d, min, max });
	}

	function boostOf(q: ParsedQuery, d: number, doc: SearchDoc): number {
		let boost = q.wantsHotline && doc.k === 'hotline' ? HOTLINE_BOOST : 1;
		if (q.office && doc.k === 'department') boost *= OFFICE_BOOST;
		for (const intent of q.intents) {
			if (intent === 'money' && p.money[d] === 1) boost *= MONEY_BOOST;
			else if (intent === 'proof' && p.proof[d] === 1) boost *= PROOF_BOOST;
			else if ((intent === 'how' || intent === 'where') && (doc.k === 'service' || doc.k === 'benefit'))
				boost *= SERVICE_ANSWER_BOOST;
		}
		return boost;
	}

	function rank(parsed: ParsedQuery, kindList: readonly SearchKind[] | undefined, limit: number): Hit[] {
		const terms = refineTerms(p, lex, parsed.terms);
		const q: ParsedQuery =
			terms === parsed.terms ? parsed : { ...parsed, terms, joined: terms.map((t) => t.source).join('') };
		let effective = 0;
		for (const term of q.terms) if (run.term(term) && !term.optional) effective++;
		// "sbk buling": the letters run together match nothing, so each word is searched on its own.
		if (effective === 0 && q.split && q.split.length > 1) {
			for (const term of q.split) if (run.term(term)) effective++;
		}
		if (q.age !== undefined && run.age(q.age, ageRanges)) effective++;
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
			const score = tier * TIER_GAP + (s.acc[d] as number) * (p.weight[d] as number) * boostOf(q, d, doc);
			insertTop(p, top, { d, score }, limit);
		}
		return top.map(({ d, score }) => {
			const doc = p.docs[d] as SearchDoc;
			return {
				kind: doc.k,
				id: doc.id,
				title: doc.t,
				score: Math.round(score * 100) / 100,
				matched: matchedWords(p, d, q)
			};
		});
	}

	return {
		size: p.n,
		preparePinyin() {
			pinyinMaps(p);
		},
		search(query: string, options: SearchOptions = {}): Hit[] {
			const asked = options.limit ?? DEFAULT_LIMIT;
			const limit = Number.isNaN(asked) ? DEFAULT_LIMIT : Math.max(0, Math.floor(Math.min(asked, p.n)));
			if (typeof query !== 'string' || limit === 0) return [];
			const q = parseQuery(query, lex);
			if (q.terms.length === 0 && q.age === undefined) return [];
			try {
				return rank(q, options.kinds, limit);
			} finally {
				run.reset();
			}
		}
	};
}

/** The searcher for a bundle's `search` section (docs and age ranges), as the app, the CLI and the bench load it. */
export function createSectionSearcher(
	section: PackedSearchData | undefined,
	synonyms?: readonly SynonymGroup[]
): Searcher {
	return createSearcher(unpackDocs(section?.docs ?? []), { synonyms, ages: section?.ages });
}
