/**
 * The app's version as SvelteKit and the service worker see it: a hash of everything the site is built from.
 * SvelteKit's default is the build's clock time, which made every rebuild of unchanged sources different: each
 * deploy renamed every code file, and every installed copy showed 新版本可用 and downloaded all its code again for
 * nothing. Same sources, same version, same bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What the client build reads: the app, its built data and static files, the build's own code and settings. */
export const BUILD_INPUTS = ['src', 'static', 'scripts', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

/** Hex digits kept: 48 bits, plenty to tell two deploys apart. */
const VERSION_HEX_DIGITS = 12;

/** @param {string} path @returns {string[]} files under `path` (or `path` itself), in a stable order */
function filesUnder(path) {
	const stat = statSync(path, { throwIfNoEntry: false });
	if (!stat) return [];
	if (!stat.isDirectory()) return [path];
	return readdirSync(path)
		.sort()
		.flatMap((name) => filesUnder(join(path, name)));
}

/**
 * @param {string} root the project folder
 * @param {readonly string[]} inputs files and folders under `root`
 * @returns {string}
 */
export function contentVersion(root, inputs = BUILD_INPUTS) {
	const hash = createHash('sha256');
	for (const file of inputs.flatMap((input) => filesUnder(join(root, input)))) {
		// The path as written on any system, then the bytes: a renamed file changes the version too.
		hash.update(relative(root, file).split(sep).join('/')).update('\0').update(readFileSync(file)).update('\0');
	}
	return hash.digest('hex').slice(0, VERSION_HEX_DIGITS);
}
