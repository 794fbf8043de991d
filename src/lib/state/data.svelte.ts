/**
 * The data status the whole UI shows ("整个应用可离线使用 · 数据更新于 …", "离线数据不可用，正在使用网络",
 * "新版本可用"), kept in sync with the Repository, the service worker and the route code loaded in this tab.
 * It says only what is true in this browser now: see `offlineScope`.
 */
import type { RepoStatus } from '$lib/data/repository';
import type { Persistence } from '$lib/data/storage';

export const WHOLE_APP_OFFLINE = '整个应用可离线使用';
export const PAGE_AND_DATA_OFFLINE = '本页和已存数据可离线使用';
export const UPDATE_FAILED_MESSAGE = '新数据没有下载成功，仍在使用原来的数据';

/**
 * What works offline here now:
 * - 'app': every page, including pages never opened: the data is stored and either a service worker holds the
 *   app's code (also after reopening the link) or every route's code is loaded in this tab (until it closes);
 * - 'page': the data is stored, but the code of pages not yet opened is not here: only this page and the data;
 * - 'none': nothing is stored on the device.
 */
export type OfflineScope = 'app' | 'page' | 'none';

/**
 * How the browser wiring (data-start.ts, loaded after first paint) reports what it sees. Only `start()` hands it
 * out, so no page or component can overwrite what the status line claims.
 */
export interface DataStateWriter {
	setStatus(status: RepoStatus): void;
	setOnline(online: boolean): void;
	setWorkerControls(controls: boolean): void;
	setCodeLoaded(loaded: boolean): void;
	setPersistence(persistence: Persistence): void;
	setHomeScreenAdvice(advice: boolean): void;
}

export class DataState {
	#status = $state<RepoStatus>({ storage: 'unknown', message: '', updateReady: false });
	#appUpdateReady = $state(false);
	#online = $state(true);
	#workerControls = $state(false);
	#codeLoaded = $state(false);
	#persistence = $state<Persistence | null>(null);
	#homeScreenAdvice = $state(false);
	#offlineScope: OfflineScope = $derived(
		this.#status.storage !== 'stored' ? 'none' : this.#workerControls || this.#codeLoaded ? 'app' : 'page'
	);
	#message = $derived(
		this.#status.storage === 'stored'
			? `${this.#offlineScope === 'app' ? WHOLE_APP_OFFLINE : PAGE_AND_DATA_OFFLINE} · 数据更新于 ${this.#status.sourceDate}`
			: this.#status.message
	);
	#updateProblem = $derived(
		this.#status.updateError && !this.offline && this.#status.storage !== 'none'
			? `${UPDATE_FAILED_MESSAGE}${this.#status.sourceDate ? `（${this.#status.sourceDate}）` : ''}，稍后会自动再试`
			: ''
	);
	#started = false;
	#applyAppUpdate: (() => void) | null = null;

	/** What the Repository last reported: where the data is kept, and why not when it is not. */
	get status(): RepoStatus {
		return this.#status;
	}

	/** A new version is waiting: the app's code (service worker) or the data. */
	get updateAvailable(): boolean {
		return this.#status.updateReady || this.#appUpdateReady;
	}

	/** What navigator.onLine says (not always true: see `offline`). */
	get online(): boolean {
		return this.#online;
	}

	/** No network, or the server could not be reached (RepoStatus.unreachable). */
	get offline(): boolean {
		return !this.#online || this.#status.unreachable === true;
	}

	/** A service worker controls this page: its install precached the whole shell. */
	get workerControls(): boolean {
		return this.#workerControls;
	}

	/** Every route's code is loaded in this tab (route-code.ts). */
	get codeLoaded(): boolean {
		return this.#codeLoaded;
	}

	/** Whether the browser agreed to keep the data (navigator.storage.persist); null until asked. */
	get persistence(): Persistence | null {
		return this.#persistence;
	}

	get offlineScope(): OfflineScope {
		return this.#offlineScope;
	}

	/** The footer's status line. */
	get message(): string {
		return this.#message;
	}

	/**
	 * The last look for new data failed (a download cut off, a file that failed its check): said plainly, with
	 * what stays in use. Not while offline, where the badge already says why nothing new comes.
	 */
	get updateProblem(): string {
		return this.#updateProblem;
	}
	/**
	 * iPhone/iPad outside a home-screen app: WebKit deletes a site's stored data after 7 days of Safari use
	 * without a visit; a home-screen app keeps its own.
	 */
	get homeScreenAdvice(): boolean {
		return this.#homeScreenAdvice;
	}

	/**
	 * Called once from the root layout in the browser. The wiring is its own chunk, loaded after first paint,
	 * so that the start-up script of every page stays small.
	 */
	async start(): Promise<void> {
		if (this.#started) return;
		this.#started = true;
		const { wireDataState } = await import('./data-start');
		await wireDataState(this, {
			setStatus: (status) => (this.#status = status),
			setOnline: (online) => (this.#online = online),
			setWorkerControls: (controls) => (this.#workerControls = controls),
			setCodeLoaded: (loaded) => (this.#codeLoaded = loaded),
			setPersistence: (persistence) => (this.#persistence = persistence),
			setHomeScreenAdvice: (advice) => (this.#homeScreenAdvice = advice)
		});
	}

	/** The person tapped 离线保存 and the browser agreed to keep the data. */
	persistenceGranted(): void {
		this.#persistence = 'granted';
	}

	async checkForUpdate(): Promise<void> {
		if (!navigator.onLine) return;
		const { browserRepository } = await import('$lib/data/browser');
		await browserRepository().checkForUpdate();
	}

	offerAppUpdate(apply: () => void): void {
		this.#applyAppUpdate = apply;
		this.#appUpdateReady = true;
	}

	/** "新版本可用" tapped: a waiting service worker takes over (and reloads), else the new data is swapped in. */
	async applyUpdate(): Promise<void> {
		if (this.#applyAppUpdate) {
			this.#applyAppUpdate();
			return;
		}
		const { browserRepository } = await import('$lib/data/browser');
		browserRepository().applyUpdate();
		const { invalidateAll } = await import('$app/navigation');
		await invalidateAll();
	}
}

export const dataState = new DataState();
