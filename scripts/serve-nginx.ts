/**
 * `npm run serve:nginx`: the built site under the real nginx with deploy/nginx.conf, as an unprivileged instance on
 * a loopback port (no system service, no root: pid, logs and temp files live in .tmp/nginx-<port>/). The browser
 * tests start it the same way in `npm test` (E2E_SERVER=nginx). Stops nginx when it is stopped.
 *
 *   tsx scripts/serve-nginx.ts [--dir build] [--port 4174]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** Debian's libnginx-mod-http-brotli-static. */
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const ROOT = join(import.meta.dirname, '..');
export const SITE_CONF = join(ROOT, 'deploy', 'nginx.conf');
/** The paths deploy/nginx.conf is written for; only these and the listen line are replaced. */
const DEPLOYED_ROOT = '/srv/lvliang-banshitong/build';
const LISTEN = /^(\s*)listen 80;$/m;

export function missingNginx(): string | undefined {
	if (!existsSync(NGINX)) return `${NGINX} not found (apt-get install -y nginx libnginx-mod-http-brotli-static)`;
	if (!existsSync(BROTLI_STATIC_MODULE))
		return `${BROTLI_STATIC_MODULE} not found (apt-get install -y libnginx-mod-http-brotli-static)`;
	return undefined;
}

/** deploy/nginx.conf for a local instance: the build at `dir`, on 127.0.0.1:port. */
export function localSiteConf(dir: string, port: number): string {
	const conf = readFileSync(SITE_CONF, 'utf8');
	if (!LISTEN.test(conf)) throw new Error(`${SITE_CONF}: no "listen 80;" line to replace`);
	if (!conf.includes(DEPLOYED_ROOT)) throw new Error(`${SITE_CONF}: no ${DEPLOYED_ROOT} to replace`);
	return conf.replace(LISTEN, `$1listen 127.0.0.1:${port};`).split(DEPLOYED_ROOT).join(resolve(dir));
}

/** Writes the main config of a local instance and returns its prefix directory and config file. */
export function prepare(dir: string, port: number): { prefix: string; conf: string } {
	const prefix = resolve(ROOT, '.tmp', `nginx-${port}`);
	rmSync(prefix, { recursive: true, force: true });
	mkdirSync(join(prefix, 'logs'), { recursive: true });
	const site = join(prefix, 'site.conf');
	writeFileSync(site, localSiteConf(dir, port));
	const tmp = (name: string) => `${name}_temp_path ${join(prefix, `${name}_temp`)};`;
	const conf = join(prefix, 'nginx.conf');
	writeFileSync(
		conf,
		[
			`load_module ${BROTLI_STATIC_MODULE};`,
			'daemon off;',
			'worker_processes 1;',
			`pid ${join(prefix, 'nginx.pid')};`,
			`error_log ${join(prefix, 'logs', 'error.log')} warn;`,
			'events { worker_connections 512; }',
			'http {',
			`    access_log ${join(prefix, 'logs', 'access.log')};`,
			`    ${tmp('client_body')} ${tmp('proxy')} ${tmp('fastcgi')} ${tmp('uwsgi')} ${tmp('scgi')}`,
			'    sendfile on;',
			`    include ${site};`,
			'}',
			''
		].join('\n')
	);
	return { prefix, conf };
}

/** Checks the config with `nginx -t`; throws nginx's own message when it is wrong. */
export function testConfig(prefix: string, conf: string): void {
	const r = spawnSync(NGINX, ['-t', '-q', '-p', prefix, '-c', conf], { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`nginx -t failed:\n${r.stderr}`);
}

/** Starts nginx in the foreground (as a child of this process) and resolves once it answers. */
export async function startNginx(opts: {
	dir: string;
	port: number;
}): Promise<{ child: ChildProcess; url: string; stop: () => Promise<void> }> {
	const missing = missingNginx();
	if (missing) throw new Error(missing);
	const { prefix, conf } = prepare(opts.dir, opts.port);
	testConfig(prefix, conf);
	const child = spawn(NGINX, ['-p', prefix, '-c', conf], { stdio: ['ignore', 'inherit', 'inherit'] });
	const url = `http://127.0.0.1:${opts.port}`;
	const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
	const stop = async () => {
		// SIGQUIT: graceful shutdown of master and worker.
		if (child.exitCode === null) child.kill('SIGQUIT');
		await exited;
	};
	const READY_TIMEOUT_MS = 10_000;
	const POLL_MS = 50;
	const deadline = Date.now() + READY_TIMEOUT_MS;
	for (;;) {
		if (child.exitCode !== null)
			throw new Error(`nginx exited with ${child.exitCode}; see ${join(prefix, 'logs', 'error.log')}`);
		try {
			await fetch(`${url}/`, { method: 'HEAD' });
			return { child, url, stop };
		} catch {
			if (Date.now() > deadline) {
				await stop();
				throw new Error(`nginx did not answer on ${url} within ${READY_TIMEOUT_MS} ms`);
			}
			await new Promise((ok) => setTimeout(ok, POLL_MS));
		}
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const arg = (name: string, fallback: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
	};
	const { url, stop, child } = await startNginx({ dir: arg('dir', 'build'), port: Number(arg('port', '4174')) });
	process.stdout.write(`吕梁办事通（nginx）已启动：${url}\n`);
	for (const signal of ['SIGINT', 'SIGTERM'] as const)
		process.on(signal, () => void stop().then(() => process.exit(0)));
	child.once('exit', (code) => process.exit(code ?? 1));
}
