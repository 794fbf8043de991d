/**
 * `npm test`: every check the project gates on, with one summary line at the end:
 *   N passed, N failed
 * Static checks count as one test each; vitest and Playwright tests count one per test (from their JSON
 * reports, since CI reads neither runner's own summary). Exits non-zero on any failure.
 *
 * Independent stages run side by side (TEST_JOBS slots, default 2 = the cores CI has), in the order listed once
 * their inputs are ready: the browser tests, the longest, right after the site build. Each stage's output is
 * printed whole when it ends, so logs of parallel stages never interleave. `svelte-check` already type-checks
 * scripts/, tests/ and bench/ through tsconfig.json, so there is no separate `tsc` pass.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from './lib/chromium';
import { missingNginx } from './serve-nginx';

const TMP = '.tmp';
const JOBS = Math.max(1, Number(process.env.TEST_JOBS ?? Math.min(2, cpus().length)));
/** Fault and bad-input cases (tests/reliability/), tallied across both runners for the reliability report. */
const RELIABILITY_DIR = 'tests/reliability/';

interface Suite {
	file: string;
	specs?: { ok: boolean }[];
	suites?: Suite[];
}
interface Counts {
	passed: number;
	failed: number;
}
interface Stage {
	name: string;
	after?: string[];
	/** Runs the stage and returns its counts; `false` from a plain command counts as one failure. */
	run: (name: string) => Promise<Counts>;
	/** Why the stage cannot run here (then it counts as one failure without running). */
	skip?: () => string | undefined;
}

mkdirSync(TMP, { recursive: true });
const reliability: Counts = { passed: 0, failed: 0 };
const failures: string[] = [];

function tallyReliability(file: string, ok: boolean): void {
	if (!file.includes(RELIABILITY_DIR)) return;
	if (ok) reliability.passed++;
	else reliability.failed++;
}

/**
 * The browser tests are the critical path and the only stage whose tests wait on timers and page events; the
 * static checks (eslint, svelte-check, vitest, …) only need CPU. Run beside them at normal priority, the checks
 * took the CPU the browsers wait for and stretched both (eslint 26 s alone, 140 s beside Playwright). At a lower
 * priority they use what the browsers leave idle, and still end long before the browser tests do.
 */
const CHECK_NICENESS = 10;
type Priority = 'normal' | 'check';

/** Runs a command with its output captured, and prints it in one piece when it ends. */
function exec(
	title: string,
	cmd: string,
	args: string[],
	env: NodeJS.ProcessEnv = {},
	priority: Priority = 'normal'
): Promise<boolean> {
	return new Promise((resolve) => {
		const started = Date.now();
		const chunks: Buffer[] = [];
		// `nice` rather than os.setPriority after the spawn: the priority must hold for every thread and child process
		// the command starts, from its first instruction. Windows has no `nice`; there the checks run at normal priority.
		const [file, argv] =
			priority === 'check' && process.platform !== 'win32'
				? ['nice', ['-n', String(CHECK_NICENESS), cmd, ...args]]
				: [cmd, args];
		const child = spawn(file, argv, { env: { ...process.env, FORCE_COLOR: '0', ...env } });
		child.stdout.on('data', (d: Buffer) => chunks.push(d));
		child.stderr.on('data', (d: Buffer) => chunks.push(d));
		child.on('error', (e) => chunks.push(Buffer.from(String(e))));
		child.on('close', (code) => {
			const secs = ((Date.now() - started) / 1000).toFixed(1);
			process.stdout.write(
				`\n▶ ${title}: ${cmd} ${args.join(' ')}  (${secs} s, exit ${code})\n${Buffer.concat(chunks).toString()}`
			);
			resolve(code === 0);
		});
	});
}

/**
 * A package's command from node_modules/.bin, and a TypeScript script run with tsx's loader (as `npm run cli` does):
 * `npx` resolves the package first and `tsx`'s launcher starts a second Node process, about 0.5 CPU-s a stage on
 * CI's 2 cores that the browser tests wait for (issue 15). Windows keeps npx, for its .cmd shims.
 */
function tool(name: string, args: string[]): [string, string[]] {
	return process.platform === 'win32' ? ['npx', [name, ...args]] : [join('node_modules', '.bin', name), args];
}
function tsScript(script: string): [string, string[]] {
	return [process.execPath, ['--import', 'tsx', script]];
}

/** A static check: one test, passed or failed. */
function command(cmd: string, args: string[], priority: Priority = 'check'): (name: string) => Promise<Counts> {
	return async function (this: void, name: string) {
		const ok = await exec(name, cmd, args, {}, priority);
		return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
	};
}

function readReport(name: string, file: string, read: (json: unknown) => Counts, exitOk: boolean): Counts {
	if (!existsSync(file)) {
		failures.push(`${name}: no report written`);
		return { passed: 0, failed: 1 };
	}
	const counts = read(JSON.parse(readFileSync(file, 'utf8')));
	if (counts.failed) failures.push(`${name}: ${counts.failed} failed`);
	else if (!exitOk) {
		failures.push(`${name}: runner exited with an error`);
		return { passed: counts.passed, failed: 1 };
	}
	return counts;
}

async function vitest(): Promise<Counts> {
	const report = `${TMP}/vitest.json`;
	rmSync(report, { force: true });
	// REQUIRE_BUILD: the truth test over build/ (tests/unit/built-html.test.ts) fails here instead of skipping.
	const ok = await exec(
		'vitest',
		...tool('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]),
		{ REQUIRE_BUILD: '1' },
		'check'
	);
	return readReport(
		'vitest',
		report,
		(j) => {
			const r = j as {
				numPassedTests: number;
				numFailedTests: number;
				testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
			};
			for (const file of r.testResults)
				for (const a of file.assertionResults) tallyReliability(file.name, a.status === 'passed');
			// A test file that fails to load has no tests: count it as a failure.
			const brokenFiles = r.testResults.filter((t) => t.status === 'failed').length;
			return { passed: r.numPassedTests, failed: Math.max(r.numFailedTests, brokenFiles) };
		},
		ok
	);
}

/**
 * The browser tests run once, on the server the site is deployed with: nginx with deploy/nginx.conf
 * (E2E_SERVER=nginx). The preview server of `npm start` gives the same headers for every kind of file
 * (tests/e2e/deploy-headers.spec.ts checks both servers). Issue 15: a second pass of the serving-dependent tests on
 * the other server took about 60 CPU-s of the 2 cores, and the preview server itself about 40 CPU-s more than nginx.
 */
async function playwright(): Promise<Counts> {
	const report = `${TMP}/playwright.json`;
	rmSync(report, { force: true });
	const ok = await exec('playwright', ...tool('playwright', ['test']), {
		E2E_SERVER: 'nginx',
		PLAYWRIGHT_JSON: report
	});
	return readReport(
		'browser tests (playwright, nginx)',
		report,
		(j) => {
			const r = j as { stats: { expected: number; unexpected: number; flaky: number }; suites: Suite[] };
			const walk = (suite: Suite, file: string): void => {
				for (const spec of suite.specs ?? []) tallyReliability(file, spec.ok);
				for (const child of suite.suites ?? []) walk(child, file);
			};
			for (const suite of r.suites) walk(suite, `tests/${suite.file}`);
			return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected };
		},
		ok
	);
}

const noChromium = (): string | undefined =>
	existsSync(CHROMIUM) ? undefined : `${CHROMIUM} not found (apt-get install -y chromium)`;

const STAGES: Stage[] = [
	// The builds are what the browser tests wait for: normal priority, ahead of prettier beside them.
	{ name: 'data build (npm run data)', run: command(...tsScript('scripts/build-data.ts'), 'normal') },
	// vite build runs SvelteKit's sync itself, so it need not wait for the sync stage below.
	{
		name: 'site build (vite build)',
		after: ['data build (npm run data)'],
		run: command(...tool('vite', ['build']), 'normal')
	},
	// The longest stage, so first in line once the build is there. One slot, not all: much of its tests' time is
	// spent waiting on pages (network idle, timers, the data download's start), time the other stages now use
	// (issue 15: the browser tests used to wait for every other stage, and started 2.5 minutes into the run).
	{
		name: 'browser tests (playwright, nginx)',
		after: ['site build (vite build)'],
		skip: () => noChromium() ?? missingNginx(),
		run: playwright
	},
	// After the build, never beside it: both write .svelte-kit/. Off the path to the browser tests.
	{ name: 'svelte-kit sync', after: ['site build (vite build)'], run: command(...tool('svelte-kit', ['sync'])) },
	{
		name: 'svelte-check (no warnings)',
		after: ['svelte-kit sync'],
		run: command(
			...tool('svelte-check', ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--threshold', 'warning'])
		)
	},
	{ name: 'eslint', after: ['svelte-kit sync'], run: command(...tool('eslint', ['.'])) },
	// One formatting for everyone: `npm run format` fixes what this reports.
	{ name: 'prettier (formatting)', run: command(...tool('prettier', ['--check', '.'])) },
	// After the build, never beside it: vitest's SvelteKit plugin rewrites .svelte-kit/ while vite build reads it,
	// which ships a client that fails to hydrate.
	{ name: 'vitest', after: ['site build (vite build)', 'svelte-kit sync'], run: vitest },
	{ name: 'budgets', after: ['site build (vite build)'], run: command(...tsScript('scripts/check-budgets.ts')) },
	// Chrome 86 (WeChat) and iOS 14.5: CSS features and JS syntax of the built files (issue 19).
	{
		name: 'compatibility (built CSS and JS)',
		after: ['site build (vite build)'],
		run: command(...tsScript('scripts/check-compat.ts'))
	},
	// Accessibility, best practices and SEO at 100 (performance is reported by npm run bench, never gated).
	{
		name: 'lighthouse audits',
		after: ['site build (vite build)'],
		skip: noChromium,
		run: command(...tsScript('scripts/check-lighthouse.ts'))
	}
];

async function main(): Promise<void> {
	const started = Date.now();
	const done = new Map<string, boolean>();
	const running = new Map<string, Promise<void>>();
	let free = JOBS;
	let passed = 0;
	let failed = 0;
	const pending = [...STAGES];

	const finish = (stage: Stage, counts: Counts): void => {
		passed += counts.passed;
		failed += counts.failed;
		if (counts.failed && !failures.some((f) => f.startsWith(stage.name))) failures.push(stage.name);
		done.set(stage.name, counts.failed === 0);
	};

	while (pending.length || running.size) {
		for (const stage of [...pending]) {
			const deps = stage.after ?? [];
			if (deps.some((d) => done.get(d) === false)) {
				pending.splice(pending.indexOf(stage), 1);
				failures.push(`${stage.name}: not run because ${deps.filter((d) => done.get(d) === false).join(', ')} failed`);
				finish(stage, { passed: 0, failed: 1 });
				continue;
			}
			if (!deps.every((d) => done.get(d))) continue;
			const reason = stage.skip?.();
			if (reason) {
				pending.splice(pending.indexOf(stage), 1);
				failures.push(`${stage.name}: ${reason}`);
				finish(stage, { passed: 0, failed: 1 });
				continue;
			}
			if (free === 0) continue;
			pending.splice(pending.indexOf(stage), 1);
			free--;
			running.set(
				stage.name,
				stage.run(stage.name).then((counts) => {
					finish(stage, counts);
					free++;
					running.delete(stage.name);
				})
			);
		}
		if (running.size) await Promise.race(running.values());
		else if (pending.length)
			throw new Error(`stages waiting on unknown stages: ${pending.map((s) => s.name).join(', ')}`);
	}

	process.stdout.write(
		`\nreliability suite (tests/reliability): ${reliability.passed + reliability.failed} fault and bad-input cases ran, ${reliability.passed} passed\n`
	);
	process.stdout.write(`wall time: ${((Date.now() - started) / 1000).toFixed(0)} s with ${JOBS} parallel slots\n`);
	if (failures.length) process.stdout.write(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
	process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
	process.exit(failed ? 1 : 0);
}

void main();
