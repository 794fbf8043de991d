/**
 * The `search` bundle section (static/data/search.<hash>.json), validated at build time.
 * The client imports only the types (./types.ts), never zod.
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
		w: z.number().positive()
	})
	.strict();

export const SearchData = z.object({ docs: z.array(SearchDocSchema) }).strict();
export type SearchData = z.infer<typeof SearchData>;
