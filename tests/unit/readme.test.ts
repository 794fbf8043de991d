import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROFILE_FIELDS } from '#lib/domain/eligibility/fields';

const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('README', () => {
	it('documents every profile field of the check CLI, with its values', () => {
		for (const f of PROFILE_FIELDS) {
			expect(readme, f.name).toContain(`| \`${f.name}\` |`);
			for (const v of f.values ?? []) expect(readme, `${f.name}: ${v}`).toContain(v);
		}
	});

	it('documents the route command of the CLI', () => {
		expect(readme).toContain('npm run -s cli -- route "');
		expect(readFileSync('scripts/cli.ts', 'utf8')).toContain("route: () => import('./cli/route')");
	});

	it('names the two commands, and package.json defines them', () => {
		expect(readme).toContain('npm ci && npm start');
		expect(readme).toContain('npm test');
		expect(pkg.scripts.start).toBeTruthy();
		expect(pkg.scripts.test).toBeTruthy();
	});
});

describe('README 里写的每条 npm 命令都能用', () => {
	const scripts = [...readme.matchAll(/npm run(?: -s)? ([\w:-]+)/g)].map((m) => m[1]!);

	it('names npm scripts that package.json defines', () => {
		expect(scripts.length).toBeGreaterThan(3);
		for (const name of scripts) expect(pkg.scripts[name], `npm run ${name}`).toBeTruthy();
	});

	it('every npm script points at files that exist', () => {
		for (const [name, cmd] of Object.entries(pkg.scripts)) {
			for (const file of cmd.match(/[\w./-]+\.(?:ts|js|mjs|cjs|conf)\b/g) ?? []) {
				expect(existsSync(file), `npm run ${name}: ${file}`).toBe(true);
			}
		}
	});
});
