/**
 * A page's data from its own prerendered HTML, while the data bundle is not in memory yet (issue 17, item 6):
 * a stalled data download must not hold up a page the site already rendered. See page-data.ts. Loaded with the
 * Repository (browser.ts), not at start-up: only navigations need it.
 */
import type { Dataset } from '$lib/domain/dataset';
import { SNAPSHOT_ID, readSnapshotElement } from './snapshot-id';
import type { Repository } from './repository';

/**
 * How long a navigation waits for the data before it also asks for the page's prerendered HTML: long enough for
 * a stored bundle to be read from IndexedDB (no extra download then), short enough to feel immediate.
 */
const HTML_HEAD_START_MS = 400;

/** The hashed name of the app's entry chunk a page loads: it changes whenever any page's code changes. */
const appEntry = (doc: Document) => doc.querySelector('link[href*="/entry/app."]')?.getAttribute('href');

/** Snapshots of the pages seen in this visit, by path: they open again at once, even offline without data. */
const seen = new Map<string, unknown>();

/** The snapshot carried by a prerendered page, if it is for `path` and from this build of the app. */
function readSnapshot(doc: Document, path: string): unknown {
	// Another deploy's page may carry data of another shape than this code expects.
	if (appEntry(doc) !== appEntry(document)) return undefined;
	const snap = readSnapshotElement(doc.getElementById(SNAPSHOT_ID));
	return snap?.path === path ? snap.data : undefined;
}

/** The snapshot in the page's prerendered HTML: from the network, else (no network) from the browser's HTTP cache. */
async function fetchSnapshot(path: string): Promise<unknown> {
	let res: Response;
	try {
		res = await fetch(path, { credentials: 'same-origin' });
	} catch {
		res = await fetch(path, { credentials: 'same-origin', cache: 'force-cache' });
	}
	const data =
		res.ok && (res.headers.get('content-type') ?? '').includes('text/html')
			? readSnapshot(new DOMParser().parseFromString(await res.text(), 'text/html'), path)
			: undefined;
	if (data === undefined) throw new Error(`${path}: no prerendered page (HTTP ${res.status})`);
	return data;
}

/**
 * Data for a navigation in the browser (after the first page, whose HTML carries its own): built from the
 * dataset when it is held; else the snapshot seen earlier in this visit; else whichever comes first of the
 * dataset and the snapshot in the page's prerendered HTML, asked for only if the data is still missing after a
 * short head start. Rejects with the data's error when both fail, so a 404 from the page's own load stays a 404.
 */
export function pageFromDataOrHtml<T>(repo: Repository, path: string, build: (ds: Dataset) => T | Promise<T>): Promise<T> {
	const held = repo.peek();
	if (held) return Promise.resolve().then(() => build(held));
	if (seen.has(path)) return Promise.resolve(seen.get(path) as T);
	const data = repo.get().then(build);
	const html = new Promise((ok) => setTimeout(ok, HTML_HEAD_START_MS)).then(() =>
		repo.peek()
			? data
			: fetchSnapshot(path).then((snap) => {
					seen.set(path, snap);
					return snap as T;
				})
	);
	return new Promise((resolve, reject) => {
		let failed = 0;
		const fail = () => {
			if (++failed === 2) data.catch(reject);
		};
		data.then(resolve, fail);
		html.then(resolve, fail);
	});
}
