import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CoreData } from '#lib/domain/schema';
import { loadBuiltBundle } from '#lib/server/bundle-fs';
import { SECTIONS, buildBundle, section } from './build-data';
import { BuildError, writeBundle } from './lib/bundle';
import { checkCoreIntegrity } from './lib/integrity';
import { EMAIL, MOBILE, PERSONAL_LINES, findPersonalData } from './lib/privacy';
import { SOURCES_DIR, SourceError, sourceFileName, sourceLines } from './lib/sources';

const temps: string[] = [];
function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'lvliang-data-'));
	temps.push(dir);
	return dir;
}
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of data/sources with some lines of 000 replaced. */
function sourcesWith(replace: Record<number, string>): string {
	const dir = tempDir();
	cpSync(SOURCES_DIR, dir, { recursive: true });
	const name = sourceFileName('000', dir);
	const lines = readFileSync(join(dir, name), 'utf8').split('\n');
	for (const [line, text] of Object.entries(replace)) lines[Number(line) - 1] = text;
	writeFileSync(join(dir, name), lines.join('\n'));
	return dir;
}

function failure(fn: () => unknown): Error {
	try {
		fn();
	} catch (e) {
		if (e instanceof Error) return e;
	}
	throw new Error('expected the build to fail');
}

const FILE_000 = sourceFileName('000');
const bundle = buildBundle();

describe('npm run data', () => {
	it('gives byte-identical files when run twice', () => {
		const [a, b] = [tempDir(), tempDir()];
		writeBundle(bundle, a);
		writeBundle(buildBundle(), b);
		const names = readdirSync(a).sort();
		expect(readdirSync(b).sort()).toEqual(names);
		expect(names).toContain('manifest.json');
		for (const n of names) expect(readFileSync(join(b, n)).equals(readFileSync(join(a, n)))).toBe(true);
	});

	it('writes a manifest whose hashes, sizes and counts match the files', () => {
		const dir = tempDir();
		writeBundle(bundle, dir);
		const { manifest, sections, core } = loadBuiltBundle(dir);
		expect(manifest.files.map((f) => f.name)).toEqual(SECTIONS.map((s) => s.name));
		for (const f of manifest.files) {
			expect(f.path).toMatch(new RegExp(`^data/${f.name}\\.${f.sha256.slice(0, 8)}\\.json$`));
			expect(readFileSync(join(dir, f.path.slice(5))).length).toBe(f.bytes);
			expect(f.sri).toBe(`sha256-${Buffer.from(f.sha256, 'hex').toString('base64')}`);
		}
		expect(manifest.version).toMatch(/^[0-9a-f]{12}$/);
		expect(manifest.sourceDate).toBe('2023-12-29');
		for (const [key, n] of Object.entries(manifest.counts)) {
			const owner = Object.values(sections).find((s) => Array.isArray((s as Record<string, unknown>)[key]));
			expect((owner as Record<string, unknown[]>)[key]).toHaveLength(n);
		}
		expect(manifest.counts).toMatchObject({ services: 372, departments: 34, themes: 20 });
		expect(core.services).toHaveLength(372);
	});

	it('keeps schema field order, sorts records by id and writes no whitespace', () => {
		const json = bundle.files.find((f) => f.name === 'core')?.json ?? '';
		expect(json).not.toMatch(/\n|": /);
		const core = CoreData.parse(JSON.parse(json));
		expect(core.services.map((s) => s.id)).toEqual(Array.from({ length: 372 }, (_, k) => k + 1));
		const ids = core.departments.map((d) => d.id);
		expect(ids).toEqual([...ids].sort());
		expect(Object.keys(core.services[0] ?? {}).slice(0, 3)).toEqual(['id', 'name', 'nameRaw']);
	});

	it('removes hashed files of earlier builds and nothing else', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'core.0123abcd.json'), '{}');
		writeFileSync(join(dir, 'README.txt'), 'keep');
		writeBundle(bundle, dir);
		const names = readdirSync(dir);
		expect(names).not.toContain('core.0123abcd.json');
		expect(names).toContain('README.txt');
	});

	it('has no personal data in the output', () => {
		for (const f of bundle.files) {
			expect(f.json).not.toMatch(MOBILE);
			expect(f.json).not.toMatch(EMAIL);
			expect(findPersonalData(f.path, f.json)).toEqual([]);
		}
	});
});

describe('bad input stops the build with file:line', () => {
	it('a corrupted catalogue row', () => {
		const dir = sourcesWith({ 1100: '办理企事业单位接收毕业生相关手续\t吕梁市教育局\t办事指南类' });
		const e = failure(() => buildBundle({ sourcesDir: dir }));
		expect(e).toBeInstanceOf(SourceError);
		expect(e.message).toBe(`${join(dir, FILE_000)}:1100: catalogue row without a numeric 编号 cell`);
	});

	it('a duplicate 编号', () => {
		const dir = sourcesWith({ 1101: sourceLines('000')[1100]?.replace('\t29\t', '\t28\t') ?? '' });
		const e = failure(() => buildBundle({ sourcesDir: dir }));
		expect(e.message).toBe(`${join(dir, FILE_000)}:1101: duplicate 编号 28 (first at line 1100)`);
	});

	it('a dangling department reference', () => {
		const broken = section(
			'core',
			CoreData,
			(ctx) => ({
				...ctx.core,
				services: ctx.core.services.map((s) => (s.id === 35 ? { ...s, departmentId: 'nosuchdept' } : s))
			}),
			(core, ctx) => checkCoreIntegrity(core, ctx.path)
		);
		const e = failure(() => buildBundle({ sections: [broken] }));
		expect(e).toBeInstanceOf(BuildError);
		expect(e.message).toContain(
			`core.services[id=35] (data/sources/${FILE_000}:1107): departmentId nosuchdept not found`
		);
	});

	it('a record that fails its schema, named with its id and source line', () => {
		const broken = section('core', CoreData, (ctx) => ({
			...ctx.core,
			hotlines: ctx.core.hotlines.map((h) => (h.id === '12348' ? { ...h, number: '12-348' } : h))
		}));
		const e = failure(() => buildBundle({ sections: [broken] }));
		expect(e.message).toMatch(
			new RegExp(`^core\\.hotlines\\[id=12348\\] \\(data/sources/${FILE_000}:1188\\): number: `)
		);
	});

	it('a curated quote that is not at its line', () => {
		const broken = section('core', CoreData, (ctx) => ({
			...ctx.core,
			departments: ctx.core.departments.map((d) =>
				d.nameSource ? { ...d, nameSource: { ...d.nameSource, line: d.nameSource.line + 1 } } : d
			)
		}));
		const e = failure(() => buildBundle({ sections: [broken] }));
		expect(e.message).toContain(
			`core.departments[id=guihuaheziranziyuanju] (data/sources/${FILE_000}:1268).nameSource: data/sources/${sourceFileName('001')}:500: quote not found`
		);
	});

	it('personal data printed in the gazettes', () => {
		for (const { file, line } of PERSONAL_LINES) {
			const text = sourceLines(file)[line - 1] ?? '';
			expect(findPersonalData('x', JSON.stringify({ note: text })).length, `${file}:${line}`).toBeGreaterThan(0);
		}
		// 「张 磊」 (001:3483) is caught without its space too.
		const name = /联系人：(.+)$/.exec(sourceLines('001')[3482] ?? '')?.[1]?.replace(/\s+/g, '') ?? '';
		expect(findPersonalData('x', JSON.stringify({ note: `联系${name}` }))).toEqual([
			'x: contains personal data printed at 001:3483'
		]);
	});
});

describe('loadBuiltBundle', () => {
	it('says to run npm run data when the bundle is missing or altered', () => {
		const dir = tempDir();
		expect(() => loadBuiltBundle(dir)).toThrow(/manifest\.json is missing: run npm run data/);
		writeBundle(bundle, dir);
		const core = readdirSync(dir).find((n) => n.startsWith('core.')) ?? '';
		writeFileSync(join(dir, core), readFileSync(join(dir, core), 'utf8').replace('吕梁市', '吕梁'));
		expect(() => loadBuiltBundle(dir)).toThrow(/does not match its sha256 .*: run npm run data/);
		rmSync(join(dir, core));
		expect(() => loadBuiltBundle(dir)).toThrow(/is missing \(listed in .*manifest\.json\): run npm run data/);
	});
});
