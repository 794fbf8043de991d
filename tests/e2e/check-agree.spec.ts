/**
 * The /check page and `cli check` on the same profiles (tests/fixtures/check-profiles.json) give the same
 * verdicts, amounts, changes and devices, and leave the same benefits unchecked (「没有问到的补贴」).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from './base';
import type { CheckLine } from '../../scripts/cli/check';
import { NO_INSTALL } from './helpers';

test.use(NO_INSTALL);

interface Shared {
	name: string;
	profile: Record<string, unknown>;
}
const PROFILES = JSON.parse(readFileSync('tests/fixtures/check-profiles.json', 'utf8')) as Shared[];

/** The CLI as `npm run cli` runs it (node with tsx's loader), one process per profile; npx would resolve tsx first. */
async function cli(profile: Record<string, unknown>): Promise<CheckLine[]> {
	const { stdout } = await promisify(execFile)(
		process.execPath,
		['--import', 'tsx', 'scripts/cli.ts', 'check', '--json', JSON.stringify(profile)],
		{ maxBuffer: 16 * 1024 * 1024 }
	);
	return JSON.parse(stdout) as CheckLine[];
}

/** Answers in the page's address, as 「把答案存进网址」 writes them (lists joined by commas). */
function fragment(profile: Record<string, unknown>): string {
	const params = new URLSearchParams();
	for (const [k, v] of Object.entries(profile)) params.set(k, Array.isArray(v) ? v.join(',') : String(v));
	return params.toString();
}

// Each test starts its own CLI process: a tsx start-up takes a few seconds on a busy machine.
test.describe.configure({ timeout: 120_000 });

for (const { name, profile } of PROFILES) {
	test(`${name}：测一测页面和命令行的结论、金额一致`, async ({ page }) => {
		// The CLI works while the page loads: its start-up no longer adds to the test's time.
		const fromCli = cli(profile);
		await page.goto(`/check#${fragment(profile)}`);
		const results = page.getByRole('heading', { name: '结果' });
		const seeResults = page.getByRole('button', { name: '直接看结果' });
		await expect(results.or(seeResults)).toBeVisible();
		if (await seeResults.isVisible()) await seeResults.click();
		await expect(results).toBeVisible();

		const shown = await page.locator('article.result').evaluateAll((cards) =>
			cards.map((c) => ({
				benefitId: c.getAttribute('data-benefit'),
				verdict: c.querySelector('.verdict')?.textContent?.trim() ?? null,
				amountText: c.querySelector('.headline .amount')?.textContent?.trim() ?? null,
				change: c.querySelector('.change span')?.textContent?.trim() ?? null,
				devices: [...c.querySelectorAll('ul.devices li strong')].map((d) => d.textContent?.trim() ?? '')
			}))
		);
		const untouched = await page
			.locator('section.untouched li')
			.evaluateAll((items) => items.map((li) => li.getAttribute('data-benefit')));

		const lines = await fromCli;
		const asked = lines.filter((l) => l.asked);
		expect(shown.map((s) => s.benefitId).sort()).toEqual(asked.map((l) => l.benefitId).sort());
		expect(untouched.sort()).toEqual(
			lines
				.filter((l) => !l.asked)
				.map((l) => l.benefitId)
				.sort()
		);
		const want = asked.map((l) => ({
			benefitId: l.benefitId,
			verdict: l.verdict,
			amountText: l.amountText,
			change: l.change,
			devices: l.devices
		}));
		// Same order too: the page lists 符合, then 可能符合, then 不符合, as the CLI does.
		expect(shown).toEqual(want);
	});
}
