/**
 * The 13 县（市、区） of 吕梁 with their numbers of 乡镇 and 村, parsed from the only table that gives both for every
 * county: 附件 「全市“一乡一特一园区、一村一品一基地”创建目标分解表」 of 吕政办发〔2019〕7号 (003:883–905).
 * Header 「县 别⇥乡镇数⇥村 数⇥…」 (spaces inside words), one TAB row per county, and a 全市合计 row that is
 * checked against the column sums. 兴县/临县/岚县 are printed spaced (「兴 县」).
 */
import { CITY } from '#lib/domain/city';
import { pinyin } from 'pinyin-pro';
import { County, type GazetteFile } from '#lib/domain/schema';
import { GAZETTES, SOURCES_DIR, SourceError, sourceLines, sourcePath } from '../lib/sources';

/** Where the county table is (data/city.json): its file, the 文号 line of its document and the header line. */
export const COUNTY_TABLE = { ...CITY.counties, file: CITY.counties.file as GazetteFile };

/** How many 县级 units the table must yield (吕梁: 13, 「全市13个县市区」 003:1369, verified by the build). */
export const COUNTY_COUNT = CITY.counties.count;

const TOTAL_ROW = '全市合计';
const HEADER = ['县别', '乡镇数', '村数'];
const KIND_SUFFIX = /[县市区]$/;

/** 离石区 → lishi; single-character names keep their suffix (兴县 → xingxian), as a bare 「xing」 would be unclear. */
export function countySlug(name: string): string {
	const base = name.replace(KIND_SUFFIX, '');
	const word = base.length === 1 ? name : base;
	return pinyin(word, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase();
}

export function extractCounties(dir = SOURCES_DIR): County[] {
	const { file, docNo, headerLine } = COUNTY_TABLE;
	const lines = sourceLines(file, dir);
	const path = sourcePath(file, dir);
	const cells = (n: number) => (lines[n - 1] ?? '').split('\t').map((c) => c.replace(/\s+/g, ''));
	if (lines[COUNTY_TABLE.docNoLine - 1]?.replace(/\s+/g, '') !== docNo) {
		throw new SourceError(path, COUNTY_TABLE.docNoLine, `expected ${docNo}`);
	}
	const header = cells(headerLine);
	if (HEADER.some((h, i) => header[i] !== h)) {
		throw new SourceError(path, headerLine, `unexpected header 「${header.join('|')}」`);
	}
	// 吕政办发〔2019〕7号 prints no date; cite the gazette issue date (see documents.ts).
	const date = GAZETTES[file].date;
	const counties: County[] = [];
	let total: { townships: number; villages: number; line: number } | undefined;
	for (let n = headerLine + 1; n <= lines.length; n++) {
		const row = cells(n);
		if (row.length < HEADER.length || !row[0]) break;
		const [name, t, v] = row as [string, string, string];
		if (!/^\d+$/.test(t) || !/^\d+$/.test(v))
			throw new SourceError(path, n, `乡镇数/村数 not numbers: 「${t}」「${v}」`);
		if (name === TOTAL_ROW) {
			total = { townships: Number(t), villages: Number(v), line: n };
			continue;
		}
		const kind = KIND_SUFFIX.exec(name)?.[0];
		if (!kind) throw new SourceError(path, n, `county name without 县/市/区: 「${name}」`);
		counties.push(
			County.parse({
				id: countySlug(name),
				name,
				kind,
				townships: Number(t),
				villages: Number(v),
				source: { file, line: n, docNo, date }
			})
		);
	}
	if (counties.length !== COUNTY_COUNT) {
		throw new SourceError(path, headerLine, `expected ${COUNTY_COUNT} counties, found ${counties.length}`);
	}
	if (!total) throw new SourceError(path, headerLine, `no ${TOTAL_ROW} row`);
	const sum = (k: 'townships' | 'villages') => counties.reduce((s, c) => s + (c[k] ?? 0), 0);
	if (sum('townships') !== total.townships || sum('villages') !== total.villages) {
		throw new SourceError(
			path,
			total.line,
			`${TOTAL_ROW} ${total.townships}/${total.villages} ≠ column sums ${sum('townships')}/${sum('villages')}`
		);
	}
	if (new Set(counties.map((c) => c.id)).size !== counties.length)
		throw new SourceError(path, headerLine, 'duplicate county slug');
	return counties;
}
