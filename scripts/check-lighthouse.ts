/**
 * Lighthouse gate (issue 5): Lighthouse 12 mobile on the home, service, search and check pages of build/.
 * Fails when accessibility, best practices or SEO is below 100 on any of them, listing the failing audits.
 * Performance is not run here: it is never gated (its timings move with the machine's load), and its trace and
 * simulations cost most of each page's audit; `npm run bench` reports it.
 * Skips (exit 0) when chromium is not installed.
 *
 *   npx tsx scripts/check-lighthouse.ts [--dir build]
 */
import { existsSync } from 'node:fs';
import { runLighthouse, type Category } from '../bench/lighthouse';
import { CHROMIUM } from './lib/chromium';

/** Categories that must score 100; performance is reported only. */
export const GATED: readonly Category[] = ['accessibility', 'best-practices', 'seo'];
const REQUIRED_SCORE = 100;

async function main(): Promise<number> {
	if (!existsSync(CHROMIUM)) {
		process.stdout.write(`lighthouse: skipped, ${CHROMIUM} not found (apt-get install -y chromium)\n`);
		return 0;
	}
	const i = process.argv.indexOf('--dir');
	const dir = i > 0 ? (process.argv[i + 1] ?? 'build') : 'build';
	if (!existsSync(`${dir}/index.html`)) {
		process.stderr.write(`lighthouse: ${dir}/index.html not found: run npm run build first\n`);
		return 1;
	}
	const reports = await runLighthouse({ dir, categories: GATED });
	const problems: string[] = [];
	for (const r of reports) {
		const scores = GATED.map((c) => `${c} ${r.scores[c] ?? '–'}`).join(', ');
		process.stdout.write(`${r.page}: ${scores}${r.retriedAfterCrash ? ' (the tab crashed in the first try)' : ''}\n`);
		if (r.error) {
			problems.push(`${r.page}: Lighthouse could not run: ${r.error}`);
			continue;
		}
		for (const c of GATED) {
			const s = r.scores[c];
			if (s === null || s < REQUIRED_SCORE) problems.push(`${r.page}: ${c} ${s ?? 'no score'} < ${REQUIRED_SCORE}`);
		}
		for (const a of r.failed) {
			problems.push(`${r.page}: [${a.id}] ${a.title}${a.items.length ? `\n      ${a.items.join('\n      ')}` : ''}`);
		}
	}
	if (problems.length) {
		process.stderr.write(`Lighthouse gate failed:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
		return 1;
	}
	process.stdout.write(`lighthouse: ${GATED.join(', ')} ${REQUIRED_SCORE} on ${reports.length} pages\n`);
	return 0;
}

main().then(
	(code) => process.exit(code),
	(e: unknown) => {
		process.stderr.write(`lighthouse: ${e instanceof Error ? e.message : String(e)}\n`);
		process.exit(1);
	}
);
