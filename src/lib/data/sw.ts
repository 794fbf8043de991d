/**
 * Registers the service worker through workbox-window, which tells us when a new version is waiting.
 * A new worker never takes over by itself (that could mix old and new assets in one session): the user
 * taps "新版本可用", the waiting worker activates, and the page reloads once it controls it.
 * There is no service worker in iPhone WeChat (WKWebView): offline there comes from IndexedDB.
 */
import { base } from '$app/paths';

export async function registerServiceWorker(onUpdate: (apply: () => void) => void): Promise<void> {
	if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
	try {
		const { Workbox } = await import('workbox-window');
		const wb = new Workbox(`${base}/service-worker.js`, { scope: `${base}/` });
		wb.addEventListener('waiting', () => {
			onUpdate(() => {
				wb.addEventListener('controlling', () => location.reload());
				wb.messageSkipWaiting();
			});
		});
		await wb.register();
	} catch {
		// No service worker (blocked, private mode): the app still works from IndexedDB and the network.
	}
}
