/**
 * Page data for universal loads, from the same Dataset everywhere:
 * - at prerender time (SSR), from the built bundle on disk;
 * - on the first page load in the browser, from the snapshot the prerendered HTML carries, so hydration
 *   never waits for the data bundle (which downloads in the background, off the critical path);
 * - on later navigations, from the Repository (memory → IndexedDB → network), so a page never visited
 *   before still renders offline;
 * - while the data is not in memory yet, also from the snapshot in that page's own prerendered HTML (kept for
 *   the visit once seen; page-html.ts), whichever comes first: a stalled data download must not hold up a page
 *   the site already rendered (issue 17, item 6).
 */
import type { Dataset } from '$lib/domain/dataset';
import { registerLazyPart } from './lazy-parts';
import { SNAPSHOT_ID, readSnapshotElement } from './snapshot-id';

// The layout imports the id from here, which keeps this module in the chunk every page loads with the layout.
export { SNAPSHOT_ID };

let snapshot: { path: string; data: unknown } | null | undefined;

function takeSnapshot(path: string): unknown {
	if (snapshot === undefined) {
		// Unreadable or missing: the page loads its data like any later navigation.
		snapshot = readSnapshotElement(document.getElementById(SNAPSHOT_ID)) ?? null;
	}
	if (snapshot && snapshot.path === path) {
		const { data } = snapshot;
		snapshot = null;
		return data;
	}
	return undefined;
}

/** One import site for the browser data module: each site costs start-up bytes (its preload list). */
const browserModule = () => import('./browser');

export async function getDataset(): Promise<Dataset> {
	if (import.meta.env.SSR) {
		const { diskDataset } = await import('$lib/server/disk');
		return diskDataset();
	}
	return (await browserModule()).browserRepository().get();
}

/**
 * Runs `build` on the dataset, or returns the prerendered snapshot of exactly this page on first load; on later
 * navigations without the data in memory, see page-html.ts.
 */
export async function pageData<T>(url: URL, build: (ds: Dataset) => T | Promise<T>): Promise<T> {
	if (!import.meta.env.SSR) {
		const snap = takeSnapshot(url.pathname);
		if (snap !== undefined) return snap as T;
		return (await browserModule()).browserPageData(url, build);
	}
	return build(await getDataset());
}

/**
 * Like pageData, but a later navigation gets `fallback` instead of waiting for the dataset: for data only
 * the first, prerendered load needs (the search page's preload of its index).
 */
export async function prerenderedData<T>(url: URL, build: (ds: Dataset) => T, fallback: T): Promise<T> {
	if (!import.meta.env.SSR) {
		const snap = takeSnapshot(url.pathname);
		return snap === undefined ? fallback : (snap as T);
	}
	return build(await getDataset());
}

/**
 * A route's page-data builder as its own chunk (`() => import('./build')`): the first load of a page takes the
 * prerendered snapshot and never needs the builder or the domain code behind it, so they stay out of the page's
 * start-up script (issue 14). Registered as a lazy part, so that loading every route's code in the background
 * (route-code.ts) also loads the builders and later navigations work offline without a service worker.
 */
export function lazyBuilder<M>(load: () => Promise<M>): () => Promise<M> {
	registerLazyPart(load);
	return load;
}
