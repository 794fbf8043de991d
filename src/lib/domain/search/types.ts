/**
 * Shapes shared by the build-time index (scripts/lib/search-index.ts) and the client searcher (engine.ts).
 * Field names are one letter because the docs ship in the data bundle, once per record.
 */

export const SEARCH_KINDS = ['service', 'hotline', 'benefit', 'department', 'document', 'event'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Service ids are their catalogue numbers (编号); every other kind has a slug or a number string. */
export type SearchId = number | string;

export interface SearchDoc {
	k: SearchKind;
	id: SearchId;
	/** Display title, as the record prints it. */
	t: string;
	/**
	 * Normalised search text: the normalised title first, then the other fields (theme, department,
	 * provider, purpose …), each normalised, joined with FIELD_SEPARATOR so that no bigram spans two fields.
	 */
	x: string;
	/** Toneless pinyin of the title, syllables separated by spaces; aliases follow after FIELD_SEPARATOR. */
	p: string;
	/** First letters of the same syllables (社会保障卡 → shbzk), parts separated by FIELD_SEPARATOR. */
	i: string;
	/** Ranking weight, 1 for an ordinary record (ranking.ts). */
	w: number;
	/**
	 * Ids of the life events (kind `event`) that list this record, FIELD_SEPARATOR-joined; empty for most
	 * records. The event's words (its `x`: 「失业」, 「没钱」 …) then match this record as situation words.
	 */
	s: string;
}

/** A typed age inside [min, max] (岁, inclusive) brings in this record: from benefits' age conditions and life events' ages. */
export type AgeRange = [kind: SearchKind, id: SearchId, min: number, max: number];

/** Between fields of `x` and between the parts of `p` and `i`; normalise() never outputs it. */
export const FIELD_SEPARATOR = '|';

export interface Hit {
	kind: SearchKind;
	id: SearchId;
	title: string;
	score: number;
	/** The words (normalised, as found in the record) that made it match, longest first: for highlighting. */
	matched: string[];
}

export interface SearchOptions {
	/** Maximum number of hits (default DEFAULT_LIMIT in engine.ts). */
	limit?: number;
	/** Only these kinds. */
	kinds?: readonly SearchKind[];
}
