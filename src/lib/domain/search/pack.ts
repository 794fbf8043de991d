/**
 * The search section ships docs as tuples, not objects: one array per record, fields in PACKED_FIELDS
 * order. Shorter than repeating the keys, and the bundle's generic id sorting leaves tuple lists alone
 * (a hotline "120" and service 120 would otherwise collide as duplicate ids).
 */
import type { AgeRange, SearchDoc, SearchId, SearchKind } from './types';

export const PACKED_FIELDS = ['k', 'id', 't', 'x', 'p', 'i', 'w', 's'] as const;
export type PackedDoc = [k: SearchKind, id: SearchId, t: string, x: string, p: string, i: string, w: number, s: string];

export interface PackedSearchData {
	docs: PackedDoc[];
	/** Age ranges of benefits and life events (see AgeRange); absent in bundles built before they existed. */
	ages?: AgeRange[];
}

export function packDocs(docs: readonly SearchDoc[]): PackedDoc[] {
	return docs.map((d) => [d.k, d.id, d.t, d.x, d.p, d.i, d.w, d.s]);
}

export function unpackDocs(packed: readonly PackedDoc[]): SearchDoc[] {
	return packed.map(([k, id, t, x, p, i, w, s]) => ({ k, id, t, x, p, i, w, s: s ?? '' }));
}
