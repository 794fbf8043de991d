/**
 * Rules as tests: each benefit's cases in tests/rules/<id>.yaml run through the engine and the check lines
 * the CLI and the page print. Expected verdicts and amounts are read from the cited clause, not from the engine.
 */
import { describe, expect, it } from 'vitest';
import { loadBenefits } from '../../scripts/extract/benefits';
import { extractCounties } from '../../scripts/extract/counties';
import { countyLabels, evaluateOne, isPersonal, whatWouldChange } from '#lib/domain/eligibility/engine';
import { toLine } from '#lib/domain/eligibility/check-lines';
import { parseProfile } from '#lib/domain/eligibility/profile';
import type { Benefit } from '#lib/domain/eligibility/schema';
import { isCited, loadRuleFiles, missingCases, thresholdsOf } from '../rules/coverage';

const benefits = loadBenefits();
const counties = extractCounties();
const labels = countyLabels(counties);
const deviceNames = benefits.flatMap((b) => b.catalogue.map((r) => r.name));
const files = loadRuleFiles();
/** A fixed day, so 「older than 3 years」 does not change the results as time passes. */
const AS_OF = '2026-01-01';

const byId = new Map(benefits.map((b) => [b.id, b]));

describe('rule files', () => {
	it('每项可以测的补贴都有一份规则测试', () => {
		const have = new Set(files.map((f) => f.rules.benefit));
		const missing = benefits.filter((b) => isPersonal(b) && !have.has(b.id)).map((b) => b.id);
		expect(missing).toEqual([]);
		for (const f of files) expect(f.file).toBe(`${f.rules.benefit}.yaml`);
	});

	it.each(files.map((f) => [f.rules.benefit, f] as const))('%s：每个数字界限的下方、正好、上方都有用例', (id, f) => {
		const b = byId.get(id)!;
		expect(
			missingCases(
				b,
				f.rules.cases.map((c) => c.input)
			)
		).toEqual([]);
	});

	it.each(files.map((f) => [f.rules.benefit, f] as const))('%s：有符合一侧的用例，也有不符合一侧的用例', (id, f) => {
		const verdicts = new Set(f.rules.cases.map((c) => c.output.verdict));
		expect(
			[...verdicts].some((v) => v !== '不符合'),
			id
		).toBe(true);
		// A benefit that states no condition of its own can never be 不符合.
		if (byId.get(id)!.conditions.length > 0) expect(verdicts.has('不符合'), id).toBe(true);
	});
});

for (const { file, rules } of files) {
	describe(file, () => {
		const benefit = byId.get(rules.benefit) as Benefit;
		it.each(rules.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
			expect(benefit, `${file}: no benefit ${rules.benefit}`).toBeDefined();
			expect(isCited(benefit, c.reference), `${c.reference} is not a line the benefit's data cites`).toBe(true);
			const parsed = parseProfile(c.input, { counties, deviceNames });
			if (!parsed.ok) throw new Error(`${file}: ${c.name}: ${parsed.errors.join('; ')}`);
			const r = evaluateOne(benefit, parsed.profile, { labels, asOf: AS_OF });
			const line = toLine(r, parsed.profile, labels);
			const o = c.output;
			expect(r.verdict).toBe(o.verdict);
			if (o.amount !== undefined) expect(line.amount).toBe(o.amount);
			if (o.amountText !== undefined) expect(line.amountText).toBe(o.amountText);
			const ids = (applies: string) =>
				r.amounts
					.filter((a) => a.applies === applies)
					.map((a) => a.amount.id)
					.sort();
			if (o.amounts) expect(ids('yes')).toEqual([...o.amounts].sort());
			if (o.maybeAmounts) expect(ids('unknown')).toEqual([...o.maybeAmounts].sort());
			if (o.devices) expect(line.devices).toEqual(o.devices);
			if (o.step !== undefined) expect(line.nextSteps[0] ?? '').toMatch(new RegExp(`^${o.step}`));
			if (o.change !== undefined) expect(line.change).toBe(o.change);
		});
	});
}

describe('threshold coverage check', () => {
	const rehab = byId.get('disabled-children-rehab')!;
	const pension = byId.get('supplementary-pension')!;

	it('reads the age bands and the 缴费档次 from the data', () => {
		const t = thresholdsOf(pension);
		expect(t).toContainEqual({ field: 'age', value: 65, kind: 'min' });
		expect(t).toContainEqual({ field: 'age', value: 80, kind: 'min' });
		expect(t.filter((x) => x.field === 'contributionTier').map((x) => x.value)).toEqual([200, 500, 1000, 2000, 5000]);
		expect(thresholdsOf(rehab)).toContainEqual({ field: 'age', value: 14, kind: 'max' });
	});

	it('fails when a side of a threshold has no case', () => {
		const inputs = [{ age: 13 }, { age: 14 }, { age: 15 }, { age: 0 }, { age: 1 }, { age: 5 }, { age: 6 }];
		const gaps = missingCases(rehab, inputs);
		// 14 and 0 are covered (0 has no 「below」: ages start at 0); 6 lacks 7, 8 lacks every side.
		expect(gaps).toContain('age max 6: no case with 7');
		expect(gaps).toContain('age max 8: no case with 9');
		expect(gaps).toContain('age min 7: no case with 7');
		expect(gaps.filter((g) => g.startsWith('age max 14') || g.startsWith('age min 0'))).toEqual([]);
		expect(missingCases(pension, [{ contributionTier: 200 }])).toContain(
			'contributionTier: no case with a value that is not listed (200、500、1000、2000、5000)'
		);
	});
});

describe('怎样会变', () => {
	it('每个建议的改变，照着改了，结论真的会变（所有用例的情况 × 所有补贴）', () => {
		const profiles = files.flatMap((f) => f.rules.cases.map((c) => parseProfile(c.input, { counties, deviceNames })));
		let checked = 0;
		for (const parsed of profiles) {
			if (!parsed.ok) continue;
			for (const b of benefits.filter(isPersonal)) {
				const change = whatWouldChange(b, parsed.profile, labels);
				if (!change) continue;
				const changed = { ...parsed.profile } as Record<string, unknown>;
				for (const a of change.answers) changed[a.field] = a.value;
				const before = evaluateOne(b, parsed.profile, { labels }).verdict;
				const after = evaluateOne(b, changed as typeof parsed.profile, { labels }).verdict;
				expect(after, `${b.id}: ${change.text}`).toBe(change.to);
				expect(after, `${b.id}: ${change.text}`).not.toBe(before);
				checked++;
			}
		}
		// Most of these people are not 符合 for most benefits, so there are many changes to check.
		expect(checked).toBeGreaterThan(100);
		// Some 1800 checks, each trying one- and two-answer changes: seconds, not the default budget, on a busy machine.
	}, 120_000);
});
