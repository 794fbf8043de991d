/**
 * A small static file server for the built site (build/), behaving like the static host the app is
 * deployed to: clean URLs map to prerendered .html files, unknown paths get 404.html with status 404,
 * hashed assets are immutable, everything else is revalidated. Used by `npm start` and the browser tests.
 *
 *   tsx scripts/serve.ts [--dir build] [--port 4173]
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml'
};

const IMMUTABLE = /^\/(_app\/immutable\/|data\/[a-z0-9-]+\.[0-9a-f]{8,}\.json$)/;

function fileAt(root: string, path: string): string | null {
	const full = resolve(root, `.${normalize(path)}`);
	if (full !== root && !full.startsWith(root + sep)) return null;
	try {
		return statSync(full).isFile() ? full : null;
	} catch {
		return null;
	}
}

/** Resolves a URL path the way static hosts do: exact file, then .html, then /index.html. */
export function resolvePath(root: string, pathname: string): string | null {
	const clean = pathname.replace(/\/+$/, '') || '/';
	return (
		fileAt(root, clean) ??
		fileAt(root, `${clean}.html`) ??
		fileAt(root, join(clean, 'index.html'))
	);
}

export function startServer(opts: { dir: string; port: number; host?: string }): Promise<{ server: Server; url: string }> {
	const root = resolve(opts.dir);
	const server = createServer((req, res) => {
		let pathname: string;
		try {
			pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		} catch {
			pathname = '/404';
		}
		const file = resolvePath(root, pathname);
		const target = file ?? fileAt(root, '/404.html');
		if (!target) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
			return;
		}
		const headers: Record<string, string> = {
			'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
			'cache-control': file && IMMUTABLE.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
			'x-content-type-options': 'nosniff'
		};
		if (pathname === '/service-worker.js') headers['service-worker-allowed'] = '/';
		res.writeHead(file ? 200 : 404, headers);
		if (req.method === 'HEAD') {
			res.end();
			return;
		}
		createReadStream(target).pipe(res);
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
	const { url } = await startServer({ dir: arg('dir', 'build'), port: Number(arg('port', '4173')), host: arg('host', '127.0.0.1') });
	process.stdout.write(`吕梁办事通 已启动：${url}\n`);
}
