import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { contentVersion } from './scripts/lib/content-version.js';

/**
 * The one inline script of app.html applies 长辈版 before the first paint (no flash of small text). The CSP
 * allows exactly that script by its hash, computed here from the file so the two cannot drift apart.
 */
const inlineScript = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'))?.[1] ?? '';
const inlineScriptHash = `sha256-${createHash('sha256').update(inlineScript).digest('base64')}`;

/** Larger than any route or component stylesheet, smaller than the shared one (about 6 KB). */
const INLINE_CSS_MAX_BYTES = 4096;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Not the `window.__svelte.v` version marker: bytes on every page that no citizen needs. Runes mode for every
	// component, also those with no rune in them: legacy mode's lifecycle code leaves the start-up JS (issue 14).
	compilerOptions: { discloseVersion: false, runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*', '/404'] },
		// Absolute paths: 404.html and the offline shell are served at any URL depth, where relative links would break.
		paths: { relative: false },
		// Route and component CSS goes inline (a few hundred bytes each) so that a page has exactly one
		// render-blocking stylesheet, the shared app.css + layout (issue 14). The CSP allows inline styles.
		inlineStyleThreshold: INLINE_CSS_MAX_BYTES,
		serviceWorker: { register: false },
		version: { name: contentVersion('.'), pollInterval: 0 },
		// Only the app's own origin: no third-party request is ever needed (reliability issue: content safety).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', inlineScriptHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
