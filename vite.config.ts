import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { finishBuild, formatReport } from './scripts/lib/finish-build';
import { plainScopePlugin } from './scripts/compat/plain-scope.js';

/** After the static adapter has written build/: .br/.gz beside text assets and the per-page CSP map (deploy issue). */
function finishStaticBuild(): Plugin {
	let ssr = false;
	return {
		name: 'lvliang-finish-build',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		closeBundle: {
			sequential: true,
			order: 'post',
			async handler() {
				// The adapter runs at the end of the server build; the client build has nothing to finish.
				if (!ssr) return;
				console.log(formatReport(await finishBuild('build')));
			}
		}
	};
}

/**
 * Every page starts with the Svelte runtime, SvelteKit's client and the app's preferences. As one chunk they
 * compress together: 1.6 KB gzip less start-up JS on every page than the same code spread over ten chunks
 * (issue 14). Only modules without dynamic imports belong here: SvelteKit stops listing a page's
 * modulepreloads at a chunk it first reached through a dynamic import (check-budgets verifies the list). The city
 * configuration is here for that reason: in a chunk of its own, no page listed it and every page fetched it one
 * round trip late.
 */
const SHELL_CHUNK =
	/node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env)[\\/]|vite[\\/]preload-helper|oxc-project|src[\\/]lib[\\/](state[\\/]prefs\.svelte|domain[\\/]city)\.ts$/;

function shellChunk(): Plugin {
	return {
		name: 'lvliang-shell-chunk',
		apply: 'build',
		config: (_config, env) =>
			env.isSsrBuild
				? undefined
				: {
						build: {
							rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'shell', test: SHELL_CHUNK }] } } }
						}
					}
	};
}

export default defineConfig({
	// plainScopePlugin: Svelte's `:where()` scoping is unreadable to Chrome 86 (issue 19).
	plugins: [plainScopePlugin(), sveltekit(), shellChunk(), finishStaticBuild()],
	// WeChat's Android engine can be as old as Chrome 86 (see DESIGN.md).
	build: { target: ['chrome86', 'safari14'] },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/reliability/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30000
	}
});
