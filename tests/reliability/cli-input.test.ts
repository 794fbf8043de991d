/**
 * Reliability round two, items 8 and 11: what the check accepts from the command line — unknown county ids,
 * deep or huge JSON, numbers JSON cannot hold, prototype keys — and a profile on standard input. Item 12: a
 * YAML syntax error names its file, and a long shared list is never cut silently.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MAX_PROFILE_CHARS, MAX_PROFILE_DEPTH, parseProfile } from '#lib/domain/eligibility/profile';
import { extractCounties } from '../../scripts/extract/counties';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBenefits } from '../../scripts/extract/benefits';
import { loadCuratedHotlines } from '../../scripts/extract/hotlines';
import { loadCuratedDocuments } from '../../scripts/extract/documents';
import { MAX_SHARED_ITEMS, parseIdsParam, shareIds } from '#lib/domain/saved';

const counties = extractCounties();

function cli(args: string[], input?: string): { code: number | null; out: string; err: string } {
	// Node with tsx's loader, as npm run cli does, without npx resolving tsx first on every call.
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'check', ...args], {
		encoding: 'utf8',
		input,
		maxBuffer: 1 << 24
	});
	return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('测一测的命令行输入', () => {
	it('不认识的县（shi-lou）被拒绝，并列出可以填的县', () => {
		const r = parseProfile('{"county":"shi-lou"}', { counties });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors[0]).toContain('收到 「shi-lou」');
		expect(r.errors[0]).toContain('shilou（');
		expect(parseProfile('{"county":"shilou"}', { counties }).ok).toBe(true);
	});

	it('命令行里填错县名：退出码 2，列出正确的县编号', () => {
		const r = cli(['--json', '{"county":"shi-lou"}']);
		expect(r.code).toBe(2);
		expect(r.out).toBe('');
		expect(r.err).toContain('shilou');
	});

	it(`层层嵌套的 JSON（超过 ${MAX_PROFILE_DEPTH} 层）给出清楚的提示，不会栈溢出`, () => {
		const deep = (levels: number) => `{"disabilityCategories":${'['.repeat(levels)}${']'.repeat(levels)}}`;
		const r = parseProfile(deep(5000));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[0]).toContain('嵌套太深');
		// The reported case: 100 KB of nesting on the command line's standard input.
		const c = cli(['--json', '-'], deep(50_000));
		expect(c.code).toBe(2);
		expect(c.err).toMatch(/情况描述(太长|嵌套太深)/);
	});

	it('太长的输入给出清楚的提示', () => {
		const r = parseProfile(`{"age":5${' '.repeat(MAX_PROFILE_CHARS)}}`);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[0]).toContain('太长');
	});

	it('JSON 存不下的数（1e400）按原样回显，不说“收到 null”', () => {
		const r = parseProfile('{"age": 1e400}');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors[0]).toContain('收到 1e400');
		expect(r.errors[0]).not.toContain('null');
	});

	it('__proto__ 之类的键被拒绝，不会悄悄生效', () => {
		const r = parseProfile('{"__proto__":{"age":5},"hukou":"吕梁户口"}');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors.join('\n')).toContain('__proto__');
		const c = parseProfile('{"constructor":{"prototype":{"x":1}}}');
		expect(c.ok).toBe(false);
	});

	it('可以从标准输入读情况（--json -）', () => {
		const r = cli(['--json', '-'], '{"age":70,"basicPension":"已领取待遇"}');
		expect(r.code).toBe(0);
		const lines = JSON.parse(r.out) as { benefitId: string }[];
		expect(lines.some((l) => l.benefitId === 'supplementary-pension')).toBe(true);
	});
});

describe('数据文件写错时，构建说清是哪个文件哪一行', () => {
	it.each([
		['补贴', (dir: string) => loadBenefits(dir), 'broken.yaml'],
		['热线', (dir: string) => loadCuratedHotlines(join(dir, 'hotlines.yaml')), 'hotlines.yaml'],
		['文件', (dir: string) => loadCuratedDocuments(join(dir, 'documents.yaml')), 'documents.yaml']
	])('%s的 YAML 语法错误', (_kind, load, file) => {
		const dir = mkdtempSync(join(tmpdir(), 'yaml-'));
		writeFileSync(join(dir, file), 'id: ok\nlist:\n  - a\n  b: [unclosed\n');
		expect(() => load(dir)).toThrow(new RegExp(`${file.replace('.', '\\.')}:\\d+: YAML error`));
	});
});

describe('分享很长的收藏清单', () => {
	it(`不超过 ${MAX_SHARED_ITEMS} 项时全部分享；超过时说明只分享了多少项`, () => {
		const keys = (n: number) => Array.from({ length: n }, (_, i) => `service-${i + 1}`);
		const all = shareIds(keys(150));
		expect(all.shared).toBe(150);
		expect(all.left).toBe(0);
		expect(parseIdsParam(all.param)).toHaveLength(150);
		const over = shareIds(keys(MAX_SHARED_ITEMS + 7));
		expect(over.shared).toBe(MAX_SHARED_ITEMS);
		expect(over.left).toBe(7);
	});
});
