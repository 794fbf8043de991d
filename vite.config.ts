import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { dirname, join } from 'node:path';
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

/**
 * The small components of the content pages that show where a fact comes from and how to reach its office (phone
 * links, citations, source notes, 文号 read digit by digit) and the formatting they use. Each alone would be a chunk
 * of its own, shared by a different set of pages, and a chunk costs its import list and its own compression
 * window. Together: 0.2 KB gzip less start-up JS on the benefit page, the largest (39.9 KB). Pages that use only
 * some of them carry the others: 给窗口看, which formats its numbers itself, +0.9 KB (39.4); the others +0.35 KB at
 * most. A separate chunk for the formatting spares 给窗口看 that, but puts 0.1 KB back on the benefit page (measured in
 * issue 14's session 9).
 */
const SOURCES_CHUNK =
	/src[\\/]lib[\\/](components[\\/](PhoneLink|Citation|SourceNote|Digits)\.svelte|domain[\\/]format[\\/](phone|spoken)\.ts)$/;

/**
 * Syntax lowering of the client code, leaner than the bundler's reading of `build.target` (issue 14):
 * - Optional chaining (`a?.b`) is rewritten for every Chrome before 91 because of one V8 bug there (a call with
 *   spread arguments inside an optional chain, crbug.com/v8/11558), although Chrome 86 runs `?.` itself. Lowering
 *   as for Chrome 91 keeps `?.` as written. The other syntax Chrome 87–91 added (`#x in obj`, the RegExp `d` flag,
 *   top-level await) cannot be lowered anyway, and the compat gate (scripts/compat/js-syntax.ts) fails the build on
 *   it, on a spread call inside an optional chain and on everything else Chrome 86 or Safari 14.1 cannot parse.
 *   0.67 KB gzip less on every page.
 * - Class fields are still rewritten as constructor code (Safari before 16), but as plain assignments rather than
 *   a `defineProperty` helper call each: no field in Svelte, SvelteKit or the app is shadowed by an accessor (Error's
 *   `name`/`message` are data properties, Dexie declares no accessor for AppDb's table fields). 0.26 KB less.
 * CSS keeps `build.target`.
 */
const CLIENT_SYNTAX = {
	target: ['chrome91', 'safari14'],
	assumptions: { setPublicClassFields: true }
};

function leanSyntax(): Plugin {
	return {
		name: 'lvliang-lean-syntax',
		apply: 'build',
		config: () => ({ build: { rolldownOptions: { transform: CLIENT_SYNTAX } } })
	};
}

/**
 * Dexie's package entry for `import` is a wrapper around its CommonJS build, which makes the bundler add its
 * CommonJS interop helpers to the runtime chunk that every page loads, although only the database code needs them.
 * Its ES module build is the same code (what the wrapper guards against, two copies of Dexie in one page, cannot
 * happen in one bundle): 0.2 KB gzip less start-up JS on every page (issue 14).
 */
function dexieEsm(): Plugin {
	return {
		name: 'lvliang-dexie-esm',
		apply: 'build',
		config: (_config, env) =>
			env.isSsrBuild ? undefined : { resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/dexie.mjs' }] } }
	};
}

function shellChunk(): Plugin {
	return {
		name: 'lvliang-shell-chunk',
		apply: 'build',
		config: (_config, env) =>
			env.isSsrBuild
				? undefined
				: {
						build: {
							rolldownOptions: {
								output: {
									codeSplitting: {
										// A group takes in what its modules import; the shell's own modules stay in the shell.
										groups: [
											{ name: 'shell', test: SHELL_CHUNK, priority: 10 },
											{ name: 'sources', test: SOURCES_CHUNK, priority: 5 }
										]
									}
								}
							}
						}
					}
	};
}

/**
 * Vite lists, beside each dynamic `import()`, every chunk the imported code needs, and fetches them in parallel
 * (`__vite__mapDeps`). Those lists are part of the start-up JS of every page (app.js alone lists every route's
 * chunks) and name many chunks that are always loaded by then: the shell, the root layout and what the importing
 * chunk imports itself. Preloading those does nothing, so they are left out; what is left still loads in
 * parallel. A list of only the imported chunk itself (no CSS, nothing else) is dropped too: `import()` fetches it
 * at the same moment. (Issue 14.)
 */
function leanPreloads() {
	/** Per chunk: the chunks it imports statically, and whether it brings CSS. */
	const chunks = new Map<string, { imports: string[]; css: boolean }>();
	const alwaysLoaded = new Set<string>();
	const closure = (start: string[], into = new Set<string>()) => {
		const visit = (file: string) => {
			if (into.has(file)) return;
			into.add(file);
			chunks.get(file)?.imports.forEach(visit);
		};
		start.forEach(visit);
		return into;
	};
	const plugin: Plugin = {
		name: 'lvliang-lean-preloads',
		apply: 'build',
		generateBundle: {
			// Before Vite's import analysis, which calls resolveDependencies below.
			order: 'pre',
			handler(_options, bundle) {
				chunks.clear();
				alwaysLoaded.clear();
				const starts: string[] = [];
				for (const chunk of Object.values(bundle)) {
					if (chunk.type !== 'chunk') continue;
					chunks.set(chunk.fileName, {
						imports: chunk.imports,
						css: (chunk.viteMetadata?.importedCss.size ?? 0) > 0
					});
					// SvelteKit's start and app entries, and the root layout's node: every page runs them first.
					const kitEntry = /(^|\/)entry\/(start|app)\.[^/]+\.js$/.test(chunk.fileName);
					const layoutNode = /client-optimized[\\/]nodes[\\/]0\.js$/.test(chunk.facadeModuleId ?? '');
					if (kitEntry || layoutNode) starts.push(chunk.fileName);
				}
				closure(starts, alwaysLoaded);
			}
		}
	};
	const resolveDependencies = (file: string, deps: string[], { hostId }: { hostId: string }): string[] => {
		if (!chunks.size) return deps;
		const loaded = closure([hostId], new Set(alwaysLoaded));
		const needed = deps.filter((dep) => !loaded.has(dep));
		const bringsCss = [...closure([file])].some((dep) => !loaded.has(dep) && chunks.get(dep)?.css);
		return needed.length === 1 && needed[0] === file && !bringsCss ? [] : needed;
	};
	return { plugin, resolveDependencies };
}
const preloads = leanPreloads();

/**
 * Svelte's `bind:clientWidth`/`bind:contentRect` helpers (bindings/size.js) create their ResizeObservers at module
 * level, which for Chrome 86/Safari 14 compiles to a call the bundler must keep: the module landed in every
 * page's start-up JS although no component binds a size. Without side effects it is kept only where used.
 */
const UNUSED_IF_UNIMPORTED =
	/node_modules[\\/]svelte[\\/]src[\\/]internal[\\/]client[\\/]dom[\\/]elements[\\/]bindings[\\/]size\.js$/;

/**
 * SvelteKit's client imports Svelte as a namespace (`import * as svelte from 'svelte'`) and reads it with `?.`
 * and `??`, which makes the bundler keep the whole namespace object, hence every export of Svelte, used or not
 * (createEventDispatcher, hydratable, …). Named imports of the four it reads keep only those, and `fork` only
 * when kit's experimental forkPreloads is on (kit reads it behind that flag alone).
 */
const KIT_CLIENT = /node_modules[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;
const KIT_SVELTE_NAMESPACE = "import * as svelte from 'svelte';";
const KIT_SVELTE_NAMED =
	"import { fork as kit_fork, settled as kit_settled, tick as kit_tick, untrack as kit_untrack } from 'svelte';" +
	'const svelte = { fork: __SVELTEKIT_FORK_PRELOADS__ ? kit_fork : undefined, settled: kit_settled, tick: kit_tick, untrack: kit_untrack };';

/** SvelteKit's generated root module, replaced by src/lib/state/kit-root.svelte.ts when it is exactly this. */
const KIT_ROOT = /[\\/]\.svelte-kit[\\/]generated[\\/]root\.js$/;
const KIT_ROOT_CLASS = [
	"import { asClassComponent } from 'svelte/legacy';",
	"import Root from './root.svelte';",
	'export default asClassComponent(Root);'
].join('\n');
const KIT_ROOT_LEAN = [
	"import { kitRoot } from '$lib/state/kit-root.svelte';",
	"import Root from './root.svelte';",
	'export default kitRoot(Root);'
].join('\n');

function pureSvelteParts(): Plugin {
	return {
		name: 'lvliang-pure-svelte-parts',
		apply: 'build',
		transform: {
			filter: { id: [UNUSED_IF_UNIMPORTED, KIT_CLIENT, KIT_ROOT] },
			handler(code, id, options) {
				if (UNUSED_IF_UNIMPORTED.test(id)) return { code, moduleSideEffects: false };
				if (KIT_ROOT.test(id)) return !options?.ssr && code.trim() === KIT_ROOT_CLASS ? KIT_ROOT_LEAN : null;
				const uses = new Set(code.match(/\bsvelte\.(?!dev\b|js\b)[A-Za-z_]+/g));
				const known = ['svelte.fork', 'svelte.settled', 'svelte.tick', 'svelte.untrack'];
				// A SvelteKit that reads anything else from Svelte keeps its own import.
				if (!code.includes(KIT_SVELTE_NAMESPACE) || [...uses].some((u) => !known.includes(u))) return null;
				return { code: code.replace(KIT_SVELTE_NAMESPACE, KIT_SVELTE_NAMED), map: null };
			}
		}
	};
}

/**
 * SvelteKit's generated app.js: its `nodes` list of route loaders, each with Vite's list of the chunks and
 * stylesheets that route needs, moves to a chunk loaded on the first navigation to a route not yet loaded
 * (src/lib/data/route-nodes.ts says why). 1.2 KB gzip less start-up JS on every page (issue 14). Done only when
 * the list is exactly one `import()` per node in order, as kit writes it; otherwise app.js stays as it is.
 */
const KIT_APP = /[\\/]\.svelte-kit[\\/]generated[\\/]client-optimized[\\/]app\.js$/;
const KIT_NODES = /^export const nodes = \[([^\]]*)\];$/m;
const ROUTE_NODES_ID = 'virtual:kit-route-nodes';
const ROUTE_NODES_RESOLVED = '\0kit-route-nodes.js';

function leanRouteNodes(): Plugin {
	let routeNodes: string | undefined;
	return {
		name: 'lvliang-lean-route-nodes',
		apply: 'build',
		resolveId: (id) => (id === ROUTE_NODES_ID ? ROUTE_NODES_RESOLVED : null),
		load: (id) => (id === ROUTE_NODES_RESOLVED ? routeNodes : null),
		transform: {
			filter: { id: KIT_APP },
			handler(code, id, options) {
				if (options?.ssr) return null;
				const list = KIT_NODES.exec(code)?.[1];
				if (list === undefined) return null;
				const entries = list.split(',').map((entry) => entry.trim());
				const expected = entries.map((_, i) => `() => import('./nodes/${i}')`);
				if (entries.join() !== expected.join()) return null;
				const dir = dirname(id);
				routeNodes = `export const nodes = [${entries.map((_, i) => `() => import(${JSON.stringify(join(dir, 'nodes', String(i)))})`).join(',')}];`;
				const lean =
					"import { routeNodes } from '$lib/data/route-nodes';" +
					`export const nodes = routeNodes(${entries.length}, () => import('${ROUTE_NODES_ID}'));`;
				return { code: code.replace(KIT_NODES, lean), map: null };
			}
		}
	};
}

export default defineConfig({
	// plainScopePlugin: Svelte's `:where()` scoping is unreadable to Chrome 86 (issue 19).
	plugins: [
		plainScopePlugin(),
		sveltekit(),
		pureSvelteParts(),
		leanRouteNodes(),
		leanSyntax(),
		dexieEsm(),
		shellChunk(),
		preloads.plugin,
		finishStaticBuild()
	],
	// WeChat's Android engine can be as old as Chrome 86 (see DESIGN.md).
	build: {
		target: ['chrome86', 'safari14'],
		modulePreload: { resolveDependencies: preloads.resolveDependencies }
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/reliability/**/*.test.ts'],
		environment: 'node',
		// One module registry per worker instead of one per file: importing zod, the data bundle and the domain again
		// for each of 60-odd files took three times as long as the tests (72 s against 19 s on 2 cores). Safe because
		// no test file changes what another can see (tests/unit/architecture.test.ts, 「单元测试互不影响」).
		isolate: false,
		testTimeout: 30000
	}
});
