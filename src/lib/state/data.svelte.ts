/**
 * The data status the whole UI shows ("整个应用可离线使用 · 数据更新于 …", "离线数据不可用，正在使用网络",
 * "新版本可用"), kept in sync with the Repository, the service worker and the route code loaded in this tab.
 * It says only what is true in this browser now: see `offlineScope`.
 */
import type { RepoStatus } from '$lib/data/repository';
import type { Persistence } from '$lib/data/storage';

/** How long after first paint the background download starts, so it never competes with the page. */
const BACKGROUND_START_MS = 1500;
/** How often an open app looks for a newer bundle. */
const UPDATE_CHECK_MS = 30 * 60 * 1000;
/** How often to try again while there is no data at all, or the server could not be reached. */
const RETRY_MS = 20 * 1000;

export const WHOLE_APP_OFFLINE = '整个应用可离线使用';
export const PAGE_AND_DATA_OFFLINE = '本页和已存数据可离线使用';

/**
 * What works offline here now:
 * - 'app': every page, including pages never opened: the data is stored and either a service worker holds the
 *   app's code (also after reopening the link) or every route's code is loaded in this tab (until it closes);
 * - 'page': the data is stored, but the code of pages not yet opened is not here: only this page and the data;
 * - 'none': nothing is stored on the device.
 */
export type OfflineScope = 'app' | 'page' | 'none';

export class DataState {
	status = $state<RepoStatus>({ storage: 'unknown', message: '', updateReady: false });
	/** A new app version (service worker) is waiting. */
	appUpdateReady = $state(false);
	updateAvailable = $derived(this.status.updateReady || this.appUpdateReady);
	/** What navigator.onLine says (not always true: see RepoStatus.unreachable). */
	online = $state(true);
	offline = $derived(!this.online || this.status.unreachable === true);
	/** A service worker controls this page: its install precached the whole shell. */
	workerControls = $state(false);
	/** Every route's code is loaded in this tab (route-code.ts). */
	codeLoaded = $state(false);
	/** Whether the browser agreed to keep the data (navigator.storage.persist). */
	persistence = $state<Persistence | null>(null);
	offlineScope: OfflineScope = $derived(
		this.status.storage !== 'stored' ? 'none' : this.workerControls || this.codeLoaded ? 'app' : 'page'
	);
	message = $derived(
		this.status.storage === 'stored'
			? `${this.offlineScope === 'app' ? WHOLE_APP_OFFLINE : PAGE_AND_DATA_OFFLINE} · 数据更新于 ${this.status.sourceDate}`
			: this.status.message
	);
	/**
	 * iPhone/iPad outside a home-screen app: WebKit deletes a site's stored data after 7 days of Safari use
	 * without a visit; a home-screen app keeps its own.
	 */
	homeScreenAdvice = $state(false);
	private started = false;
	private codeLoading = false;
	private dataHeld = false;
	private applyAppUpdate: (() => void) | null = null;

	/** Called once from the root layout in the browser. */
	async start(): Promise<void> {
		if (this.started) return;
		this.started = true;
		this.online = navigator.onLine;
		addEventListener('online', () => {
			this.online = true;
			void this.checkForUpdate();
		});
		addEventListener('offline', () => (this.online = false));
		// Installing to the home screen is the user saying "keep this": ask for persistent storage then.
		addEventListener('appinstalled', () => {
			void import('$lib/data/storage').then(async ({ requestPersistence }) => {
				if (await requestPersistence()) this.persistence = 'granted';
			});
		});
		const ios = /iPhone|iPad|iPod/.test(navigator.userAgent) || (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);
		const standalone = (navigator as { standalone?: boolean }).standalone === true || matchMedia('(display-mode: standalone)').matches;
		this.homeScreenAdvice = ios && !standalone;
		const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
		if (sw) {
			this.workerControls = sw.controller !== null;
			sw.addEventListener('controllerchange', () => (this.workerControls = sw.controller !== null));
		}
		const { browserRepository } = await import('$lib/data/browser');
		const repo = browserRepository();
		repo.subscribe((s) => (this.status = s));
		setTimeout(() => {
			repo
				.get()
				.then(() => this.afterData())
				.catch(() => {
					/* status already says why */
				});
		}, BACKGROUND_START_MS);
		setInterval(() => void this.checkForUpdate(), UPDATE_CHECK_MS);
		// No data yet, or no answer from the server: try again, so a fixed server or a returning network is
		// picked up without a reload.
		setInterval(() => {
			if (!repo.peek()) repo.get().then(() => this.afterData(), () => undefined);
			else if (this.status.unreachable) void this.checkForUpdate();
			else if (!this.codeLoaded) this.afterData();
		}, RETRY_MS);
	}

	/** Once the data is held: look for updates, ask to keep it, and load every route's code at idle. */
	private afterData(): void {
		if (this.codeLoaded || this.codeLoading) return;
		this.codeLoading = true;
		if (!this.dataHeld) {
			this.dataHeld = true;
			void this.checkForUpdate();
			void import('$lib/data/storage').then(async ({ persistWithoutPrompt }) => {
				this.persistence = await persistWithoutPrompt();
			});
		}
		import('$lib/data/route-code')
			.then(({ loadAllRouteCode }) => loadAllRouteCode())
			.then(
				(ok) => (this.codeLoaded = ok),
				() => undefined
			)
			.finally(() => (this.codeLoading = false));
	}

	async checkForUpdate(): Promise<void> {
		if (!navigator.onLine) return;
		const { browserRepository } = await import('$lib/data/browser');
		await browserRepository().checkForUpdate();
	}

	offerAppUpdate(apply: () => void): void {
		this.applyAppUpdate = apply;
		this.appUpdateReady = true;
	}

	/** "新版本可用" tapped: a waiting service worker takes over (and reloads), else the new data is swapped in. */
	async applyUpdate(): Promise<void> {
		if (this.applyAppUpdate) {
			this.applyAppUpdate();
			return;
		}
		const { browserRepository } = await import('$lib/data/browser');
		browserRepository().applyUpdate();
		const { invalidateAll } = await import('$app/navigation');
		await invalidateAll();
	}
}

export const dataState = new DataState();
