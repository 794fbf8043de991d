/**
 * Pages write the catalogue's title and 文号 as text (an import of the city config would put it into every page's
 * start-up script, src/lib/domain/city.ts). This test is the link back to data/city.json: for a second city it lists
 * every place that still names the first one's catalogue.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '#lib/domain/city';

const CATALOGUE_TITLE = CATALOGUE.title;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
	});
}

const SOURCES = files('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));
/** The words before 市级公共服务事项目录 up to the first non-Han character: the city's name and any lead-in. */
const TITLE = /\p{Script=Han}*市级公共服务事项目录/gu;
/** 《title》（文号）, as the pages cite the catalogue. */
const CITED = /《(\p{Script=Han}*市级公共服务事项目录)》（([^）]+)）/gu;

describe('页面上写的目录名和文号与城市配置一致', () => {
	it('每处写到“市级公共服务事项目录”的地方都是 data/city.json 里的目录名', () => {
		const wrong = SOURCES.flatMap(({ path, text }) =>
			[...text.matchAll(TITLE)].filter((m) => !m[0].endsWith(CATALOGUE_TITLE)).map((m) => `${path}: ${m[0]}`)
		);
		expect(SOURCES.some(({ text }) => text.includes(CATALOGUE_TITLE))).toBe(true);
		expect(wrong).toEqual([]);
	});

	it('引用目录时写的文号是 data/city.json 里的文号', () => {
		const cited = SOURCES.flatMap(({ path, text }) => [...text.matchAll(CITED)].map((m) => ({ path, docNo: m[2] })));
		expect(cited.length).toBeGreaterThan(0);
		expect(cited.filter((c) => c.docNo !== CATALOGUE.docNo)).toEqual([]);
	});
});
