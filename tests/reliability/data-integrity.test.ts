/**
 * The shipped bundle (static/data), checked as a whole after the build: every cited quote is found at its
 * place in the source, the manifest's counts and hashes match the files, and no personal data is inside.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltBundle } from '#lib/server/bundle-fs';
import type { SourceRef } from '#lib/domain/schema';
import { verifyQuote } from '../../scripts/lib/sources';

const bundle = loadBuiltBundle();

function* citations(value: unknown): Generator<SourceRef> {
	if (Array.isArray(value)) {
		for (const v of value) yield* citations(v);
	} else if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if (typeof o.file === 'string' && typeof o.line === 'number' && typeof o.date === 'string')
			yield o as unknown as SourceRef;
		for (const v of Object.values(o)) yield* citations(v);
	}
}

describe('reliability: integrity of the shipped data', () => {
	it('每条引文都能在原文的对应位置找到', () => {
		let quoted = 0;
		for (const [name, section] of Object.entries(bundle.sections)) {
			for (const ref of citations(section)) {
				if (!ref.quote) continue;
				quoted++;
				expect(() => verifyQuote(ref), `${name}: ${ref.file}:${ref.line}`).not.toThrow();
			}
		}
		expect(quoted).toBeGreaterThan(100);
	});

	it('清单里的数量与文件一致', () => {
		const { counts } = bundle.manifest;
		const core = bundle.core;
		expect(counts.services).toBe(core.services.length);
		expect(counts.departments).toBe(core.departments.length);
		expect(counts.hotlines).toBe(core.hotlines.length);
		expect(counts.documents).toBe(core.documents.length);
		expect(core.services).toHaveLength(372);
		expect(core.departments).toHaveLength(34);
	});

	it('不含个人手机号、电子邮箱和登录信息', () => {
		for (const file of bundle.manifest.files) {
			const text = readFileSync(`static/${file.path}`, 'utf8');
			expect(text, file.path).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
			expect(text, file.path).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
			expect(text, file.path).not.toMatch(/密码|password/i);
		}
	});
});
