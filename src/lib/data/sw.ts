/**
 * Registers the service worker through workbox-window, which tells us when a new version is waiting.
 * A new worker never takes over by itself (that could mix old and new assets in one session): the user
 * taps "新版本可用", the waiting worker activates, and the page reloads once it controls it.
 * When another tab applies the update (workbox-window's `isExternal`), this tab is now controlled by the new
 * worker too: it reloads into the new version instead of keeping a button that can no longer do anything.
 * There is no service worker in iPhone WeChat (WKWebView): offline there comes from IndexedDB.
 */
import { base } from '$app/paths';

export async function registerServiceWorker(onUpdate: (apply: () => void) => void): Promise<void> {
	if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
	try {
		const { Workbox } = await import('workbox-window');
		const wb = new Workbox(`${base}/service-worker.js`, { scope: `${base}/` });
		let offered = false;
		wb.addEventListener('waiting', () => {
			offered = true;
			onUpdate(() => {
				void navigator.serviceWorker.getRegistration(`${base}/`).then((reg) => {
					// Another tab may have activated the new worker already: then there is nothing to wake, only reload.
					if (reg?.waiting) wb.messageSkipWaiting();
					else location.reload();
				});
			});
		});
		// A new worker took over a page that an older one controlled: this tab's tap, or another tab's (the
		// worker is then workbox-window's isExternal, and this tab's button could no longer wake it). This page
		// runs the old version's code, so it reloads into the new one. Not on a first install (isUpdate false).
		wb.addEventListener('controlling', (event) => {
			if (offered || event.isUpdate) location.reload();
		});
		await wb.register();
	} catch {
		// No service worker (blocked, private mode): the app still works from IndexedDB and the network.
	}
}
