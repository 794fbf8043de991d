/**
 * Runs after the static adapter has written build/ (a Vite plugin in vite.config.ts):
 * - writes `.br` and `.gz` beside every text asset, so nginx (gzip_static / brotli_static), a CDN or
 *   scripts/serve.ts send compressed bytes without compressing per request;
 * - writes `.csp.map`, each page's Content-Security-Policy as an nginx `map` include, because SvelteKit's
 *   inline start-up script differs per page and the meta CSP allows it by hash: the CSP header must carry the
 *   same hashes as the page it is sent with, plus `frame-ancestors 'none'` (which a meta CSP cannot express).
 * Same build output, same bytes: brotli and gzip are deterministic (Node writes gzip headers with mtime 0).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Extensions of text assets worth compressing (png is already compressed). */
export const TEXT_EXTENSIONS = ['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt', '.xml', '.csv'];
/** The nginx map file of per-page policies, in build/. A dotfile: deploy/nginx.conf never serves dotfiles. */
export const CSP_MAP = '.csp.map';
/** Appended to every policy sent as a header; a meta CSP cannot forbid framing. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";
/**
 * Brotli 11 for files every visitor fetches (JS, CSS, data, manifests); brotli 5 for the ~1,300 prerendered pages,
 * each fetched once: at 11 they would add over a minute to every build for about 12% fewer bytes.
 */
const BROTLI_MAX = 11;
const BROTLI_PAGES = 5;
const GZIP_LEVEL = 9;
/** Files compressed at once: zlib works in libuv's thread pool, so this uses the cores without flooding memory. */
const CONCURRENCY = 8;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

function walk(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith('.')) continue;
		const full = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...walk(full));
		else out.push(full);
	}
	return out.sort();
}

export function isText(file: string): boolean {
	return TEXT_EXTENSIONS.some((ext) => file.endsWith(ext));
}

function brotliQuality(rel: string): number {
	return rel.endsWith('.html') || rel.startsWith('open-data/') ? BROTLI_PAGES : BROTLI_MAX;
}

export interface CompressionReport {
	files: number;
	bytes: number;
	gzip: number;
	brotli: number;
	/** Brotli bytes per kind of file (html, js, css, json …). */
	brotliByKind: Record<string, number>;
}

export async function precompress(dir: string): Promise<CompressionReport> {
	const files = walk(dir).filter(isText);
	const report: CompressionReport = { files: files.length, bytes: 0, gzip: 0, brotli: 0, brotliByKind: {} };
	let next = 0;
	async function worker(): Promise<void> {
		while (next < files.length) {
			const file = files[next++]!;
			const rel = relative(dir, file).split(sep).join('/');
			const body = readFileSync(file);
			const [b, g] = await Promise.all([
				brotli(body, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: brotliQuality(rel),
						[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
						[constants.BROTLI_PARAM_SIZE_HINT]: body.length
					}
				}),
				gz(body, { level: GZIP_LEVEL })
			]);
			writeFileSync(`${file}.br`, b);
			writeFileSync(`${file}.gz`, g);
			const kind = rel.slice(rel.lastIndexOf('.') + 1);
			report.bytes += body.length;
			report.brotli += b.length;
			report.gzip += g.length;
			report.brotliByKind[kind] = (report.brotliByKind[kind] ?? 0) + b.length;
		}
	}
	await Promise.all(Array.from({ length: CONCURRENCY }, worker));
	return report;
}

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The policy of a page's meta tag, or null when it has none. */
export function metaCsp(html: string): string | null {
	return (
		META_CSP.exec(html)?.[1]
			?.replace(/&#39;/g, "'")
			.replace(/&quot;/g, '"')
			.replace(/&amp;/g, '&') ?? null
	);
}

/** The header form of a page's meta policy. */
export function headerCsp(meta: string): string {
	return `${meta.replace(/;\s*$/, '')}; ${FRAME_ANCESTORS}`;
}

/** For responses that are not pages (the service worker above all): the pages' policy without inline-script hashes. */
export function basePolicy(meta: string): string {
	return meta.replace(/ 'sha(256|384|512)-[^']*'/g, '');
}

/** URL path of a file in build/ → its header policy; `default` for everything else. */
export function cspMap(dir: string): { entries: [string, string][]; fallback: string } {
	const entries: [string, string][] = [];
	let fallback = '';
	for (const file of walk(dir)) {
		if (!file.endsWith('.html')) continue;
		const meta = metaCsp(readFileSync(file, 'utf8'));
		if (!meta) continue;
		const path = `/${relative(dir, file).split(sep).join('/')}`;
		entries.push([path, headerCsp(meta)]);
		if (path === '/404.html' || !fallback) fallback = headerCsp(basePolicy(meta));
	}
	return { entries, fallback: fallback || `default-src 'self'; ${FRAME_ANCESTORS}` };
}

/** nginx map syntax; values never contain double quotes (SvelteKit's directives are quoted with '). */
export function formatCspMap(map: { entries: [string, string][]; fallback: string }): string {
	const lines = [`default "${map.fallback}";`, ...map.entries.map(([path, csp]) => `"${path}" "${csp}";`)];
	return `# Generated by scripts/lib/finish-build.ts: the CSP header of each page (its meta CSP plus ${FRAME_ANCESTORS}).\n${lines.join('\n')}\n`;
}

/** Parses what formatCspMap wrote (for scripts/serve.ts). */
export function parseCspMap(text: string): { entries: Map<string, string>; fallback: string | null } {
	const entries = new Map<string, string>();
	let fallback: string | null = null;
	for (const line of text.split('\n')) {
		const m = /^(?:"([^"]+)"|default) "([^"]*)";$/.exec(line);
		if (!m) continue;
		if (m[1]) entries.set(m[1], m[2]!);
		else fallback = m[2]!;
	}
	return { entries, fallback };
}

export async function finishBuild(dir: string): Promise<CompressionReport> {
	writeFileSync(join(dir, CSP_MAP), formatCspMap(cspMap(dir)));
	return precompress(dir);
}

export function formatReport(r: CompressionReport): string {
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	const kinds = Object.entries(r.brotliByKind)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([k, n]) => `${k} ${kb(n)}`)
		.join(', ');
	return `precompressed ${r.files} text files: ${kb(r.bytes)} → gzip ${kb(r.gzip)}, brotli ${kb(r.brotli)} (${kinds})`;
}
