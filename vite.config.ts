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

export default defineConfig({
	// plainScopePlugin: Svelte's `:where()` scoping is unreadable to Chrome 86 (issue 19).
	plugins: [plainScopePlugin(), sveltekit(), finishStaticBuild()],
	// WeChat's Android engine can be as old as Chrome 86 (see DESIGN.md).
	build: { target: ['chrome86', 'safari14'] },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/reliability/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30000
	}
});
