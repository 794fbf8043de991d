/**
 * The schemas every other schema builds on: which source a fact comes from, and ids. Kept apart from
 * ./schema.ts so that ./eligibility/schema.ts can import them without an import cycle.
 */
import { z } from 'zod';
import { CITY_GAZETTES } from './city';

/** The gazette texts in data/sources/, named by their 3-digit prefix (the city config lists them). */
export const GazetteFile = z.enum(CITY_GAZETTES);
export type GazetteFile = z.infer<typeof GazetteFile>;
/**
 * Excerpts of national documents in data/sources/national/ (the emergency numbers and 12345, which no gazette
 * prints as such): `n01` is emergency-numbers.txt. They are cited exactly like the gazettes.
 */
export const NationalFile = z.enum(['n01']);
export type NationalFile = z.infer<typeof NationalFile>;
export const SourceFile = z.enum([...GazetteFile.options, ...NationalFile.options]);
export type SourceFile = z.infer<typeof SourceFile>;

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');

/** Where a fact comes from, so the app can cite it: file, line (1-based), 文号 and date. */
export const SourceRef = z.object({
	file: SourceFile,
	line: z.number().int().positive(),
	/** Last line of a multi-line passage, when the fact spans lines. */
	lineEnd: z.number().int().positive().optional(),
	/** 文号 of the document the fact is from, e.g. 吕政办发〔2019〕29号. */
	docNo: z.string().min(1).optional(),
	/** Date the document was issued (YYYY-MM-DD). */
	date: isoDate,
	/** Verbatim quote for curated facts; checked against the source at build time. */
	quote: z.string().min(1).optional()
});
export type SourceRef = z.infer<typeof SourceRef>;

/** ASCII, URL-safe, stable ids. */
export const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be a lowercase ASCII slug');
