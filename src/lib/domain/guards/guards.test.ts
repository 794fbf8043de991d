import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUARDS, GUARDS_DIR, guardFileText } from '../../../../scripts/gen-guards';
import { BundleManifest } from '../schema';
import { isManifest, MANIFEST_SCHEMA as manifestSchema } from './index';
import { schemaProblem } from './json-guard';

const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as unknown;

describe('客户端的数据清单检查与 zod 定义一致', () => {
	it('each committed guard schema is what its zod schema generates (else: npx tsx scripts/gen-guards.ts)', () => {
		for (const [file, schema] of Object.entries(GUARDS)) {
			expect(readFileSync(join(GUARDS_DIR, file), 'utf8'), file).toBe(guardFileText(schema));
		}
	});

	it('accepts the real manifest, as zod does', () => {
		expect(BundleManifest.safeParse(manifest).success).toBe(true);
		expect(isManifest(manifest)).toBe(true);
	});

	it('rejects what zod rejects, naming the place', () => {
		const m = manifest as { files: Record<string, unknown>[]; version: string };
		const cases: [string, unknown][] = [
			['$: not an object', null],
			['$.version: does not match', { ...m, version: 'v1' }],
			['$.files: fewer than 1 items', { ...m, files: [] }],
			['$.files[0].sha256: does not match', { ...m, files: [{ ...m.files[0], sha256: 'abc' }] }],
			['$.files[0].bytes: not above 0', { ...m, files: [{ ...m.files[0], bytes: 0 }] }],
			['$.counts.core: below 0', { ...m, counts: { core: -1 } }],
			['$.sourceDate: missing', { version: m.version, files: m.files, counts: {} }]
		];
		for (const [problem, value] of cases) {
			expect(BundleManifest.safeParse(value).success, problem).toBe(false);
			expect(schemaProblem(manifestSchema, value), problem).toContain(problem);
			expect(isManifest(value), problem).toBe(false);
		}
	});

	it('reads a newer manifest with fields it does not know, as zod does', () => {
		const m = manifest as { files: Record<string, unknown>[] };
		const newer = { ...m, added: true, files: m.files.map((f) => ({ ...f, added: 1 })) };
		expect(BundleManifest.safeParse(newer).success).toBe(true);
		expect(isManifest(newer)).toBe(true);
	});

	it('fails closed on a schema keyword it does not know', () => {
		expect(schemaProblem({ type: 'string', enum: ['a'] } as never, 'a')).toContain('unsupported schema keyword enum');
	});
});
