/**
 * Items a person keeps (我的收藏) or has opened (最近看过): services, benefits and hotlines, named by a key
 * `${kind}-${id}` that is also what a shared list carries in its URL (/saved?ids=service-35,hotline-12333).
 * Only keys are stored; names, providers and numbers come from the current bundle when a list is shown,
 * so a saved list never shows stale facts. Pure: no Dexie, no DOM.
 */
import type { Dataset } from './dataset';
import type { Benefit } from './schema';

export const ITEM_KINDS = ['service', 'benefit', 'hotline'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface ItemRef {
	kind: ItemKind;
	id: string;
	key: string;
}

/**
 * A shared link carries at most this many items: about 2.6 KB of ids, within what WeChat and the server's
 * request-line buffer take. A longer list is shared in part and the page says how many were left out.
 */
export const MAX_SHARED_ITEMS = 200;

const ID_PATTERN: Record<ItemKind, RegExp> = {
	service: /^[1-9]\d{0,4}$/,
	benefit: /^[a-z0-9][a-z0-9-]{0,79}$/,
	hotline: /^[a-z0-9][a-z0-9-]{0,39}$/
};

export function itemKey(kind: ItemKind, id: string | number): string {
	return `${kind}-${id}`;
}

/**
 * A stored 收藏 / 最近看过 row as the device returned it: a well-formed key whose kind matches, and a finite
 * time. Rows written by an older or damaged version fail this and are skipped rather than breaking the list.
 */
export function isStoredItem(row: unknown, timeField: 'savedAt' | 'viewedAt'): boolean {
	if (!row || typeof row !== 'object') return false;
	const r = row as Record<string, unknown>;
	if (typeof r.key !== 'string' || !Number.isFinite(r[timeField])) return false;
	const ref = parseKey(r.key);
	return ref !== null && ref.kind === r.kind;
}

/** `service-35` → {kind, id}; null for anything malformed (hand-edited or truncated links). */
export function parseKey(key: string): ItemRef | null {
	const dash = key.indexOf('-');
	if (dash <= 0) return null;
	const kind = key.slice(0, dash) as ItemKind;
	const id = key.slice(dash + 1);
	if (!ITEM_KINDS.includes(kind) || !ID_PATTERN[kind].test(id)) return null;
	return { kind, id, key: itemKey(kind, id) };
}

/** The `ids` query parameter of a shared list: comma-separated keys, malformed and repeated ones dropped. */
export function parseIdsParam(param: string | null | undefined): ItemRef[] {
	if (!param) return [];
	const seen = new Set<string>();
	const out: ItemRef[] = [];
	for (const part of param.split(',')) {
		const ref = parseKey(part.trim().toLowerCase());
		if (!ref || seen.has(ref.key)) continue;
		seen.add(ref.key);
		out.push(ref);
		if (out.length === MAX_SHARED_ITEMS) break;
	}
	return out;
}

/** The `ids` parameter for a list, and how many items did not fit (newest are kept: the list is newest first). */
export function shareIds(keys: readonly string[]): { param: string; shared: number; left: number } {
	const kept = keys.slice(0, MAX_SHARED_ITEMS);
	return { param: kept.join(','), shared: kept.length, left: keys.length - kept.length };
}

/** What a list shows for one item. */
export interface ItemSummary extends ItemRef {
	title: string;
	/** Second line: provider, amount or what the line is for. */
	detail: string;
	/** Path inside the site (without base). */
	href: string;
	phone?: { number: string; areaCode?: string; label: string };
}

/** Looks items up in the bundle; items the bundle no longer has are returned in `missing`. */
export function resolveItems(ds: Dataset, refs: readonly ItemRef[]): { items: ItemSummary[]; missing: ItemRef[] } {
	const benefits = new Map(ds.benefits.map((b) => [b.id, b]));
	const items: ItemSummary[] = [];
	const missing: ItemRef[] = [];
	for (const ref of refs) {
		const item = resolveOne(ds, benefits, ref);
		if (item) items.push(item);
		else missing.push(ref);
	}
	return { items, missing };
}

function resolveOne(ds: Dataset, benefits: Map<string, Benefit>, ref: ItemRef): ItemSummary | null {
	if (ref.kind === 'service') {
		const s = ds.services.get(Number(ref.id));
		return s ? { ...ref, title: s.name, detail: s.providerRaw, href: `/service/${s.id}` } : null;
	}
	if (ref.kind === 'benefit') {
		const b = benefits.get(ref.id);
		return b ? { ...ref, title: b.shortTitle, detail: b.apply.office, href: `/benefit/${b.id}` } : null;
	}
	const h = ds.hotlines.get(ref.id);
	return h
		? {
				...ref,
				title: h.name,
				detail: h.purpose,
				href: `/hotlines#h-${h.id}`,
				phone: { number: h.number, areaCode: h.areaCode, label: h.name }
			}
		: null;
}
