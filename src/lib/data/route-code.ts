/**
 * Loads the code of every route into this tab, at idle priority, once the first page is usable and the data
 * is held. Where there is no service worker (iPhone WeChat's WKWebView, or service workers blocked), this is
 * what lets every in-app tap, search, check and print work offline for the rest of the tab's life: without it,
 * a tap to a page not yet opened fetches that page's code and fails offline with 「出错了」.
 */
import { preloadCode } from '$app/navigation';
import { lazyParts } from './lazy-parts';
import { ROUTE_SAMPLES } from './route-samples';

/** Shared parts loaded on demand by many pages. */
const SHARED_PARTS: (() => Promise<unknown>)[] = [
	() => import('$lib/components/QrCode.svelte'),
	() => import('$lib/components/SaveButton.svelte'),
	() => import('$lib/components/ShareTools.svelte'),
	() => import('$lib/components/ReadAloudVoice.svelte'),
	() => import('$lib/components/RecentItems.svelte'),
	() => import('$lib/state/saved.svelte'),
	() => import('$lib/data/personal'),
	() => import('$lib/data/db'),
	() => import('$lib/data/storage')
];

/** Longest wait for an idle moment before loading anyway. */
const IDLE_TIMEOUT_MS = 5000;
/** Routes loaded per idle slot, so that no single task is long on a slow phone. */
const BATCH = 3;

function idle(): Promise<void> {
	return new Promise((ok) => {
		// Safari 14 has no requestIdleCallback.
		if (typeof requestIdleCallback === 'function') requestIdleCallback(() => ok(), { timeout: IDLE_TIMEOUT_MS });
		else setTimeout(ok, 200);
	});
}

/** Resolves true once every route's code and lazy part is loaded; false if any failed (offline, server down). */
export async function loadAllRouteCode(): Promise<boolean> {
	try {
		for (let i = 0; i < ROUTE_SAMPLES.length; i += BATCH) {
			await idle();
			await Promise.all(ROUTE_SAMPLES.slice(i, i + BATCH).map((path) => preloadCode(path)));
		}
		await idle();
		// Route modules registered their lazy parts while loading above.
		await Promise.all([...SHARED_PARTS, ...lazyParts()].map((load) => load()));
		return true;
	} catch {
		return false;
	}
}
