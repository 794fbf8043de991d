/**
 * The data status the whole UI shows ("已可离线使用 · 数据更新于 …", "离线数据不可用，正在使用网络",
 * "新版本可用"), kept in sync with the Repository.
 */
import type { RepoStatus } from '$lib/data/repository';

/** How long after first paint the background download starts, so it never competes with the page. */
const BACKGROUND_START_MS = 1500;
/** How often an open app looks for a newer bundle. */
const UPDATE_CHECK_MS = 30 * 60 * 1000;

export class DataState {
	status = $state<RepoStatus>({ storage: 'unknown', message: '', updateReady: false });
	/** A new app version (service worker) is waiting. */
	appUpdateReady = $state(false);
	updateAvailable = $derived(this.status.updateReady || this.appUpdateReady);
	online = $state(true);
	private started = false;
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
			void import('$lib/data/storage').then(({ requestPersistence }) => requestPersistence());
		});
		// Dexie and the Repository load after the page, not beside it: on a slow phone their bytes would compete
		// with what the page itself needs (the search page's index above all).
		await new Promise((resolve) => setTimeout(resolve, BACKGROUND_START_MS));
		const { browserRepository } = await import('$lib/data/browser');
		const repo = browserRepository();
		repo.subscribe((s) => (this.status = s));
		repo
			.get()
			.then(() => this.checkForUpdate())
			.catch(() => {
				/* status already says why */
			});
		setInterval(() => void this.checkForUpdate(), UPDATE_CHECK_MS);
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
