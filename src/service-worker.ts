/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline for browsers that have service workers (Android WeChat's XWEB, Chrome, Safari home-screen apps).
 * Precaches the app shell, a few entry pages and the data bundle; caches visited pages as they are seen;
 * serves the SPA shell (200.html) for pages never visited, which then render from IndexedDB.
 * A new version waits until the user taps "新版本可用" (SKIP_WAITING), so one session never mixes assets.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const SHELL = `shell-${version}`;
// Pages reference this version's hashed assets, so visited pages are cached per version too.
const PAGES = `pages-${version}`;
const FALLBACK = '/200.html';
const NOT_FOUND = '/404';
const MANIFEST = '/data/manifest.json';
const ENTRY_PAGES = ['/', '/search', '/hotlines', '/benefits', '/check', '/about', NOT_FOUND];

const precache = [
	...build,
	...files.filter((f) => !f.endsWith('/.gitkeep')),
	FALLBACK,
	...prerendered.filter((p) => ENTRY_PAGES.includes(p))
];
const precached = new Set(precache);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(SHELL).then((c) => c.addAll(precache)));
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
		if (res.ok) {
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
	if (url.pathname === MANIFEST) {
		// The manifest says whether data changed: always ask the network, use the copy only offline.
		event.respondWith(fetch(request).catch(async () => (await fromCache(MANIFEST)) ?? Response.error()));
		return;
	}
	if (precached.has(url.pathname)) {
		event.respondWith(fromCache(url.pathname).then((hit) => hit ?? fetch(request)));
	}
});
