import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITY } from '#lib/domain/city';
import { CITY_CONFIG_PATH, checkCityConfig } from './city';

function configWith(change: (c: Record<string, unknown>) => void): string {
	const c = JSON.parse(readFileSync(CITY_CONFIG_PATH, 'utf8')) as Record<string, unknown>;
	change(c);
	const path = join(mkdtempSync(join(tmpdir(), 'city-')), 'city.json');
	writeFileSync(path, JSON.stringify(c));
	return path;
}

describe('城市配置 data/city.json', () => {
	it('the real config is valid, its quotes are in the gazettes, and the app reads the same values', () => {
		const city = checkCityConfig();
		expect(city.areaCode.code).toBe(CITY.areaCode.code);
		expect(Object.keys(city.gazettes)).toEqual(Object.keys(CITY.gazettes));
	});

	it('a wrong area code or a moved quote stops the build, naming the file', () => {
		const badCode = configWith((c) => ((c.areaCode as { code: string }).code = '358'));
		expect(() => checkCityConfig(badCode)).toThrow(/city\.json:1: areaCode\.code/);
		const moved = configWith((c) => ((c.counties as { countSource: { line: number } }).countSource.line += 1));
		expect(() => checkCityConfig(moved)).toThrow(/quote not found/);
		const unknownGazette = configWith(
			(c) => ((c.gazettes as Record<string, unknown>)['009'] = { issue: '2030年第1号', date: '2030-01-01' })
		);
		expect(() => checkCityConfig(unknownGazette)).toThrow(/009_\*\.txt:1: source file missing/);
	});

	it('目录的文号与原文不符、或目录所在文件不是公报，都会停下构建', () => {
		type Catalogue = { file: string; docNo: string; dateSource: { line: number } };
		const wrongDocNo = configWith((c) => ((c.catalogue as Catalogue).docNo = '吕政办发〔2019〕30号'));
		expect(() => checkCityConfig(wrongDocNo)).toThrow(/city\.json:1: catalogue\.docNo/);
		const notGazette = configWith((c) => ((c.catalogue as Catalogue).file = '009'));
		expect(() => checkCityConfig(notGazette)).toThrow(/catalogue\.file 009 is not among its gazettes/);
		const movedDate = configWith((c) => ((c.catalogue as Catalogue).dateSource.line += 1));
		expect(() => checkCityConfig(movedDate)).toThrow(/quote not found/);
	});
});
