/**
 * Wires the DataState to the browser once the first page is shown: online/offline events, the service worker's
 * control, the Repository's status, the background download, retries, persistent storage and the background
 * loading of every route's code.
 */
import { BACKGROUND_START_KEY } from './background-start';
import type { DataState, DataStateWriter } from './data.svelte';

/**
 * How long after the page is live the background download starts, unless the person leaves the page first.
 * Dexie's code, the data and every route's code then parse on the main thread: started 1.5 s after paint, they
 * fell on the person's first taps (Lighthouse, 4× CPU: home TBT 564 ms; started after 6 s, 42–106 ms). A first
 * visitor reads for longer than this; one who switches back to WeChat sooner starts the download on the way out.
 */
const BACKGROUND_START_MS = 5000;
function backgroundStartMs(): number {
	try {
		const ms = Number(localStorage.getItem(BACKGROUND_START_KEY) ?? Number.NaN);
		return Number.isFinite(ms) && ms >= 0 ? ms : BACKGROUND_START_MS;
	} catch {
		return BACKGROUND_START_MS;
	}
}
/** How often an open app looks for a newer bundle. */
const UPDATE_CHECK_MS = 30 * 60 * 1000;
/** How often to try again while there is no data at all, or the server could not be reached. */
const RETRY_MS = 20 * 1000;

export async function wireDataState(state: DataState, write: DataStateWriter): Promise<void> {
	write.setOnline(navigator.onLine);
	addEventListener('online', () => {
		write.setOnline(true);
		void state.checkForUpdate();
	});
	addEventListener('offline', () => write.setOnline(false));
	// Installing to the home screen is the user saying "keep this": ask for persistent storage then.
	addEventListener('appinstalled', () => {
		void import('$lib/data/storage').then(async ({ requestPersistence }) => {
			if (await requestPersistence()) write.setPersistence('granted');
		});
	});
	const ua = navigator.userAgent;
	const ios = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
	const standalone =
		(navigator as { standalone?: boolean }).standalone === true || matchMedia('(display-mode: standalone)').matches;
	write.setHomeScreenAdvice(ios && !standalone);
	const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
	if (sw) {
		write.setWorkerControls(sw.controller !== null);
		sw.addEventListener('controllerchange', () => write.setWorkerControls(sw.controller !== null));
	}

	// Dexie and the Repository load after the page, not beside it: on a slow phone their bytes would compete
	// with what the page itself needs (the search page's index above all).
	await new Promise<void>((resolve) => {
		const start = () => {
			removeEventListener('visibilitychange', onHide);
			removeEventListener('pagehide', start);
			resolve();
		};
		const onHide = () => {
			if (document.visibilityState === 'hidden') start();
		};
		addEventListener('visibilitychange', onHide);
		addEventListener('pagehide', start);
		setTimeout(start, backgroundStartMs());
	});
	const { browserRepository } = await import('$lib/data/browser');
	const repo = browserRepository();
	repo.subscribe((s) => write.setStatus(s));

	let dataHeld = false;
	let codeLoading = false;
	/** Once the data is held: look for updates, ask to keep it, and load every route's code at idle. */
	const afterData = () => {
		if (state.codeLoaded || codeLoading) return;
		codeLoading = true;
		if (!dataHeld) {
			dataHeld = true;
			void state.checkForUpdate();
			void import('$lib/data/storage').then(async ({ persistWithoutPrompt }) => {
				write.setPersistence(await persistWithoutPrompt());
			});
		}
		import('$lib/data/route-code')
			.then(({ loadAllRouteCode }) => loadAllRouteCode())
			.then(
				(ok) => write.setCodeLoaded(ok),
				() => undefined
			)
			.finally(() => (codeLoading = false));
	};

	repo.get().then(afterData, () => undefined /* the status already says why */);
	setInterval(() => void state.checkForUpdate(), UPDATE_CHECK_MS);
	// No data yet, or no answer from the server: try again, so a fixed server or a returning network is picked
	// up without a reload; and load the route code again if the network dropped while it loaded.
	setInterval(() => {
		if (!repo.peek()) repo.get().then(afterData, () => undefined);
		else if (state.status.unreachable) void state.checkForUpdate();
		else afterData();
	}, RETRY_MS);
}
