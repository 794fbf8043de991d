/**
 * Sharing a link the way each phone allows: the system share sheet where there is one (Web Share API),
 * else the clipboard. Returns what to tell the person, or '' when the share sheet took care of it.
 */
export async function shareLink(title: string, url: string, copied: string, fallback: string): Promise<string> {
	if (navigator.share) {
		try {
			await navigator.share({ title, url });
			return '';
		} catch (err) {
			if ((err as Error).name === 'AbortError') return '';
		}
	}
	try {
		await navigator.clipboard.writeText(url);
		return copied;
	} catch {
		return fallback;
	}
}
