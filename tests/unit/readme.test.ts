import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROFILE_FIELDS } from '../../src/lib/domain/eligibility/fields';

const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('README', () => {
	it('documents every profile field of the check CLI, with its values', () => {
		for (const f of PROFILE_FIELDS) {
			expect(readme, f.name).toContain(`| \`${f.name}\` |`);
			for (const v of f.values ?? []) expect(readme, `${f.name}: ${v}`).toContain(v);
		}
	});

	it('names the two commands, and package.json defines them', () => {
		expect(readme).toContain('npm ci && npm start');
		expect(readme).toContain('npm test');
		expect(pkg.scripts.start).toBeTruthy();
		expect(pkg.scripts.test).toBeTruthy();
	});
});
