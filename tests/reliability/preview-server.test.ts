/**
 * The preview server (scripts/serve.ts) probed as an attacker would (deploy issue): aborted downloads, odd methods,
 * malformed and traversing paths, files vanishing during a rebuild, long links. Runs on a small fixture site.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCspMap } from '../../scripts/lib/finish-build';
import { rawHttp, type RawRequest, type Reply } from '../fixtures/http';

const ABORTED_DOWNLOADS = 5000;
const PARALLEL_CLIENTS = 32;
/** Well below the aborted downloads, so a leaked descriptor per download kills the server long before the end. */
const FD_LIMIT = 256;
/** Larger than socket buffers, so every download is still streaming when the client aborts it. */
const BIG_FILE_BYTES = 4 * 1024 * 1024;
const PAGE_CSP = "default-src 'self'; script-src 'self' 'sha256-abc='";

let dir: string;
let server: ChildProcess;
let port = 0;

const get = (path: string, opts: RawRequest = {}): Promise<Reply> => rawHttp(port, path, opts);

/** Starts a download and drops the connection as soon as the first bytes arrive. */
function abortedDownload(): Promise<void> {
	return new Promise((ok) => {
		const req = request({ host: '127.0.0.1', port, path: '/big.bin' }, (res) => {
			res.once('data', () => {
				req.destroy();
				ok();
			});
			res.once('end', () => ok());
		});
		req.on('error', () => ok());
		req.end();
	});
}

function site(): string {
	const root = mkdtempSync(join(tmpdir(), 'lvliang-serve-'));
	const page = (title: string) =>
		`<!doctype html><html><head><meta http-equiv="content-security-policy" content="${PAGE_CSP.replace(/'/g, '&#39;')}"><title>${title}</title></head><body>${title}</body></html>`;
	mkdirSync(join(root, '_app', 'immutable'), { recursive: true });
	mkdirSync(join(root, 'data'));
	writeFileSync(join(root, 'index.html'), page('首页'));
	writeFileSync(join(root, 'search.html'), page('搜索'));
	writeFileSync(join(root, '404.html'), page('没有找到'));
	const js = 'console.log("吕梁办事通");'.repeat(50);
	writeFileSync(join(root, '_app', 'immutable', 'app.abc123.js'), js);
	writeFileSync(join(root, '_app', 'immutable', 'app.abc123.js.br'), brotliCompressSync(js));
	writeFileSync(join(root, '_app', 'immutable', 'app.abc123.js.gz'), gzipSync(js));
	writeFileSync(join(root, 'data', 'core.0123456789abcdef.json'), '{}');
	writeFileSync(join(root, 'big.bin'), Buffer.alloc(BIG_FILE_BYTES, 1));
	writeFileSync(
		join(root, '.csp.map'),
		formatCspMap({
			entries: [['/index.html', `${PAGE_CSP}; frame-ancestors 'none'`]],
			fallback: "default-src 'self'; frame-ancestors 'none'"
		})
	);
	return root;
}

beforeAll(async () => {
	dir = site();
	// A low descriptor limit, as on a small VPS: leaking one descriptor per aborted download exhausts it quickly.
	server = spawn(
		'bash',
		['-c', `ulimit -n ${FD_LIMIT} && exec "${process.execPath}" --import tsx scripts/serve.ts --dir "${dir}" --port 0`],
		{
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	port = await new Promise<number>((ok, fail) => {
		let out = '';
		server.stdout!.on('data', (d: Buffer) => {
			out += d.toString();
			const m = /:(\d+)\s*$/m.exec(out);
			if (m) ok(Number(m[1]));
		});
		server.once('exit', (code) => fail(new Error(`serve.ts exited with ${code}`)));
	});
});

afterAll(() => {
	server?.kill();
	rmSync(dir, { recursive: true, force: true });
});

describe('预览服务器（npm start）', () => {
	it(`连续 ${ABORTED_DOWNLOADS} 次下载到一半断开，在 ulimit -n ${FD_LIMIT} 下仍能正常打开首页`, async () => {
		let started = 0;
		const client = async () => {
			while (started < ABORTED_DOWNLOADS) {
				started++;
				await abortedDownload();
			}
		};
		await Promise.all(Array.from({ length: PARALLEL_CLIENTS }, client));
		expect(server.exitCode).toBeNull();
		const home = await get('/');
		expect(home.status).toBe(200);
		expect(home.body.toString()).toContain('首页');
	}, 120_000);

	it('只接受 GET 和 HEAD，其他方法得到 405', async () => {
		for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
			const r = await get('/', { method });
			expect(r.status, method).toBe(405);
			expect(r.headers.allow, method).toBe('GET, HEAD');
		}
		const head = await get('/', { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(head.body.length).toBe(0);
	});

	it('格式错误的链接 /% 得到 400，不存在的页面得到 404 和 404 页', async () => {
		expect((await get('/%')).status).toBe(400);
		const missing = await get('/service/99999');
		expect(missing.status).toBe(404);
		expect(missing.body.toString()).toContain('没有找到');
	});

	it('借 ..%2F 绕出 /_app/immutable/ 的请求不会得到一年不变的缓存头', async () => {
		for (const path of [
			'/_app/immutable/..%2F..%2Findex.html',
			'/_app/immutable/%2e%2e/%2e%2e/index.html',
			'/_app/immutable/../../index.html'
		]) {
			const r = await get(path);
			expect(r.headers['cache-control'], path).not.toContain('immutable');
		}
		expect((await get('/_app/immutable/nope.js')).headers['cache-control']).toBe('no-cache');
		expect((await get('/_app/immutable/app.abc123.js')).headers['cache-control']).toBe(
			'public, max-age=31536000, immutable'
		);
		expect((await get('/data/core.0123456789abcdef.json')).headers['cache-control']).toBe(
			'public, max-age=31536000, immutable'
		);
		expect((await get('/../../etc/passwd')).status).toBe(404);
		expect((await get('/.csp.map')).status).toBe(404);
	});

	it('预压缩文件按浏览器支持的编码发送，并带 Vary 和 ETag，未改动时回 304', async () => {
		const path = '/_app/immutable/app.abc123.js';
		const br = await get(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers.vary).toBe('Accept-Encoding');
		expect(brotliDecompressSync(br.body).toString()).toContain('吕梁办事通');
		const gz = await get(path, { headers: { 'accept-encoding': 'gzip, br;q=0' } });
		expect(gz.headers['content-encoding']).toBe('gzip');
		const plain = await get(path);
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toContain('吕梁办事通');
		const etag = String(br.headers.etag);
		expect(etag).not.toBe(String(plain.headers.etag));
		const again = await get(path, { headers: { 'accept-encoding': 'br', 'if-none-match': etag } });
		expect(again.status).toBe(304);
		expect(again.body.length).toBe(0);
	});

	it('每个回应都带安全头，页面的 CSP 头与页面里的一致并禁止被嵌入', async () => {
		const home = await get('/');
		expect(home.headers['content-security-policy']).toBe(`${PAGE_CSP}; frame-ancestors 'none'`);
		expect(home.headers['x-content-type-options']).toBe('nosniff');
		expect(home.headers['referrer-policy']).toBe('no-referrer');
		expect(home.headers['permissions-policy']).toContain('camera=()');
		// Fresh 10 minutes: a page opened then reopens offline without a service worker (issue 12).
		expect(home.headers['cache-control']).toBe('public, max-age=600');
		expect((await get('/404.html')).headers['cache-control']).toBe('no-cache');
		const js = await get('/_app/immutable/app.abc123.js');
		expect(js.headers['content-security-policy']).toBe("default-src 'self'; frame-ancestors 'none'");
		expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
	});

	it('很长的分享链接（27 KB 的查询）也能打开', async () => {
		const r = await get(`/search?q=${encodeURIComponent('社保卡'.repeat(1000))}`);
		expect(r.status).toBe(200);
	});

	it('重新构建时文件被删掉，服务器不会崩溃', async () => {
		const file = join(dir, 'rebuilt.html');
		for (let i = 0; i < 200; i++) {
			writeFileSync(file, `<p>${i}</p>`.repeat(1000));
			const pending = get('/rebuilt');
			unlinkSync(file);
			const r = await pending;
			expect([200, 404, 503]).toContain(r.status);
		}
		expect(server.exitCode).toBeNull();
		expect((await get('/')).status).toBe(200);
	});
});
