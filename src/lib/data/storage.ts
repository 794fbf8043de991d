/** Persistent storage and quota: asked for only after a user action, never on page load. */

export async function requestPersistence(): Promise<boolean> {
	try {
		if (!navigator.storage?.persist) return false;
		if (await navigator.storage.persisted()) return true;
		return await navigator.storage.persist();
	} catch {
		return false;
	}
}

export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
	try {
		const e = await navigator.storage?.estimate?.();
		return e ? { usage: e.usage ?? 0, quota: e.quota ?? 0 } : null;
	} catch {
		return null;
	}
}
