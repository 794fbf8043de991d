/** Persistent storage and quota. */

/** Asked after a user action (离线保存, installing to the home screen): a browser may show a prompt then. */
export async function requestPersistence(): Promise<boolean> {
	try {
		if (!navigator.storage?.persist) return false;
		if (await navigator.storage.persisted()) return true;
		// eslint-disable-next-line compat/compat -- detected two lines up; iOS 14 has no navigator.storage
		return await navigator.storage.persist();
	} catch {
		return false;
	}
}

/** What the browser said about keeping this site's data: granted, refused, or the API does not exist here. */
export type Persistence = 'granted' | 'denied' | 'unsupported';

/**
 * Asks for persistent storage on page load, only where that never shows a prompt. Chromium and WebKit decide by
 * themselves (site engagement, home-screen install) and never ask the person; Firefox asks, so there it is
 * asked only when the permission is already granted.
 */
export async function persistWithoutPrompt(): Promise<Persistence> {
	try {
		// eslint-disable-next-line compat/compat -- checked on the next line; iOS 14 has no navigator.storage
		const storage = navigator.storage;
		if (!storage?.persist || !storage.persisted) return 'unsupported';
		if (await storage.persisted()) return 'granted';
		if (/Firefox\//.test(navigator.userAgent)) {
			const state = await navigator.permissions?.query({ name: 'persistent-storage' as PermissionName }).then(
				(p) => p.state,
				() => 'prompt'
			);
			if (state !== 'granted') return 'denied';
		}
		return (await storage.persist()) ? 'granted' : 'denied';
	} catch {
		return 'unsupported';
	}
}
