/**
 * The search page's first result on the slow phone of issue 14, on its own: `npx tsx bench/slow-search.ts
 * [build dir] [runs]`. The same measurement as `npm run bench`'s pages part, without the Lighthouse table
 * around it, so a change to the search fast path can be judged in a minute. Figures only; nothing is gated.
 */
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { median } from './data';
import { startGzipServer } from './lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/lib/chromium';
import { SEARCH_QUERY, slowPhoneSearch, type SlowPhoneRun } from './pages';

const DEFAULT_RUNS = 5;

const dir = process.argv[2] ?? join(import.meta.dirname, '..', 'build');
const count = Number(process.argv[3] ?? DEFAULT_RUNS);
const detail = process.argv.includes('--detail');
const server = await startGzipServer(dir);
const browser = await chromium.launch({
	executablePath: CHROMIUM,
	args: CHROMIUM_ARGS
});
const runs: SlowPhoneRun[] = [];
try {
	for (let i = 0; i < count; i++) {
		const run = await slowPhoneSearch(browser, `${server.url}/search?q=${encodeURIComponent(SEARCH_QUERY)}`, detail);
		runs.push(run);
		process.stdout.write(`${JSON.stringify(run)}\n`);
	}
} finally {
	await browser.close();
	server.close();
}
const med = (xs: number[]) => (xs.length ? median(xs).toFixed(0) : '—');
process.stdout.write(
	`first result painted: median ${med(runs.map((r) => r.firstResultPaintedMs))} ms; FCP median ${med(runs.map((r) => r.fcpMs))} ms; load average ${loadavg()
		.map((l) => l.toFixed(1))
		.join(' ')}\n`
);
