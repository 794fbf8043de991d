import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENEFITS_DIR, BenefitDataError, loadBenefits } from './benefits';

const REHAB = readFileSync(join(BENEFITS_DIR, 'disabled-children-rehab.yaml'), 'utf8');

/** A copy of the rehab benefit with one edit, alone in a temp dir. */
function broken(edit: (yaml: string) => string): string {
	const dir = mkdtempSync(join(tmpdir(), 'benefits-'));
	const text = edit(REHAB);
	expect(text).not.toBe(REHAB);
	writeFileSync(join(dir, 'disabled-children-rehab.yaml'), text);
	return dir;
}

describe('loadBenefits on the curated data', () => {
	const benefits = loadBenefits();

	it('loads every file, sorted, with unique ids, every quote verified', () => {
		const ids = benefits.map((b) => b.id);
		expect(ids).toContain('disabled-children-rehab');
		expect(ids).toContain('supplementary-pension');
		expect(ids).toEqual([...ids].sort());
	});

	it('残疾儿童康复救助: every amount of the issue is there, cited in 003', () => {
		const b = benefits.find((x) => x.id === 'disabled-children-rehab')!;
		expect(Object.fromEntries(b.amounts.map((a) => [a.id, a.value]))).toEqual({
			screening: 400,
			'training-full-time': 15000,
			'training-part-time': 9000,
			'training-community': 4000,
			'support-service': 1000,
			'hearing-aid-fitting-0-6': 1200,
			'hearing-aid-fitting-7-14': 400,
			'cochlear-implant': null,
			'cochlear-implant-self-paid': 30000,
			'limb-surgery': 12000,
			'limb-surgery-family-allowance': 3000
		});
		expect(b.catalogue.map((r) => r.source.line)).toEqual([366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377]);
		expect(b.apply.timeLimit).toMatchObject({ days: 5, unit: '工作日', source: { file: '003', line: 263 } });
		expect(b.docNo).toBe('吕政发〔2019〕4号');
	});

	it('补充养老保险: tiers, top-ups and monthly supplements, cited in 004', () => {
		const b = benefits.find((x) => x.id === 'supplementary-pension')!;
		expect(b.amounts.filter((a) => a.tier !== undefined).map((a) => [a.tier, a.value])).toEqual([
			[200, 70],
			[500, 120],
			[1000, 200],
			[2000, 360],
			[5000, 600]
		]);
		expect(b.amounts.filter((a) => a.period === '每月').map((a) => [a.id, a.value])).toEqual([
			['account-pension', null],
			['exit-subsidy', 20],
			['exit-subsidy-80', 10],
			['exit-subsidy-low-income', 200]
		]);
		expect(b.docNo).toBe('吕政办发〔2021〕21号');
		expect(b.date).toBe('2021-04-25');
	});
});

describe('loadBenefits reports bad data with the YAML file, the record and the source line', () => {
	it('a quote that is not in the source', () => {
		const dir = broken((y) => y.replace('提供全日制康复训练。每年训练时间', '提供全日制康复训练。每月训练时间'));
		expect(() => loadBenefits(dir)).toThrow(BenefitDataError);
		expect(() => loadBenefits(dir)).toThrow(
			/disabled-children-rehab\.yaml:\n {2}amounts\[1\] \(training-full-time\)\.source: data\/sources\/003_[0-9a-f]+\.txt:225: quote not found/
		);
	});

	it('an amount that its quote does not print', () => {
		const dir = broken((y) => y.replace('value: 15000', 'value: 16000'));
		expect(() => loadBenefits(dir)).toThrow(
			/amounts\[1\] \(training-full-time\): value 16000 does not occur in its quote/
		);
	});

	it('a condition on a field or value the profile does not have', () => {
		const dir = broken((y) => y.replace('values: [吕梁户口, 吕梁居住证]', 'values: [吕梁户口, 北京户口]'));
		expect(() => loadBenefits(dir)).toThrow(/conditions\[2\] \(residence\)\.test: hukou has no value 「北京户口」/);
		const dir2 = broken((y) =>
			y.replace('{field: age, op: between, min: 0, max: 14}', '{field: ages, op: between, min: 0, max: 14}')
		);
		expect(() => loadBenefits(dir2)).toThrow(/invalid benefit[\s\S]*conditions\[1\] \(age\)\.test/);
	});

	it('an amount marked free whose quote does not say so, or that has a sum', () => {
		const dir = broken((y) => y.replace(/(id: screening\n(?:.*\n)*? {4}value: )400\n/, '$1null\n    free: true\n'));
		expect(() => loadBenefits(dir)).toThrow(
			/amounts\[0\] \(screening\): free needs value null and a quote saying 免费/
		);
		const dir2 = broken((y) =>
			y.replace(/(id: training-full-time\n(?:.*\n)*? {4}value: 15000\n)/, '$1    free: true\n')
		);
		expect(() => loadBenefits(dir2)).toThrow(/amounts\[1\] \(training-full-time\): free needs value null/);
	});

	it('an exclusion naming an amount that does not exist', () => {
		const dir = broken((y) =>
			y.replace('amountIds: [training-community, support-service]', 'amountIds: [training-community, support]')
		);
		expect(() => loadBenefits(dir)).toThrow(/exclusions\[1\] \(community-not-with-support\): no amount support/);
	});
});
