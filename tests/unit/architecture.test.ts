/**
 * The layering ARCHITECTURE.md describes, checked on the source: no import cycles in $lib, and the pure
 * domain imports neither Svelte, Dexie nor the data layer.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = 'src/lib';

const isSource = (name: string) => /\.(ts|svelte)$/.test(name) && !name.endsWith('.test.ts');

function files(dir: string, keep: (name: string) => boolean = isSource): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (name === 'node_modules') return [];
		if (statSync(path).isDirectory()) return files(path, keep);
		return keep(name) ? [path] : [];
	});
}

/** Runtime imports (type-only imports vanish at build time and cannot form a cycle). */
function runtimeImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specs: string[] = [];
	for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm))
		specs.push(m[1]!);
	for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
	return specs;
}

function resolveSpec(from: string, spec: string, known: Set<string>): string | null {
	const base = spec.startsWith('$lib/')
		? join(LIB, spec.slice(5))
		: spec.startsWith('.')
			? join(dirname(from), spec)
			: null;
	if (!base) return null;
	for (const candidate of [base, `${base}.ts`, join(base, 'index.ts'), base.replace(/\.js$/, '.ts')]) {
		const rel = relative('.', resolve(candidate));
		if (known.has(rel)) return rel;
	}
	return null;
}

const all = files(LIB);
const known = new Set(all);
const graph = new Map(all.map((f) => [f, runtimeImports(f).flatMap((s) => resolveSpec(f, s, known) ?? [])]));

describe('代码分层', () => {
	it('$lib has no import cycles', () => {
		const cycles: string[] = [];
		const state = new Map<string, 'open' | 'done'>();
		const stack: string[] = [];
		const visit = (f: string): void => {
			state.set(f, 'open');
			stack.push(f);
			for (const to of graph.get(f) ?? []) {
				if (state.get(to) === 'open') cycles.push([...stack.slice(stack.indexOf(to)), to].join(' → '));
				else if (!state.has(to)) visit(to);
			}
			stack.pop();
			state.set(f, 'done');
		};
		for (const f of all) if (!state.has(f)) visit(f);
		expect(cycles).toEqual([]);
	});

	it('the domain imports no Svelte, Dexie, DOM-bound or data-layer code', () => {
		const offenders = all
			.filter((f) => f.startsWith(join(LIB, 'domain')))
			.flatMap((f) =>
				runtimeImports(f)
					.filter(
						(s) =>
							/^(svelte|dexie|workbox|\$app\/|\$lib\/(data|state|components)\/)/.test(s) ||
							/^\.\.\/(?:\.\.\/)?(data|state|components)\//.test(s)
					)
					.map((s) => `${f}: ${s}`)
			);
		expect(offenders).toEqual([]);
	});

	it('no component uses bind: (Svelte’s binding code would be in every page’s start-up JS, issue 14)', () => {
		const svelteFiles = files('src').filter((f) => f.endsWith('.svelte'));
		const bound = svelteFiles.flatMap((f) =>
			[...readFileSync(f, 'utf8').matchAll(/\bbind:[a-zA-Z]+(?:=\{|[\s/>])/g)].map((m) => `${f}: ${m[0].trim()}`)
		);
		expect(bound).toEqual([]);
	});
});

describe('单元测试互不影响', () => {
	// vite.config.ts runs the unit tests without isolation (one module registry per worker, 4× faster): a test file
	// may then change nothing another file could see. Module mocks and stubbed globals would leak; spies must be
	// restored after each test.
	const testFiles = ['src', 'scripts', 'tests'].flatMap((dir) => files(dir, (name) => name.endsWith('.test.ts')));

	it('no test file mocks a module, stubs a global or fakes the clock', () => {
		const leaks = testFiles.flatMap((f) =>
			[...readFileSync(f, 'utf8').matchAll(/\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers)\(/g)].map(
				(m) => `${f}: vi.${m[1]}`
			)
		);
		expect(leaks).toEqual([]);
	});

	it('every test file that spies restores its spies after each test', () => {
		const unrestored = testFiles.filter((f) => {
			const code = readFileSync(f, 'utf8');
			return /\bvi\.spyOn\(/.test(code) && !/afterEach\(\(\) => vi\.restoreAllMocks\(\)\)/.test(code);
		});
		expect(unrestored).toEqual([]);
	});
});
