/**
 * The headers of every kind of file, asserted against both servers the site is served by: nginx with
 * deploy/nginx.conf, which `npm test` runs the browser tests on (E2E_SERVER=nginx), and the preview server of
 * `npm start` (scripts/serve.ts), which this spec then starts itself. Both giving the same answers is why the browser
 * tests run on only one of them. Raw HTTP, so that odd paths (/%, ..%2F) reach the server exactly as written.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { E2E_PORT, E2E_SERVER } from '../../playwright.config';
import { startServer } from '../../scripts/serve';
import { metaCsp } from '../../scripts/lib/finish-build';
import type { BundleManifest } from '#lib/domain/schema';
import { rawHttp, type RawRequest, type Reply } from '../fixtures/http';
import { expect, test } from './base';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const BUILD = 'build';

/** The run's own server, and the preview server too when the run is on nginx. */
const SERVERS: { name: string; startsOwn: boolean }[] =
	E2E_SERVER === 'nginx'
		? [
				{ name: 'nginx（deploy/nginx.conf）', startsOwn: false },
				{ name: '预览服务器（npm start）', startsOwn: true }
			]
		: [{ name: '预览服务器（npm start）', startsOwn: false }];

function text(r: Reply): string {
	return (r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.body) : r.body).toString('utf8');
}

function firstFile(dir: string, ext: string): string {
	const name = readdirSync(`${BUILD}/${dir}`).find((f) => f.endsWith(ext));
	if (!name) throw new Error(`no ${ext} in ${BUILD}/${dir}`);
	return `/${dir}/${name}`;
}

/** Headers every response carries, whatever its kind. */
function expectSecurityHeaders(r: Reply, what: string): void {
	expect(r.headers['x-content-type-options'], what).toBe('nosniff');
	expect(r.headers['referrer-policy'], what).toBe('no-referrer');
	const permissions = String(r.headers['permissions-policy']);
	for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()'])
		expect(permissions, what).toContain(feature);
	// 给窗口看 goes full screen and 分享 uses the share sheet or the clipboard.
	for (const used of ['fullscreen', 'web-share', 'clipboard-write']) expect(permissions, what).not.toContain(used);
	expect(String(r.headers['content-security-policy']), what).toContain("frame-ancestors 'none'");
}

const manifest = JSON.parse(readFileSync(`${BUILD}/data/manifest.json`, 'utf8')) as BundleManifest;
const hashedData = `/${manifest.files[0]!.path}`;

/** Pages stay fresh 10 minutes, so they reopen offline without a service worker (issue 12). */
const PAGE = 'public, max-age=600';

const KINDS: { kind: string; path: string; type: RegExp; cache: string }[] = [
	{ kind: '首页', path: '/', type: /^text\/html/, cache: PAGE },
	{ kind: '事项页', path: '/service/35', type: /^text\/html/, cache: PAGE },
	{ kind: '关于页', path: '/about', type: /^text\/html/, cache: PAGE },
	{
		kind: '带哈希的脚本',
		path: firstFile('_app/immutable/entry', '.js'),
		type: /^(text|application)\/javascript/,
		cache: IMMUTABLE
	},
	{ kind: '带哈希的样式', path: firstFile('_app/immutable/assets', '.css'), type: /^text\/css/, cache: IMMUTABLE },
	{ kind: '带哈希的数据', path: hashedData, type: /^application\/json/, cache: IMMUTABLE },
	{ kind: '数据清单', path: '/data/manifest.json', type: /^application\/json/, cache: 'no-cache' },
	{ kind: '应用清单', path: '/manifest.webmanifest', type: /^application\/manifest\+json/, cache: 'no-cache' },
	{ kind: 'service worker', path: '/service-worker.js', type: /^(text|application)\/javascript/, cache: 'no-cache' },
	{ kind: '图标', path: '/favicon.svg', type: /^image\/svg\+xml/, cache: 'no-cache' },
	{ kind: 'PNG 图标', path: '/icon-192.png', type: /^image\/png/, cache: 'no-cache' },
	{ kind: '开放数据页', path: '/open-data', type: /^text\/html/, cache: PAGE },
	{ kind: '开放数据（HSDS）', path: '/open-data/hsds/services.json', type: /^application\/json/, cache: 'no-cache' }
];

for (const server of SERVERS) {
	test.describe(server.name, () => {
		let port = E2E_PORT;
		let own: Server | undefined;
		test.beforeAll(async () => {
			if (!server.startsOwn) return;
			own = (await startServer({ dir: BUILD, port: 0 })).server;
			port = (own.address() as AddressInfo).port;
		});
		test.afterAll(() => new Promise<void>((done) => (own ? own.close(() => done()) : done())));

		/** Every request asks for compressed files, as browsers do. */
		const http = (path: string, opts: RawRequest = {}): Promise<Reply> =>
			rawHttp(port, path, { ...opts, headers: { 'accept-encoding': 'br, gzip', ...opts.headers } });

		for (const k of KINDS) {
			test(`部署：${k.kind}（${k.path}）带正确的类型、缓存和安全头`, async () => {
				const r = await http(k.path);
				expect(r.status).toBe(200);
				expect(String(r.headers['content-type'])).toMatch(k.type);
				expect(r.headers['cache-control']).toBe(k.cache);
				expectSecurityHeaders(r, k.path);
				if (!k.path.endsWith('.png')) {
					// Precompressed text: brotli when asked for, and caches told that the answer depends on it.
					expect(r.headers['content-encoding'], k.path).toBe('br');
					expect(String(r.headers.vary), k.path).toMatch(/accept-encoding/i);
				}
				if (k.type.source.includes('html')) {
					// The header repeats the page's own meta policy (its inline-script hashes included), plus frame-ancestors.
					const meta = metaCsp(text(r));
					expect(meta).toBeTruthy();
					expect(r.headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
				} else {
					expect(String(r.headers['content-security-policy'])).not.toContain("'sha256-");
					expect(String(r.headers['content-security-policy'])).toContain("default-src 'self'");
				}
			});
		}

		test('部署：不存在的地址返回真正的 404 状态和 404 页', async () => {
			for (const path of ['/service/99999', '/no/such/page', '/_app/immutable/nope.js', '/.csp.map']) {
				const r = await http(path);
				expect(r.status, path).toBe(404);
				expect(r.headers['cache-control'], path).toBe('no-cache');
				expect(text(r), path).toContain('type="search"');
				expectSecurityHeaders(r, path);
			}
		});

		test('部署：只允许 GET 和 HEAD，其他方法得到 405', async () => {
			for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
				const r = await http('/', { method });
				expect(r.status, method).toBe(405);
				expect(r.headers.allow, method).toMatch(/GET, HEAD/);
			}
			const head = await http('/service/35', { method: 'HEAD' });
			expect(head.status).toBe(200);
			expect(head.body.length).toBe(0);
		});

		test('部署：格式错误的链接得到 400，绕出 /_app/immutable/ 的链接不会被长期缓存', async () => {
			expect((await http('/%')).status).toBe(400);
			for (const path of ['/_app/immutable/..%2F..%2Findex.html', '/_app/immutable/%2e%2e/%2e%2e/index.html']) {
				const r = await http(path);
				// Served as the page it names (fresh 10 minutes at most), never as a year-long immutable file.
				expect(r.headers['cache-control'], path).not.toContain('immutable');
			}
		});

		test('部署：ETag 不变时回 304，不再传内容', async () => {
			const first = await http('/service/35');
			const etag = String(first.headers.etag);
			expect(etag).toMatch(/^(W\/)?"/);
			const again = await http('/service/35', { headers: { 'if-none-match': etag } });
			expect(again.status).toBe(304);
			expect(again.body.length).toBe(0);
		});

		test('部署：很长的搜索链接（27 KB）也能打开', async () => {
			const r = await http(`/search?q=${encodeURIComponent('社保卡丢了怎么补办'.repeat(333))}`);
			expect(r.status).toBe(200);
		});
	});
}
