/**
 * The `search` bundle section (static/data/search.<hash>.json), validated at build time.
 * The client imports only the types (./types.ts, ./pack.ts), never zod.
 */
import { z } from 'zod';
import { SEARCH_KINDS } from './types';

export const SearchDocSchema = z
	.object({
		k: z.enum(SEARCH_KINDS),
		id: z.union([z.number().int().positive(), z.string().min(1)]),
		t: z.string().min(1),
		x: z.string().min(1),
		p: z.string(),
		i: z.string(),
		w: z.number().positive(),
		s: z.string()
	})
	.strict();

/** Same fields as SearchDocSchema, in PACKED_FIELDS order. */
export const PackedDocSchema = z.tuple([
	z.enum(SEARCH_KINDS),
	z.union([z.number().int().positive(), z.string().min(1)]),
	z.string().min(1),
	z.string().min(1),
	z.string(),
	z.string(),
	z.number().positive(),
	z.string()
]);

export const AgeRangeSchema = z.tuple([
	z.enum(SEARCH_KINDS),
	z.union([z.number().int().positive(), z.string().min(1)]),
	z.number().int().min(0),
	z.number().int().min(0)
]);

export const SearchData = z
	.object({ docs: z.array(PackedDocSchema), ages: z.array(AgeRangeSchema).optional() })
	.strict();
export type SearchData = z.infer<typeof SearchData>;
