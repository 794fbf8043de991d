/**
 * `npm test`: every check the project gates on, in order, with one summary line at the end:
 *   N passed, N failed
 * Static checks count as one test each; vitest and Playwright tests count one per test (from their JSON
 * reports, since CI reads neither runner's own summary). Exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { CHROMIUM } from '../playwright.config';

const TMP = '.tmp';

interface Suite {
	file: string;
	specs?: { ok: boolean }[];
	suites?: Suite[];
}
mkdirSync(TMP, { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];
/** Fault and bad-input cases (tests/reliability/), tallied across both runners for the reliability report. */
const reliability = { passed: 0, failed: 0 };
const RELIABILITY_DIR = 'tests/reliability/';

function tallyReliability(file: string, ok: boolean): void {
	if (!file.includes(RELIABILITY_DIR)) return;
	if (ok) reliability.passed++;
	else reliability.failed++;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
	process.stdout.write(`\n▶ ${cmd} ${args.join(' ')}\n`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return r.status === 0;
}

function check(name: string, cmd: string, args: string[]): boolean {
	const ok = run(cmd, args);
	if (ok) passed++;
	else {
		failed++;
		failures.push(name);
	}
	return ok;
}

function countJson(name: string, file: string, read: (json: unknown) => { passed: number; failed: number }, exitOk: boolean): void {
	if (!existsSync(file)) {
		failed++;
		failures.push(`${name}: no report written`);
		return;
	}
	const counts = read(JSON.parse(readFileSync(file, 'utf8')));
	passed += counts.passed;
	failed += counts.failed;
	if (counts.failed) failures.push(`${name}: ${counts.failed} failed`);
	else if (!exitOk) {
		failed++;
		failures.push(`${name}: runner exited with an error`);
	}
}

const dataOk = check('data build (npm run data)', 'npx', ['tsx', 'scripts/build-data.ts']);
if (run('npx', ['svelte-kit', 'sync'])) {
	check('svelte-check (no warnings)', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--threshold', 'warning']);
} else {
	failed++;
	failures.push('svelte-kit sync');
}
check('tsc', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('eslint', 'npx', ['eslint', '.']);

rmSync(`${TMP}/vitest.json`, { force: true });
const vitestOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${TMP}/vitest.json`]);
countJson(
	'vitest',
	`${TMP}/vitest.json`,
	(j) => {
		const r = j as {
			numPassedTests: number;
			numFailedTests: number;
			testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
		};
		for (const file of r.testResults) for (const a of file.assertionResults) tallyReliability(file.name, a.status === 'passed');
		// A test file that fails to load has no tests: count it as a failure.
		const brokenFiles = r.testResults.filter((t) => t.status === 'failed').length;
		return { passed: r.numPassedTests, failed: Math.max(r.numFailedTests, brokenFiles) };
	},
	vitestOk
);

const buildOk = dataOk && check('site build (vite build)', 'npx', ['vite', 'build']);
if (buildOk) {
	check('budgets', 'npx', ['tsx', 'scripts/check-budgets.ts']);
	// Accessibility, best practices and SEO at 100 (performance is reported by npm run bench, never gated).
	check('lighthouse audits', 'npx', ['tsx', 'scripts/check-lighthouse.ts']);
}

if (!existsSync(CHROMIUM)) {
	failed++;
	failures.push(`browser tests: ${CHROMIUM} not found (apt-get install -y chromium)`);
} else if (buildOk) {
	rmSync(`${TMP}/playwright.json`, { force: true });
	const e2eOk = run('npx', ['playwright', 'test']);
	countJson(
		'playwright',
		`${TMP}/playwright.json`,
		(j) => {
			const report = j as { stats: { expected: number; unexpected: number; flaky: number }; suites: Suite[] };
			const walk = (suite: Suite, file: string): void => {
				for (const spec of suite.specs ?? []) tallyReliability(file, spec.ok);
				for (const child of suite.suites ?? []) walk(child, file);
			};
			for (const suite of report.suites) walk(suite, `tests/${suite.file}`);
			const s = report.stats;
			return { passed: s.expected + s.flaky, failed: s.unexpected };
		},
		e2eOk
	);
} else {
	failed++;
	failures.push('browser tests: not run because the build failed');
}

process.stdout.write(
	`\nreliability suite (tests/reliability): ${reliability.passed + reliability.failed} fault and bad-input cases ran, ${reliability.passed} passed\n`
);
if (failures.length) process.stdout.write(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
