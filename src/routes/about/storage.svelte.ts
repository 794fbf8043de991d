/**
 * The about page's storage buttons: 离线保存 (persistent storage, after a user action) and 清除本地数据.
 * The Repository and Dexie load on tap (the data start-up has usually loaded them by then): imported statically
 * they made this page's start-up script 79 KB gzip (issue 14).
 */
import { dataState } from '$lib/state/data.svelte';

export class StorageActions {
	#message = $state('');
	#busy = $state(false);

	/** What the last action did, in plain words. */
	get message(): string {
		return this.#message;
	}

	/** True while an action runs (the buttons are disabled). */
	get busy(): boolean {
		return this.#busy;
	}

	async keepOffline(): Promise<void> {
		this.#busy = true;
		try {
			const [{ browserRepository }, { requestPersistence }] = await Promise.all([
				import('$lib/data/browser'),
				import('$lib/data/storage')
			]);
			const saved = await browserRepository().saveCurrent();
			const persisted = await requestPersistence();
			if (persisted) dataState.persistenceGranted();
			this.#message = !saved
				? '此浏览器不能保存离线数据，联网时仍可正常使用'
				: persisted
					? '已保存到手机，浏览器不会自动清理'
					: '已保存到手机；浏览器可能在空间不足时清理，联网打开即可恢复';
		} catch {
			this.#message = '暂时无法保存：请连接网络后再试';
		} finally {
			this.#busy = false;
		}
	}

	async clear(): Promise<void> {
		this.#busy = true;
		try {
			const { browserRepository } = await import('$lib/data/browser');
			const ok = await browserRepository().clear();
			if ('caches' in globalThis) {
				for (const key of await caches.keys()) await caches.delete(key);
			}
			this.#message = ok
				? '离线数据已清除（我的收藏保留）。本页仍可继续使用，下次打开会重新下载。'
				: '此浏览器没有保存本地数据';
		} catch {
			this.#message = '暂时无法清除：请连接网络后再试';
		} finally {
			this.#busy = false;
		}
	}
}
