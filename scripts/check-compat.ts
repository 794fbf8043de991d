/**
 * The compatibility gate (part of `npm test`, after the site build): the built site must work on the engines of
 * package.json's `browserslist` (WeChat's Chrome-86-era Android engine, iOS 14.5+).
 *   - CSS: every built stylesheet and every inline <style>, checked with doiuse against caniuse data. Any feature the
 *     engines lack or only partly support fails, unless scripts/compat/css-compat.ts lists that use as harmless.
 *   - JS: every built client chunk and the service worker parsed as those engines would (scripts/compat/js-syntax.ts).
 * Browser APIs (Array.prototype.at, structuredClone, …) are checked in the source by eslint-plugin-compat (eslint).
 *
 *   tsx scripts/check-compat.ts [--dir build]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cssFindings, inlineStyles, targetBrowsers } from './compat/css-compat';
import { syntaxFindings } from './compat/js-syntax';

const dirArg = process.argv.indexOf('--dir');
const DIR = dirArg > 0 ? (process.argv[dirArg + 1] ?? 'build') : 'build';

function files(dir: string, ext: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith(ext))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

const browsers = targetBrowsers();
const problems: string[] = [];
const allowed = new Map<string, number>();
let sheets = 0;

function checkCss(css: string, where: string): void {
	sheets++;
	for (const f of cssFindings(css, browsers, where)) {
		if (f.allowed) allowed.set(`${f.feature}: ${f.allowed}`, (allowed.get(`${f.feature}: ${f.allowed}`) ?? 0) + 1);
		else problems.push(`${where}:${f.line}:${f.column}: ${f.feature} in \`${f.text}\`: ${f.message}`);
	}
}

for (const file of files(DIR, '.css')) checkCss(readFileSync(file, 'utf8'), relative('.', file));

// Many pages share the same inline styles: check each distinct one once, named by its first page.
const seen = new Set<string>();
for (const file of files(DIR, '.html')) {
	inlineStyles(readFileSync(file, 'utf8')).forEach((css, i) => {
		const key = createHash('sha256').update(css).digest('hex');
		if (seen.has(key)) return;
		seen.add(key);
		checkCss(css, `${relative('.', file)} <style> #${i + 1}`);
	});
}

const chunks = files(DIR, '.js');
for (const file of chunks) {
	// The service worker is a classic script; the app's chunks are ES modules.
	const sourceType = file.endsWith('service-worker.js') ? 'script' : 'module';
	for (const f of syntaxFindings(readFileSync(file, 'utf8'), sourceType))
		problems.push(`${relative('.', file)}:${f.line}:${f.column}: ${f.what}`);
}

process.stdout.write(
	`targets: ${browsers.join(', ')}\n${sheets} stylesheets (files and distinct inline <style>), ${chunks.length} scripts checked\n`
);
if (allowed.size)
	process.stdout.write(`allowed partial support:\n${[...allowed].map(([k, n]) => `  ${n}× ${k}`).join('\n')}\n`);
if (problems.length) {
	process.stdout.write(
		`\n${problems.length} uses the target engines cannot handle:\n${problems.map((p) => `  ${p}`).join('\n')}\n`
	);
	process.exit(1);
}
process.stdout.write('compatible: no feature the target engines drop\n');
