/**
 * The zero-install preview of the built site (build/), answering like deploy/nginx.conf does so that the preview
 * never misleads: clean URLs map to prerendered .html files, unknown paths get 404.html with status 404, only GET
 * and HEAD are allowed, precompressed .br/.gz files are sent with Content-Encoding and Vary, ETags give 304s,
 * hashed assets are immutable and everything else is revalidated, and every response carries the same security
 * headers. Used by `npm start` and the browser tests; `npm run serve:nginx` runs the real server.
 *
 *   tsx scripts/serve.ts [--dir build] [--port 4173]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, readFileSync, statSync, type Stats } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { CSP_MAP, FRAME_ANCESTORS, parseCspMap } from './lib/finish-build';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.csv': 'text/csv; charset=utf-8'
};

/** Content-hashed files: their name changes whenever their bytes do. */
export const IMMUTABLE = /^\/(_app\/immutable\/.+|data\/[a-z0-9-]+\.[0-9a-f]{8,}\.json)$/;
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';
/**
 * Pages (issue 12): kept fresh for 10 minutes, so that without a service worker (iPhone WeChat) a page opened
 * in that time reopens offline from the browser's cache, its hashed code with it. Measured in Chromium with
 * service workers blocked: \`no-cache\` and \`stale-while-revalidate\` both fail offline. Longer would delay updates
 * of the pages themselves (the data is checked apart, through data/manifest.json) and asks the host to keep the
 * previous build's hashed files that long.
 */
export const CACHE_PAGE = 'public, max-age=600';
/** Served only to the service worker or as an error page: always revalidated. */
const UNCACHED_PAGES = new Set(['/200.html', '/404.html']);
/** Features the app never uses; web-share, clipboard-write (分享) and fullscreen (给窗口看) stay allowed. */
export const PERMISSIONS_POLICY =
	'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()';
export const SECURITY_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'permissions-policy': PERMISSIONS_POLICY,
	'x-frame-options': 'DENY'
};
/** A long shared 收藏 list or search fits in a request line this long (nginx: large_client_header_buffers 4 64k). */
export const MAX_HEADER_BYTES = 64 * 1024;
const ALLOWED_METHODS = 'GET, HEAD';
/** Precompressed siblings in order of preference. */
const ENCODINGS = [
	{ token: 'br', ext: '.br' },
	{ token: 'gzip', ext: '.gz' }
] as const;

function statFile(full: string): Stats | null {
	try {
		const s = statSync(full);
		return s.isFile() ? s : null;
	} catch {
		return null;
	}
}

interface Found {
	/** URL path of the file inside the root, e.g. /service/35.html. */
	path: string;
	full: string;
	stat: Stats;
}

function fileAt(root: string, path: string): Found | null {
	const rel = normalize(`/${path}`).split(sep).join('/');
	const full = resolve(root, `.${rel}`);
	if (full !== root && !full.startsWith(root + sep)) return null;
	// Dotfiles (the CSP map) are build metadata, not part of the site.
	if (rel.split('/').some((part) => part.startsWith('.'))) return null;
	const stat = statFile(full);
	return stat ? { path: rel, full, stat } : null;
}

/** Resolves a URL path the way static hosts do: exact file, then .html, then /index.html. */
export function resolvePath(root: string, pathname: string): string | null {
	return find(root, pathname)?.full ?? null;
}

function find(root: string, pathname: string): Found | null {
	const clean = pathname.replace(/\/+$/, '') || '/';
	return fileAt(root, clean) ?? fileAt(root, `${clean}.html`) ?? fileAt(root, join(clean, 'index.html'));
}

/** Encodings the client accepts (q=0 means refused). */
function accepted(header: string | undefined): Set<string> {
	const out = new Set<string>();
	for (const part of (header ?? '').split(',')) {
		const [token, ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => /^\s*q=([0-9.]+)/.exec(p)?.[1]).find(Boolean);
		if (token && (q === undefined || Number(q) > 0)) out.add(token);
	}
	return out;
}

/** Per-page CSP from build/.csp.map, reread when a rebuild replaces it. */
function cspLookup(root: string): (path: string) => string {
	let cached: { mtimeMs: number; map: ReturnType<typeof parseCspMap> } | null = null;
	return (path) => {
		const file = join(root, CSP_MAP);
		const stat = statFile(file);
		if (!stat) return FRAME_ANCESTORS;
		if (!cached || cached.mtimeMs !== stat.mtimeMs) {
			try {
				cached = { mtimeMs: stat.mtimeMs, map: parseCspMap(readFileSync(file, 'utf8')) };
			} catch {
				return FRAME_ANCESTORS;
			}
		}
		return cached.map.entries.get(path) ?? cached.map.fallback ?? FRAME_ANCESTORS;
	};
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
	res.writeHead(status, {
		...SECURITY_HEADERS,
		'content-type': 'text/plain; charset=utf-8',
		'cache-control': CACHE_REVALIDATE,
		...headers
	});
	res.end(text);
}

export function startServer(opts: {
	dir: string;
	port: number;
	host?: string;
}): Promise<{ server: Server; url: string }> {
	const root = resolve(opts.dir);
	const csp = cspLookup(root);

	function handle(req: IncomingMessage, res: ServerResponse): void {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			plain(res, 405, '405 只支持 GET 和 HEAD', { allow: ALLOWED_METHODS });
			return;
		}
		let pathname: string;
		try {
			pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		} catch {
			// A malformed escape such as /% is a bad request (nginx answers 400 too).
			plain(res, 400, '400 链接格式不正确');
			return;
		}
		if (pathname.includes('\0')) {
			plain(res, 400, '400 链接格式不正确');
			return;
		}
		const found = find(root, pathname);
		const target = found ?? fileAt(root, '/404.html');
		if (!target) {
			plain(res, 404, '404');
			return;
		}
		const status = found ? 200 : 404;
		const type = TYPES[extname(target.full)] ?? 'application/octet-stream';
		// The immutable header depends on the file actually served, never on the raw request path.
		const immutable = status === 200 && IMMUTABLE.test(target.path);
		const accepts = accepted(req.headers['accept-encoding']);
		let body = target.full;
		let size = target.stat.size;
		let encoding: string | null = null;
		let hasSiblings = false;
		for (const e of ENCODINGS) {
			const stat = statFile(target.full + e.ext);
			// A sibling older than its file is stale (the file was rewritten after the build): never serve it.
			if (!stat || stat.mtimeMs < target.stat.mtimeMs) continue;
			hasSiblings = true;
			if (!encoding && accepts.has(e.token)) {
				encoding = e.token;
				body = target.full + e.ext;
				size = stat.size;
			}
		}
		const etag = `"${Math.floor(target.stat.mtimeMs).toString(16)}-${target.stat.size.toString(16)}${encoding ? `-${encoding}` : ''}"`;
		const headers: Record<string, string> = {
			...SECURITY_HEADERS,
			'content-security-policy': csp(target.path),
			'content-type': type,
			'cache-control': immutable
				? CACHE_IMMUTABLE
				: status === 200 && target.path.endsWith('.html') && !UNCACHED_PAGES.has(target.path)
					? CACHE_PAGE
					: CACHE_REVALIDATE,
			etag
		};
		if (hasSiblings) headers.vary = 'Accept-Encoding';
		if (status === 200 && req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
			res.writeHead(304, headers).end();
			return;
		}
		if (encoding) headers['content-encoding'] = encoding;
		headers['content-length'] = String(size);
		if (req.method === 'HEAD') {
			res.writeHead(status, headers).end();
			return;
		}
		const stream = createReadStream(body);
		// The client may be gone (and pipeline may have answered 503) before the file opens: writing headers then
		// would throw outside any handler and end the process.
		stream.once('open', () => {
			if (!res.headersSent && !res.destroyed) res.writeHead(status, headers);
		});
		// pipeline closes the file when the client goes away and reports read errors (a rebuild deleting the
		// file: ENOENT) instead of throwing them out of the process.
		pipeline(stream, res, (err) => {
			if (!err) return;
			if (!res.headersSent) plain(res, 503, '503 网站正在更新，请稍后刷新');
			else res.destroy();
		});
	}

	const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
		try {
			handle(req, res);
		} catch {
			if (!res.headersSent) plain(res, 500, '500');
			else res.destroy();
		}
	});
	// A client that resets its connection must never take the server down.
	server.on('clientError', (_err, socket) => {
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
		else socket.destroy();
	});
	return new Promise((ok) => {
		server.listen(opts.port, opts.host ?? '127.0.0.1', () => {
			const addr = server.address();
			const port = typeof addr === 'object' && addr ? addr.port : opts.port;
			ok({ server, url: `http://${opts.host ?? '127.0.0.1'}:${port}` });
		});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const arg = (name: string, fallback: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
	};
	const { url } = await startServer({
		dir: arg('dir', 'build'),
		port: Number(arg('port', '4173')),
		host: arg('host', '127.0.0.1')
	});
	process.stdout.write(`吕梁办事通 已启动：${url}\n`);
}
