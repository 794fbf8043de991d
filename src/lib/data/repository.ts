/**
 * Where the app's data comes from, in order: memory → IndexedDB → network. IndexedDB is only a cache
 * that can vanish (WeChat clears it, Safari evicts it, private mode blocks it): every storage failure
 * becomes a status message, never an exception in the UI, and the in-memory copy stays authoritative
 * for the session.
 */
import { DEFAULT_REGION, datasetFromTexts, filesFor, manifestRegions, type Dataset } from '$lib/domain/dataset';
import type { BundleManifest } from '$lib/domain/schema';
import type { AppDb, SectionRow } from './db';
import { DbHandle } from './db-handle';
import { DAMAGED_MESSAGE, DataError, downloadSections, fetchManifest, readStoredBundle, storeBundle, storeRegion, type Fetch } from './sync';

export type StorageState =
	/** Not known yet. */
	| 'unknown'
	/** The bundle is saved on the device: the app works offline. */
	| 'stored'
	/** IndexedDB cannot be used (blocked, full, closed): data lives in memory for this session only. */
	| 'memory'
	/** No data at all: offline and nothing stored. */
	| 'none';

export interface RepoStatus {
	storage: StorageState;
	/** Plain-Chinese sentence for the status line. */
	message: string;
	version?: string;
	sourceDate?: string;
	/** A newer bundle is downloaded and verified; it replaces the current one when the user agrees. */
	updateReady: boolean;
	/** Last update problem, kept visible but harmless: the current data stays in use. */
	updateError?: string;
	/**
	 * The last request to the server got no answer at all. navigator.onLine can say "online" when there is no
	 * network (some WebViews; Chromium after an offline reload), so the offline badge also trusts this.
	 */
	unreachable?: boolean;
}

export interface RepositoryDeps {
	fetch: Fetch;
	/** URL prefix of the site (SvelteKit `base`), '' at the root. */
	base: string;
	/** Opens the database; null or a throw means IndexedDB is not available here. */
	openDb: () => AppDb | null;
	/** How long one request may wait for the server's answer (tests shorten it); DOWNLOAD_TIMEOUT_MS by default. */
	timeoutMs?: number;
}

/**
 * A stalled download (a captive portal, one bar of signal) otherwise never settles, and the page waits on
 * 「正在准备数据…」 with nothing to tap. 20 s is well past a 110 KB gzip bundle on slow 3G.
 */
export const DOWNLOAD_TIMEOUT_MS = 20_000;

/** Status sentence after a download timed out: what happened and what the person can do. */
export const TIMEOUT_MESSAGE = '数据下载超时（网络太慢或没有信号）：请到信号好的地方或连上 Wi-Fi，本应用会自动重试';

export const MEMORY_ONLY_MESSAGE = '离线数据不可用，正在使用网络';

export class Repository {
	private dataset: Dataset | null = null;
	private loading: Promise<Dataset> | null = null;
	private db: DbHandle;
	private pendingUpdate: { manifest: BundleManifest; rows: SectionRow[] } | null = null;
	private rows: SectionRow[] = [];
	/** Regions being downloaded, so two pages asking for the same one share the download. */
	private regionLoads = new Map<string, Promise<Dataset>>();
	private listeners = new Set<(s: RepoStatus) => void>();
	status: RepoStatus = { storage: 'unknown', message: '正在准备数据…', updateReady: false };

	constructor(private deps: RepositoryDeps) {
		this.db = new DbHandle(deps.openDb, (err) => this.fallBackToMemory(err));
	}

	/** deps.fetch, noting whether the server answered (see RepoStatus.unreachable). */
	private fetch: Fetch = async (input, init) => {
		const abort = typeof AbortController === 'function' ? new AbortController() : null;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => {
				abort?.abort();
				reject(new DataError('network', TIMEOUT_MESSAGE));
			}, this.deps.timeoutMs ?? DOWNLOAD_TIMEOUT_MS);
		});
		try {
			const request = this.deps.fetch(input, abort ? { ...init, signal: abort.signal } : init);
			const res = await Promise.race([request, timeout]);
			if (this.status.unreachable) this.setStatus({ unreachable: false });
			return res;
		} catch (err) {
			// A failed integrity check rejects too, but then the server did answer.
			if (!init?.integrity && !this.status.unreachable) this.setStatus({ unreachable: true });
			throw err;
		} finally {
			clearTimeout(timer);
		}
	};

	subscribe(fn: (s: RepoStatus) => void): () => void {
		this.listeners.add(fn);
		fn(this.status);
		return () => this.listeners.delete(fn);
	}

	private setStatus(patch: Partial<RepoStatus>): void {
		this.status = { ...this.status, ...patch };
		for (const fn of this.listeners) fn(this.status);
	}

	/** The dataset, loading it once. Rejects only when no source at all can give it. */
	get(): Promise<Dataset> {
		if (this.dataset) return Promise.resolve(this.dataset);
		if (!this.loading) {
			this.loading = this.load().finally(() => {
				this.loading = null;
			});
		}
		return this.loading;
	}

	/** Already in memory, without waiting. */
	peek(): Dataset | null {
		return this.dataset;
	}

	private async load(): Promise<Dataset> {
		const read = await this.readStored();
		const damaged = read === 'damaged';
		const stored = damaged ? null : read;
		if (stored) {
			try {
				const ds = datasetFromTexts(stored.manifest, stored.rows);
				this.use(ds, stored.rows);
				this.setStatus(storedStatus(stored.manifest));
				return ds;
			} catch {
				// A stored copy that no longer parses is worthless: fall through to the network.
			}
		}
		let manifest: BundleManifest;
		let rows: SectionRow[];
		try {
			manifest = await fetchManifest(this.fetch, this.deps.base);
			// A split bundle: the base and the home region only; other regions come with loadRegion.
			rows = await downloadSections(manifest, this.fetch, this.deps.base, new Map(), filesFor(manifest, [DEFAULT_REGION]));
		} catch (err) {
			const timedOut = String(err).includes(TIMEOUT_MESSAGE);
			const message = damaged ? DAMAGED_MESSAGE : timedOut ? TIMEOUT_MESSAGE : '暂时无法获取数据：请连接网络后重试';
			this.setStatus({ storage: 'none', message });
			throw err;
		}
		const ds = datasetFromTexts(manifest, rows);
		this.use(ds, rows);
		if (this.status.storage !== 'memory') await this.save(manifest, rows);
		return ds;
	}

	private use(ds: Dataset, rows: SectionRow[]): void {
		this.dataset = ds;
		this.rows = rows;
	}

	private fallBackToMemory(err: unknown): void {
		const detail = err instanceof DataError ? `（${err.message}）` : '';
		this.setStatus({ storage: 'memory', message: `${MEMORY_ONLY_MESSAGE}${detail}` });
	}

	private readStored() {
		return this.db.run((db) => readStoredBundle(db));
	}

	private async save(manifest: BundleManifest, rows: SectionRow[]): Promise<boolean> {
		const ok = await this.db.run(async (db) => {
			await storeBundle(db, manifest, rows);
			return true;
		});
		if (ok) this.setStatus(storedStatus(manifest));
		else if (this.status.storage !== 'memory') this.fallBackToMemory(null);
		else this.setStatus({ version: manifest.version, sourceDate: manifest.sourceDate });
		return ok === true;
	}

	/**
	 * Looks for a newer bundle. The new one is downloaded and verified completely before anything is
	 * stored; a failure leaves the current data untouched and is retried on the next check.
	 */
	async checkForUpdate(): Promise<'current' | 'ready' | 'failed'> {
		const current = this.dataset ?? (await this.get().catch(() => null));
		try {
			const manifest = await fetchManifest(this.fetch, this.deps.base);
			if (current && manifest.version === current.manifest.version) {
				if (this.status.updateError) this.setStatus({ updateError: undefined });
				return 'current';
			}
			const reuse = new Map(this.rows.map((r) => [r.name, r]));
			// The regions held now stay held in the new version (those it still has), plus the home region.
			const held = [DEFAULT_REGION, ...(current?.regions ?? [])];
			const files = filesFor(manifest, manifestRegions(manifest).filter((r) => held.includes(r)));
			const rows = await downloadSections(manifest, this.fetch, this.deps.base, reuse, files);
			datasetFromTexts(manifest, rows);
			this.pendingUpdate = { manifest, rows };
			if (this.status.storage !== 'memory') await this.save(manifest, rows);
			this.setStatus({ updateReady: true, updateError: undefined });
			return 'ready';
		} catch (err) {
			this.setStatus({ updateError: err instanceof Error ? err.message : String(err) });
			return 'failed';
		}
	}

	/**
	 * Makes a region of a split bundle available: downloads its files, verifies them against the manifest,
	 * merges them into the in-memory dataset (a new Dataset: searchers keyed on the old one are rebuilt) and
	 * stores them in one transaction beside the stored bundle. A failed or corrupt download changes nothing.
	 * Resolves at once when the region is loaded already or the bundle is not split.
	 */
	loadRegion(id: string): Promise<Dataset> {
		const pending = this.regionLoads.get(id);
		if (pending) return pending;
		const run = this.fetchRegion(id).finally(() => this.regionLoads.delete(id));
		this.regionLoads.set(id, run);
		return run;
	}

	private async fetchRegion(id: string): Promise<Dataset> {
		const ds = await this.get();
		const files = ds.manifest.files.filter((f) => f.region === id);
		if (files.length === 0) {
			if (manifestRegions(ds.manifest).length === 0) return ds;
			throw new DataError('format', `数据包中没有地区 ${id}`);
		}
		if (ds.regions.includes(id)) return ds;
		const rows = await downloadSections(ds.manifest, this.fetch, this.deps.base, new Map(), files);
		const next = ds.withTexts(rows);
		// An update applied meanwhile replaced the dataset: this region belongs to the old version.
		if (this.dataset !== ds) return this.loadRegion(id);
		this.use(next, [...this.rows, ...rows]);
		if (this.status.storage !== 'memory') {
			// false: the stored bundle is another version (an update saved meanwhile); the region stays in memory.
			// null: the database failed, and DbHandle has already switched the status to memory.
			await this.db.run((db) => storeRegion(db, ds.manifest, id, rows));
		}
		return next;
	}

	/** Switches to the downloaded update (after the user agreed). */
	applyUpdate(): Dataset | null {
		if (!this.pendingUpdate) return this.dataset;
		const { manifest, rows } = this.pendingUpdate;
		this.pendingUpdate = null;
		this.use(datasetFromTexts(manifest, rows), rows);
		this.setStatus({ updateReady: false, version: manifest.version, sourceDate: manifest.sourceDate });
		return this.dataset;
	}

	/**
	 * "清除本地数据": removes the stored bundle; the in-memory copy keeps the current page working.
	 * 我的收藏 and 最近看过 live in their own tables and are kept: they have their own remove buttons.
	 */
	async clear(): Promise<boolean> {
		const ok = await this.db.run(async (db) => {
			await db.transaction('rw', db.sections, db.meta, async () => {
				await db.sections.clear();
				await db.meta.clear();
			});
			return true;
		});
		if (ok) this.setStatus({ storage: 'unknown', message: '本地数据已清除；下次打开时会重新下载' });
		return ok === true;
	}

	/** Saves the current in-memory bundle again (e.g. after "清除本地数据" and then "离线保存"). */
	async saveCurrent(): Promise<boolean> {
		if (!this.dataset) await this.get();
		if (!this.dataset) return false;
		return this.save(this.dataset.manifest, this.rows);
	}
}

function storedStatus(manifest: BundleManifest): Partial<RepoStatus> {
	return {
		storage: 'stored',
		// The layout says how much works offline (this page and the data, or the whole app); see DataState.
		message: `数据已存到手机 · 数据更新于 ${manifest.sourceDate}`,
		version: manifest.version,
		sourceDate: manifest.sourceDate
	};
}
