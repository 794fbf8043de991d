import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCoreOnly } from './build-data';
import { EMERGENCY_JSON, emergencyBlock, emergencyJson } from './gen-emergency';
import { EMERGENCY_NUMBERS, emergencyLines } from '#lib/domain/danger';

const core = buildCoreOnly();

describe('首页的紧急电话（编进应用的 110/119/120/122）', () => {
	it('四个紧急电话都有名称、用途和国家文件的出处，引文里印着这个号码和名称', () => {
		const lines = emergencyLines(core.hotlines);
		expect(lines.map((l) => l.number)).toEqual([...EMERGENCY_NUMBERS]);
		for (const l of lines) {
			expect(l.source.file, l.number).toBe('n01');
			expect(l.source.quote, l.number).toContain(l.number);
			expect(l.purpose.length, l.number).toBeGreaterThan(0);
			expect(l.when.length, l.number).toBeGreaterThan(0);
		}
	});

	it('编进应用的是四个号码和一条国家文件出处（文号、日期、行号）', () => {
		const block = emergencyBlock(core);
		expect(block.lines.map((l) => l.number)).toEqual([...EMERGENCY_NUMBERS]);
		expect(block.citations).toHaveLength(1);
		expect(block.citations[0]!.text).toContain('第 4 行');
		for (const l of block.lines) expect(block.citations[0]!.quote).toContain(l.number);
	});

	it('少了一个紧急电话时构建失败，不会带着缺号发布', () => {
		expect(() => emergencyLines(core.hotlines.filter((h) => h.id !== '119'))).toThrow(/119/);
	});

	it('编进应用的文件和数据一致（npm run data 会重写它）', () => {
		expect(readFileSync(EMERGENCY_JSON, 'utf8')).toBe(emergencyJson(core));
	});
});
