/**
 * The search page's fast path (issue 14): on a cold visit the search index is fetched on its own, preloaded by
 * the prerendered HTML in parallel with the app's start, so that results show before Dexie and the rest of
 * the data bundle arrive. The Repository still downloads, verifies and stores the whole bundle afterwards.
 */
import type { BundleManifest } from '$lib/domain/schema';
import type { PackedSearchData } from '$lib/domain/search/pack';

/** Where the index lives and its SRI hash, as the prerendered page preloads it. */
export interface SearchIndexFile {
	href: string;
	integrity: string;
}

/** The one search file of an unsplit bundle; a split bundle (regions) has no single index to preload. */
export function searchIndexFile(manifest: BundleManifest, base: string): SearchIndexFile | null {
	const files = manifest.files.filter((f) => f.name === 'search' || f.name.startsWith('search-'));
	const [only] = files;
	return files.length === 1 && only?.name === 'search' ? { href: `${base}/${only.path}`, integrity: only.sri } : null;
}

/** The preloaded index, or null when it cannot be had (offline, blocked, corrupt): callers fall back to the Repository. */
export async function fetchSearchIndex(file: SearchIndexFile): Promise<PackedSearchData | null> {
	try {
		// Same URL, mode and integrity as the <link rel="preload">, so the browser reuses that response.
		const res = await fetch(file.href, { integrity: file.integrity, credentials: 'same-origin' });
		if (!res.ok) return null;
		const body = (await res.json()) as { docs?: unknown; ages?: unknown };
		// The whole section (docs and the age ranges of benefits and life events), as the dataset holds it.
		return Array.isArray(body.docs) ? (body as PackedSearchData) : null;
	} catch {
		return null;
	}
}
