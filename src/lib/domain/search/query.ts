/**
 * Turning what a citizen types ("社保卡丢了怎么办") into search terms, each with the alternatives the
 * records may use for it (社保卡 → 社会保障卡; 丢了 → 挂失, 补办, 补领 …).
 */
import { normalise, splitRuns } from './normalise';
import { STOP_ALONE, STOP_PARTICLES, STOP_PHRASES, SYNONYMS, type SynonymGroup } from './synonyms';

/** Weight of a word reached through the synonym table, against 1 for the word as typed. */
export const SYNONYM_WEIGHT = 0.85;
/** Longer input is cut: nobody types more, and it bounds the work of a pasted page of text. */
export const MAX_QUERY_CHARS = 100;
/** At most this many terms are searched; the rest of a rambling question adds noise, not recall. */
export const MAX_TERMS = 8;
/** A digit run this long is a phone number, or a part of one. */
export const PHONE_MIN_DIGITS = 3;

export interface Alt {
	/** Normalised word to look for. */
	text: string;
	weight: number;
}

export interface Term {
	/** The normalised word as typed. */
	source: string;
	alts: Alt[];
	/** ASCII letters and/or digits (pinyin, initials, numbers); otherwise Han. */
	latin: boolean;
	/** Not in the vocabulary: may be misspelt or be several words run together, so partial matches count. */
	free: boolean;
}

export interface ParsedQuery {
	terms: Term[];
	/** The terms as typed, run together: compared with whole titles. */
	joined: string;
	/** The query is, or holds, a phone number. */
	phoneLike: boolean;
	/** Hotlines should come first: a phone number, or 电话 / 热线 in the query. */
	wantsHotline: boolean;
}

export interface Lexicon {
	expansions: Map<string, Alt[]>;
	stopPhrases: Set<string>;
	particles: Set<string>;
	alone: Set<string>;
	/** Longest vocabulary word, bounds the forward maximum match. */
	maxLength: number;
}

const HOTLINE_WORDS = ['电话', '热线', '号码'];

function addAlt(map: Map<string, Alt[]>, key: string, text: string, weight: number): void {
	let alts = map.get(key);
	if (!alts) {
		alts = [{ text: key, weight: 1 }];
		map.set(key, alts);
	}
	const found = alts.find((a) => a.text === text);
	if (found) found.weight = Math.max(found.weight, weight);
	else alts.push({ text, weight });
}

/** Builds the lookup tables once; `createSearcher` does this at start-up, never per query. */
export function createLexicon(groups: readonly SynonymGroup[] = SYNONYMS): Lexicon {
	const expansions = new Map<string, Alt[]>();
	for (const group of groups) {
		const say = group.say.map(normalise).filter(Boolean);
		const find = group.find.map(normalise).filter(Boolean);
		for (const s of say) for (const f of find) addAlt(expansions, s, f, SYNONYM_WEIGHT);
		if (group.same) {
			// Equal names: the printed name finds what the spoken one finds, at full weight between printed forms.
			for (const f of find) {
				for (const g of find) addAlt(expansions, f, g, 1);
				for (const s of say) addAlt(expansions, f, s, SYNONYM_WEIGHT);
			}
		}
	}
	// Stable order: typed word first, then by weight, then longer (more specific) words.
	for (const alts of expansions.values()) {
		const [first, ...rest] = alts;
		rest.sort((a, b) => b.weight - a.weight || b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
		if (first) alts.splice(0, alts.length, first, ...rest);
	}
	const stopPhrases = new Set(STOP_PHRASES.map(normalise));
	let maxLength = 1;
	for (const k of expansions.keys()) maxLength = Math.max(maxLength, k.length);
	for (const k of stopPhrases) maxLength = Math.max(maxLength, k.length);
	return { expansions, stopPhrases, particles: new Set(STOP_PARTICLES), alone: new Set(STOP_ALONE), maxLength };
}

function stripParticles(word: string, lex: Lexicon): string {
	let start = 0;
	let end = word.length;
	while (start < end && lex.particles.has(word.charAt(start))) start++;
	while (end > start && lex.particles.has(word.charAt(end - 1))) end--;
	return word.slice(start, end);
}

/**
 * Forward maximum matching over the vocabulary (synonym words and stop phrases). Known words become
 * terms with their expansions, stop phrases vanish, and what lies between becomes one free term.
 */
function segmentHan(run: string, lex: Lexicon, out: Term[]): void {
	let unknown = '';
	const flush = () => {
		const word = stripParticles(unknown, lex);
		unknown = '';
		if (!word || (word.length === 1 && lex.alone.has(word))) return;
		out.push({ source: word, alts: [{ text: word, weight: 1 }], latin: false, free: true });
	};
	let i = 0;
	while (i < run.length) {
		let matched = 0;
		for (let len = Math.min(lex.maxLength, run.length - i); len >= 1; len--) {
			const piece = run.slice(i, i + len);
			if (lex.stopPhrases.has(piece)) {
				flush();
				matched = len;
				break;
			}
			const alts = lex.expansions.get(piece);
			if (alts) {
				flush();
				out.push({ source: piece, alts: alts.map((a) => ({ ...a })), latin: false, free: false });
				matched = len;
				break;
			}
		}
		if (matched) i += matched;
		else {
			unknown += run.charAt(i);
			i++;
		}
	}
	flush();
}

const DIGITS = /^[0-9]+$/;
const LETTERS = /^[a-z]+$/;

export function parseQuery(text: string, lex: Lexicon): ParsedQuery {
	const runs = splitRuns(text.length > MAX_QUERY_CHARS ? text.slice(0, MAX_QUERY_CHARS) : text);
	const terms: Term[] = [];
	const hasHan = runs.some((r) => r.kind === 'han');
	// "she bao ka" is one word typed with spaces; join letter runs when the query has no Han at all.
	const letterRuns = runs.filter((r) => r.kind === 'latin' && LETTERS.test(r.text));
	const joinLetters = !hasHan && letterRuns.length > 1;
	if (joinLetters) {
		const word = letterRuns.map((r) => r.text).join('');
		terms.push({ source: word, alts: [{ text: word, weight: 1 }], latin: true, free: true });
	}
	for (const run of runs) {
		if (run.kind === 'han') segmentHan(run.text, lex, terms);
		else if (!(joinLetters && LETTERS.test(run.text))) {
			const alts = lex.expansions.get(run.text);
			terms.push({
				source: run.text,
				alts: alts ? alts.map((a) => ({ ...a })) : [{ text: run.text, weight: 1 }],
				latin: true,
				free: !alts
			});
		}
	}
	const seen = new Set<string>();
	const unique = terms.filter((t) => (seen.has(t.source) ? false : (seen.add(t.source), true))).slice(0, MAX_TERMS);
	const joined = unique.map((t) => t.source).join('');
	const phoneLike = unique.some((t) => DIGITS.test(t.source) && t.source.length >= PHONE_MIN_DIGITS);
	const all = normalise(text.length > MAX_QUERY_CHARS ? text.slice(0, MAX_QUERY_CHARS) : text);
	const wantsHotline = phoneLike || HOTLINE_WORDS.some((w) => all.includes(w));
	return { terms: unique, joined, phoneLike, wantsHotline };
}
