/**
 * Every weight of the search ranking, in one place. Two kinds of weight live here:
 *
 * - Record weights, applied at BUILD time (scripts/lib/search-index.ts writes them into each doc's `w`):
 *   what kind of record it is, what type of service, whether a line is an emergency one.
 * - Match scores, applied at QUERY time (engine.ts): how a word matched (title or body, typed or via a
 *   synonym, pinyin, initials, typo), the tiers, and the boosts that the query's intent gives (a question
 *   about money lifts benefits; a typed age lifts benefits and life events for that age).
 *
 * Final score of a record = tier × TIER_GAP + (sum over the query's terms of the best match score) × w × boost.
 * Tiers, strongest first: the whole title equals the query › every term is in the title › every term is
 * somewhere in the record › some terms match. Inside a tier: title above body, typed words above synonyms,
 * a word that covers more of the title above one that covers less, then the record's weight.
 *
 * To change the ranking, change a number here and run `npx vitest run src/lib/domain/search` (the query set
 * and the evaluation set with its hit@3 floor) and `npm run bench` (hit@1, hit@3, MRR beside Fuse.js and
 * MiniSearch). Pure constants: imported by the client engine and by the build, never by anything else.
 */
import type { ServiceType } from '../schema';
import type { SearchKind } from './types';

// ── Record weights (build time) ──────────────────────────────────────────────────────────────────────

/**
 * Benefits and procedures answer a citizen's question; announcements and policy lists less so; departments
 * and internal documents are where one looks last. A life event is a guide page, below the records it lists
 * when one of them matches as well. Only a tie-break inside a ranking tier.
 */
export const KIND_WEIGHT: Record<SearchKind, number> = {
	benefit: 1.15,
	service: 1,
	hotline: 1.05,
	department: 0.7,
	document: 0.8,
	event: 1
};

export const SERVICE_TYPE_WEIGHT: Partial<Record<ServiceType, number>> = {
	办事指南类: 1.1,
	通知公告类: 0.85,
	政策文件类: 0.9
};

/** Emergency lines come before the many specialised ones. */
export const EMERGENCY_LINE_WEIGHT = 1.1;
/** The general 12345 line first of all when a question only asks which number to call. */
export const GENERAL_LINE_WEIGHT = 1.15;
/** Documents not meant for the public (任免, internal work plans). */
export const INTERNAL_DOCUMENT_WEIGHT = 0.5;

// ── Match scores of one word in one record (query time) ─────────────────────────────────────────────

export const TITLE_EXACT = 100;
export const TITLE_CONTAINS = 40;
/** Added in proportion to how much of the title the word covers (护照 in a 4-character title beats a 20-character one). */
export const TITLE_COVER = 20;
export const BODY_CONTAINS = 12;
export const PINYIN_EXACT = 90;
export const PINYIN_CONTAINS = 35;
export const INITIALS_EXACT = 80;
export const INITIALS_CONTAINS = 28;
/** A match with one wrong letter or character is worth this share of an exact one. */
export const TYPO_FACTOR = 0.6;
/** A run of unknown words that shares some bigrams with a record: this much per share of bigrams found. */
export const PARTIAL = 10;
/** Share of an unknown run's bigrams a record must hold to count as a partial match. */
export const PARTIAL_MIN_SHARE = 0.3;
/** Weight of a word reached through the synonym table, against 1 for the word as typed. */
export const SYNONYM_WEIGHT = 0.85;
/**
 * A life-situation word (「失业」, 「没钱」) found in a record's situation field, i.e. the record is listed by a
 * life event that uses the word: between a body match and a title match, so 失业登记 (title) stays above
 * 职业介绍 (listed by the event), and both above a record that merely mentions the word in passing.
 */
export const SITUATION = 30;
/** Added to a text match of the same word when the record is also listed by the word's life event. */
export const SITUATION_EXTRA = 30;
/** A situation word in the life event that names it: one of the event's names, so a title match. */
export const EVENT_WORD = 60;
/**
 * A typed age (「我70岁」) inside a benefit's own age range: above SITUATION, which is what the records of the
 * life event for that age get (a rule that names the age is the more specific answer).
 */
export const AGE_MATCH = 40;

// ── Tiers (query time) ───────────────────────────────────────────────────────────────────────────────

/** Tiers dominate every score inside them. */
export const TIER_GAP = 1000;
export const TIER_EXACT = 3;
export const TIER_ALL_IN_TITLE = 2;
export const TIER_ALL = 1;

/** Whether a hit matched every word of the query (any tier above "some terms match"). */
export function matchesAllWords(score: number): boolean {
	return score >= TIER_ALL * TIER_GAP;
}

// ── Boosts from what the query asks (query time) ─────────────────────────────────────────────────────

/** Hotlines when the query is a number or asks for a phone. */
export const HOTLINE_BOOST = 1.6;
/**
 * Departments when the query names an office (人社局, 残联): the office's page lists its services, lines and
 * documents, and without the lift its weight (0.7) puts it below every service that merely names the office.
 */
export const OFFICE_BOOST = 1.6;
/** Benefits, and services about money (补贴, 待遇, 救助 …), when the query asks 能领什么 / 多少钱 / 补贴. */
export const MONEY_BOOST = 1.5;
/** Records whose title says 证明 when the query asks for a certificate (开证明). */
export const PROOF_BOOST = 1.5;
/** Services and benefits when the query asks 怎么办 / 去哪办: they say how and where; documents and departments less so. */
export const SERVICE_ANSWER_BOOST = 1.15;
/** Title words that make a service an answer to a question about money. */
export const MONEY_TITLE_WORDS: readonly string[] = ['补贴', '补助', '待遇', '救助', '津贴', '补助金', '奖补', '保险'];
