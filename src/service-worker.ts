/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline for browsers that have service workers (Android WeChat's XWEB, Chrome, Safari home-screen apps).
 * Precaches only what an offline start needs: the app's code (every route's), the SPA shell (200.html) and the
 * 404 page. Data is never cached here: the app verifies each data file against the manifest's hash and keeps it
 * in IndexedDB, and a worker cache would keep serving a bad response (issue: HTML answered for a data file)
 * after the server is fixed. Pages are cached as they are seen; pages never visited get the shell, which
 * renders them from IndexedDB.
 * A new version waits until the user taps "新版本可用" (SKIP_WAITING), so one session never mixes assets.
 */
import { build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const SHELL = `shell-${version}`;
// Pages reference this version's hashed assets, so visited pages are cached per version too.
const PAGES = `pages-${version}`;
const FALLBACK = '/200.html';
const NOT_FOUND = '/404';
/** Nice to have offline, but a failure to fetch them must not stop the worker installing. */
const OPTIONAL = ['/favicon.svg', '/manifest.webmanifest', '/icon-192.png'];

const essential = [...build, FALLBACK, NOT_FOUND];
const optional = OPTIONAL.filter((f) => files.includes(f));
const precached = new Set([...essential, ...optional]);

/** What each kind of file must be served as; anything else (an HTML error page with status 200) is not cached. */
const EXPECTED_TYPE: Record<string, RegExp> = {
	js: /javascript/,
	css: /text\/css/,
	html: /text\/html/,
	json: /json/,
	webmanifest: /json/,
	svg: /image\/svg/,
	png: /image\/png/
};

function acceptable(path: string, res: Response): boolean {
	if (!res.ok || res.type === 'opaque') return false;
	const ext = /\.([a-z]+)$/.exec(path)?.[1] ?? 'html';
	const want = EXPECTED_TYPE[ext];
	return !want || want.test(res.headers.get('content-type') ?? '');
}

/** Content-hashed: the name changes whenever the bytes do (served immutable). */
const HASHED = /^\/_app\/immutable\//;

async function add(cache: Cache, path: string): Promise<void> {
	// A hashed file the page has just fetched is in the HTTP cache and is the right one: fetching it again
	// ('reload') doubled a first visit's code bytes. Unhashed files (200.html, /404) are revalidated.
	const res = await fetch(path, { cache: HASHED.test(path) ? 'default' : 'no-cache' });
	if (!acceptable(path, res)) throw new Error(`${path}: HTTP ${res.status} ${res.headers.get('content-type') ?? ''}`);
	await cache.put(path, res);
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(SHELL);
			// All or nothing for the shell (a failed install is retried on the next visit); the rest best effort.
			await Promise.all(essential.map((p) => add(cache, p)));
			await Promise.all(optional.map((p) => add(cache, p).catch(() => undefined)));
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== SHELL && key !== PAGES) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data && event.data.type === 'SKIP_WAITING') void sw.skipWaiting();
});

async function fromCache(request: Request | string): Promise<Response | undefined> {
	return (await caches.match(request, { cacheName: SHELL })) ?? (await caches.match(request, { cacheName: PAGES }));
}

async function page(request: Request): Promise<Response> {
	try {
		const res = await fetch(request);
		if (acceptable(new URL(request.url).pathname, res)) {
			const copy = res.clone();
			void caches.open(PAGES).then((c) => c.put(request, copy));
		}
		return res;
	} catch {
		const url = new URL(request.url);
		return (
			(await fromCache(url.pathname)) ??
			(await fromCache(FALLBACK)) ??
			(await fromCache(NOT_FOUND)) ??
			new Response('离线且没有缓存', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } })
		);
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	if (request.mode === 'navigate') {
		event.respondWith(page(request));
		return;
	}
	if (precached.has(url.pathname)) {
		event.respondWith(fromCache(url.pathname).then((hit) => hit ?? fetch(request)));
	}
});
