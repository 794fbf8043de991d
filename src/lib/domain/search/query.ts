/**
 * Turning what a citizen types ("社保卡丢了怎么办") into search terms, each with the alternatives the
 * records may use for it (社保卡 → 社会保障卡; 丢了 → 挂失, 补办, 补领 …).
 */
import { normalise, splitRuns } from './normalise';
import { SYNONYM_WEIGHT } from './ranking';
import {
	INTENT_WORDS,
	ONE_CHAR_WORDS,
	ROLE_WORDS,
	STOP_ALONE,
	STOP_PARTICLES,
	STOP_PHRASES,
	SYNONYMS,
	type Intent,
	type SynonymGroup
} from './synonyms';

export { SYNONYM_WEIGHT };
export type { Intent };
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
	/** Found through a part of the word only (孩子出生 → 儿童): scores, but is not enough to match the term. */
	weak?: boolean;
}

export interface Term {
	/** The normalised word as typed. */
	source: string;
	alts: Alt[];
	/** ASCII letters and/or digits (pinyin, initials, numbers); otherwise Han. */
	latin: boolean;
	/** Not in the vocabulary: may be misspelt or be several words run together, so partial matches count. */
	free: boolean;
	/** A life-situation word (「失业」): records listed by the life events that use it match it too. */
	situation?: boolean;
	/** Who the question is about (孩子, 老人): adds to the score, but a record need not match it (ROLE_WORDS). */
	optional?: boolean;
}

export interface ParsedQuery {
	terms: Term[];
	/** The terms as typed, run together: compared with whole titles. */
	joined: string;
	/** The query is, or holds, a phone number. */
	phoneLike: boolean;
	/** Hotlines should come first: a phone number, or 电话 / 热线 in the query. */
	wantsHotline: boolean;
	/** What the question asks (能领什么 → money, 去哪办 → where …): shapes the ranking, never matched as text. */
	intents: Intent[];
	/** The query names an office (人社局, 残联): its department page is the answer it most likely wants. */
	office?: boolean;
	/** An age typed in the query (「我70岁了」, 「七十岁」), in 岁. */
	age?: number;
	/**
	 * Letter words typed apart ("sbk buling"): searched one by one when the words run together (`terms`
	 * holds them joined, as pinyin typed with spaces) match nothing.
	 */
	split?: Term[];
}

export interface Lexicon {
	expansions: Map<string, Alt[]>;
	stopPhrases: Set<string>;
	particles: Set<string>;
	alone: Set<string>;
	intents: Map<string, Intent>;
	situations: Set<string>;
	roles: Set<string>;
	/** Words that name an office (SynonymGroup.office). */
	offices: Set<string>;
	/** Longest vocabulary word, bounds the forward maximum match. */
	maxLength: number;
}

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

/**
 * Builds the lookup tables once; `createSearcher` does this at start-up, never per query. `situationWords`
 * are the life events' words (from the index): each is read as one word, matched as typed.
 */
export function createLexicon(
	groups: readonly SynonymGroup[] = SYNONYMS,
	situationWords: Iterable<string> = []
): Lexicon {
	const expansions = new Map<string, Alt[]>();
	const offices = new Set<string>();
	for (const group of groups) {
		const say = group.say.map(normalise).filter(Boolean);
		const find = group.find.map(normalise).filter(Boolean);
		if (group.office) for (const w of say) offices.add(w);
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
	const intents = new Map<string, Intent>();
	for (const [intent, words] of Object.entries(INTENT_WORDS) as [Intent, readonly string[]][])
		for (const w of words) intents.set(normalise(w), intent);
	const situations = new Set<string>();
	const fresh: string[] = [];
	for (const w of situationWords) {
		const n = normalise(w);
		if (!n) continue;
		situations.add(n);
		if (!expansions.has(n)) fresh.push(n);
	}
	// A situation word made of known words (孩子出生 = 孩子 + 出生) also finds what its parts find, a step weaker,
	// so reading it as one word loses none of what the parts would have found.
	for (const n of fresh) {
		const alts: Alt[] = [{ text: n, weight: 1 }];
		for (const part of knownParts(n, expansions)) {
			for (const a of expansions.get(part) ?? [])
				if (!alts.some((x) => x.text === a.text))
					alts.push({ text: a.text, weight: a.weight * SYNONYM_WEIGHT, weak: true });
		}
		expansions.set(n, alts);
	}
	let maxLength = 1;
	for (const k of expansions.keys()) maxLength = Math.max(maxLength, k.length);
	for (const k of stopPhrases) maxLength = Math.max(maxLength, k.length);
	for (const k of intents.keys()) maxLength = Math.max(maxLength, k.length);
	const roles = new Set(ROLE_WORDS.map(normalise));
	for (const r of roles) if (!expansions.has(r)) expansions.set(r, [{ text: r, weight: 1 }]);
	return {
		expansions,
		stopPhrases,
		particles: new Set(STOP_PARTICLES),
		alone: new Set(STOP_ALONE),
		intents,
		situations,
		roles,
		offices,
		maxLength
	};
}

/** Known words inside `word`, longest first from the left (forward maximum match); unknown characters skipped. */
function knownParts(word: string, expansions: Map<string, Alt[]>): string[] {
	const out: string[] = [];
	let i = 0;
	while (i < word.length) {
		let found = 0;
		for (let len = word.length - i; len >= 2; len--) {
			const piece = word.slice(i, i + len);
			if (piece !== word && expansions.has(piece)) {
				found = len;
				out.push(piece);
				break;
			}
		}
		i += found || 1;
	}
	return out;
}

function stripParticles(word: string, lex: Lexicon): string {
	let start = 0;
	let end = word.length;
	while (start < end && lex.particles.has(word.charAt(start))) start++;
	while (end > start && lex.particles.has(word.charAt(end - 1))) end--;
	return word.slice(start, end);
}

/**
 * Forward maximum matching over the vocabulary (synonym and situation words, intent words, stop phrases).
 * Known words become terms with their expansions, intent words are noted, stop phrases vanish, and what
 * lies between becomes one free term.
 */
function segmentHan(run: string, lex: Lexicon, out: Term[], intents: Set<Intent>): void {
	let unknown = '';
	const flush = () => {
		const word = stripParticles(unknown, lex);
		unknown = '';
		if (!word || (word.length === 1 && lex.alone.has(word))) return;
		const one = word.length === 1 ? ONE_CHAR_WORDS[word] : undefined;
		if (one)
			out.push({
				source: word,
				alts: one.map((text) => ({ text, weight: SYNONYM_WEIGHT })),
				latin: false,
				free: false
			});
		else out.push({ source: word, alts: [{ text: word, weight: 1 }], latin: false, free: true });
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
			const intent = lex.intents.get(piece);
			if (intent) {
				flush();
				intents.add(intent);
				matched = len;
				break;
			}
			const alts = lex.expansions.get(piece);
			if (alts) {
				flush();
				const term: Term = { source: piece, alts: alts.map((a) => ({ ...a })), latin: false, free: false };
				if (lex.situations.has(piece)) term.situation = true;
				out.push(term);
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

/** 「70岁」, 「70多岁」, 「65周岁」 in digits. */
const AGE_DIGITS = /([0-9]{1,3})多?(?:周岁|岁)/;
/** 「七十岁」, 「八十多岁」, 「六十五岁」 in Chinese numerals. */
const AGE_HAN = /([一二三四五六七八九十两]{1,4})多?(?:周岁|岁)/;
const HAN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** Oldest age read as an age (「300岁」 is not one). */
const MAX_AGE = 120;

/** 七十 → 70, 六十五 → 65, 十二 → 12, 九 → 9; NaN for anything else. */
export function hanNumber(text: string): number {
	const ten = text.indexOf('十');
	if (ten < 0) return text.length === 1 ? (HAN_DIGIT[text] ?? NaN) : NaN;
	const tens = ten === 0 ? 1 : text.length > 0 && ten === 1 ? (HAN_DIGIT[text.charAt(0)] ?? NaN) : NaN;
	const rest = text.slice(ten + 1);
	const ones = rest === '' ? 0 : rest.length === 1 ? (HAN_DIGIT[rest] ?? NaN) : NaN;
	return tens * 10 + ones;
}

/** The age in a query and the query without it. */
function takeAge(text: string): { age?: number; rest: string } {
	const d = AGE_DIGITS.exec(text);
	const h = d ? null : AGE_HAN.exec(text);
	const m = d ?? h;
	if (!m) return { rest: text };
	const n = d ? Number(m[1]) : hanNumber(m[1] as string);
	const rest = text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length);
	return Number.isInteger(n) && n >= 0 && n <= MAX_AGE ? { age: n, rest } : { rest };
}

/** The alternatives of a known word (its synonyms), or the word alone. */
export function altsOf(word: string, lex: Lexicon, weight = 1): Alt[] {
	const alts = lex.expansions.get(word);
	return alts ? alts.map((a) => ({ text: a.text, weight: a.weight * weight })) : [{ text: word, weight }];
}

function latinTerm(text: string, lex: Lexicon): Term {
	const alts = lex.expansions.get(text);
	return { source: text, alts: alts ? alts.map((a) => ({ ...a })) : [{ text, weight: 1 }], latin: true, free: !alts };
}

function unique(terms: Term[]): Term[] {
	const seen = new Set<string>();
	return terms.filter((t) => (seen.has(t.source) ? false : (seen.add(t.source), true))).slice(0, MAX_TERMS);
}

export function parseQuery(text: string, lex: Lexicon): ParsedQuery {
	const cut = text.length > MAX_QUERY_CHARS ? text.slice(0, MAX_QUERY_CHARS) : text;
	const { age, rest } = takeAge(cut);
	const runs = splitRuns(rest);
	let terms: Term[] = [];
	const intents = new Set<Intent>();
	const hasHan = runs.some((r) => r.kind === 'han');
	// "she bao ka" is one word typed with spaces; join letter runs when the query has no Han at all.
	const letterRuns = runs.filter((r) => r.kind === 'latin' && LETTERS.test(r.text));
	const joinLetters = !hasHan && letterRuns.length > 1;
	if (joinLetters) {
		const word = letterRuns.map((r) => r.text).join('');
		terms.push({ source: word, alts: [{ text: word, weight: 1 }], latin: true, free: true });
	}
	for (const run of runs) {
		if (run.kind === 'han') segmentHan(run.text, lex, terms, intents);
		else if (!(joinLetters && LETTERS.test(run.text))) terms.push(latinTerm(run.text, lex));
	}
	// A lone character left between known words (领 of 怎么领) would match every title holding it: dropped,
	// unless it is all the query has.
	const longer = terms.filter((t) => t.latin || t.source.length > 1 || !t.free);
	if (longer.length > 0 || intents.size > 0 || age !== undefined) terms = longer;
	// A question that is all intent (「能领什么」, 「开证明」): search what the intent is about.
	if (terms.length === 0 && age === undefined) {
		for (const intent of Array.from(intents).sort()) {
			const w = INTENT_FALLBACK[intent];
			if (!w) continue;
			const alts = lex.expansions.get(w);
			terms.push({
				source: w,
				alts: alts ? alts.map((a) => ({ ...a })) : [{ text: w, weight: 1 }],
				latin: false,
				free: false
			});
		}
	}
	if (terms.some((t) => !lex.roles.has(t.source)) || age !== undefined)
		for (const t of terms) if (lex.roles.has(t.source)) t.optional = true;
	const out = unique(terms);
	const joined = out.map((t) => t.source).join('');
	const phoneLike = out.some((t) => DIGITS.test(t.source) && t.source.length >= PHONE_MIN_DIGITS);
	const wantsHotline = phoneLike || intents.has('phone');
	const parsed: ParsedQuery = { terms: out, joined, phoneLike, wantsHotline, intents: Array.from(intents).sort() };
	if (age !== undefined) parsed.age = age;
	if (out.some((t) => lex.offices.has(t.source))) parsed.office = true;
	if (joinLetters) parsed.split = unique(letterRuns.map((r) => latinTerm(r.text, lex)));
	return parsed;
}

/** What an intent alone is about, searched as text when the query holds nothing else. */
const INTENT_FALLBACK: Partial<Record<Intent, string>> = { money: '补贴', proof: '证明', phone: '热线' };
