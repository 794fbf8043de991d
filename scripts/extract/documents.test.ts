import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import {
	cleanTitle,
	documentId,
	extractDocumentsWithPhones,
	loadCuratedDocuments,
	normaliseDocNo,
	parseConsultPhone,
	parseDateLine,
	splitIssuer
} from './documents';
import { verifyQuote } from '../lib/sources';

/**
 * Every document of the research inventories (shared/research/seeds-000-003.md §1, seeds-001-002-004.md §1):
 * file, first and last line, 文号, date (undefined where the source prints none).
 */
const INVENTORY: Array<[string, number, number, string, string | undefined]> = [
	['000', 53, 324, '吕政发〔2019〕5号', '2019-06-18'],
	['000', 326, 465, '吕政发〔2019〕7号', '2019-09-26'],
	['000', 467, 702, '吕政发〔2019〕9号', '2019-09-30'],
	['000', 704, 756, '吕政办发〔2019〕25号', '2019-06-20'],
	['000', 758, 1042, '吕政办发〔2019〕27号', '2019-06-15'],
	['000', 1044, 1480, '吕政办发〔2019〕29号', '2019-06-21'],
	['000', 1482, 1696, '吕政办发〔2019〕30号', '2019-07-08'],
	['000', 1698, 1782, '吕政办发〔2019〕31号', '2019-07-15'],
	['000', 1784, 2433, '吕政办发〔2019〕32号', '2019-07-25'],
	['000', 2435, 2641, '吕政办发〔2019〕33号', '2019-06-18'],
	['000', 2643, 2854, '吕政办发〔2019〕35号', '2019-07-26'],
	['000', 2856, 2938, '吕政办发〔2019〕36号', '2019-07-25'],
	['000', 2940, 3157, '吕政办发〔2019〕38号', '2019-07-25'],
	['000', 3159, 3281, '吕政办发〔2019〕41号', '2019-08-20'],
	['000', 3283, 3479, '吕政办发〔2019〕44号', '2019-09-04'],
	['000', 3481, 3674, '吕政办发〔2019〕47号', '2019-09-29'],
	['000', 3676, 3776, '吕政办发〔2019〕48号', '2019-09-27'],
	['000', 3778, 3841, '吕农发〔2019〕36号', '2019-04-01'],
	['000', 3843, 3922, '吕农发〔2019〕54号', '2019-04-16'],
	['003', 46, 171, '吕政发〔2019〕2号', '2019-04-07'],
	['003', 173, 377, '吕政发〔2019〕4号', '2019-05-24'],
	['003', 379, 595, '吕政办发〔2019〕1号', '2019-01-10'],
	['003', 597, 667, '吕政办发〔2019〕2号', '2019-01-16'],
	['003', 669, 783, '吕政办发〔2019〕23号', '2019-05-28'],
	['003', 785, 905, '吕政办发〔2019〕7号', undefined],
	['003', 907, 1058, '吕政办发〔2019〕14号', '2019-04-03'],
	['003', 1060, 1140, '吕政办发〔2019〕16号', '2019-04-17'],
	['003', 1142, 1325, '吕政办发〔2019〕19号', '2019-05-09'],
	['003', 1327, 1401, '吕政办发〔2019〕22号', '2019-06-01'],
	['003', 1403, 1589, '吕发改办发〔2019〕54号', undefined],
	['003', 1591, 1767, '吕发改办发〔2019〕192号', '2019-06-12'],
	['003', 1769, 1874, '吕发改财经发〔2019〕31号', '2019-02-26'],
	['001', 98, 346, '吕政发〔2022〕1号', '2022-05-07'],
	['001', 350, 446, '吕政发〔2022〕3号', '2022-04-15'],
	['001', 450, 505, '吕政发〔2022〕4号', '2022-04-21'],
	['001', 507, 574, '吕政发〔2022〕5号', '2022-04-21'],
	['001', 578, 826, '吕政发〔2022〕6号', '2022-04-28'],
	['001', 828, 858, '吕政函〔2022〕13号', '2022-04-28'],
	['001', 860, 888, '吕政函〔2022〕14号', '2022-04-28'],
	['001', 890, 951, '吕政办发〔2022〕15号', '2022-04-18'],
	['001', 953, 1302, '吕政办发〔2022〕16号', '2022-04-22'],
	['001', 1305, 1462, '吕政办发〔2022〕17号', '2022-04-24'],
	['001', 1464, 1550, '吕政办发〔2022〕18号', '2022-04-27'],
	['001', 1552, 1681, '吕政办发〔2022〕19号', '2022-04-29'],
	['001', 1683, 1890, '吕政办发〔2022〕20号', '2022-04-29'],
	['001', 1892, 2048, '吕政办发〔2022〕22号', '2022-05-04'],
	['001', 2052, 2253, '吕政办发〔2022〕23号', '2022-05-07'],
	['001', 2255, 2381, '吕政办发〔2022〕24号', '2022-05-09'],
	['001', 2383, 2471, '吕政办发〔2022〕28号', '2022-05-14'],
	['001', 2473, 2575, '吕政办发〔2022〕29号', '2022-05-20'],
	['001', 2577, 2809, '吕政办发〔2022〕30号', '2022-05-31'],
	['001', 2811, 2985, '吕政办发〔2022〕31号', '2022-06-02'],
	['001', 2987, 3115, '吕政办发〔2022〕32号', '2022-06-02'],
	['001', 3117, 3215, '吕政办函〔2022〕8号', '2022-04-15'],
	['001', 3217, 3275, '吕政办函〔2022〕9号', '2022-04-15'],
	['001', 3277, 3365, '吕政办函〔2022〕12号', '2022-04-20'],
	['001', 3367, 3399, '吕政办函〔2022〕14号', '2022-04-21'],
	['001', 3401, 3433, '吕政办函〔2022〕15号', '2022-04-29'],
	['001', 3435, 3506, '吕政办函〔2022〕17号', '2022-05-10'],
	['002', 82, 378, '吕政发〔2023〕17号', '2023-11-30'],
	['002', 380, 417, '吕政函〔2023〕83号', '2023-11-13'],
	['002', 419, 514, '吕政函〔2023〕85号', '2023-11-17'],
	['002', 516, 672, '吕政办发〔2023〕21号', '2023-09-17'],
	['002', 674, 856, '吕政办发〔2023〕23号', '2023-10-15'],
	['002', 858, 1220, '吕政办发〔2023〕28号', '2023-11-13'],
	['002', 1222, 1609, '吕政办发〔2023〕29号', '2023-11-20'],
	['002', 1611, 1733, '吕政办发〔2023〕30号', '2023-11-22'],
	['002', 1735, 1943, '吕政办发〔2023〕31号', '2023-11-28'],
	['002', 1945, 2153, '吕政办发〔2023〕32号', '2023-12-02'],
	['002', 2155, 2239, '吕政办函〔2023〕39号', '2023-11-22'],
	['002', 2241, 2335, '吕政办函〔2023〕42号', '2023-12-14'],
	['002', 2337, 2434, '吕审发〔2023〕38号', '2023-05-24'],
	['002', 2436, 2502, '吕城发〔2023〕66号', '2023-12-20'],
	['002', 2504, 2536, '吕政任〔2023〕11号', '2023-10-26'],
	['002', 2538, 2566, '吕政任〔2023〕12号', '2023-12-15'],
	['004', 1, 859, '吕政发〔2021〕1号', '2021-05-13'],
	['004', 861, 1137, '吕政发〔2021〕3号', '2021-04-21'],
	['004', 1138, 1497, '吕政办发〔2021〕13号', '2021-03-05'],
	['004', 1499, 2036, '吕政办发〔2021〕14号', '2021-01-15'],
	['004', 2037, 2896, '吕政办发〔2021〕15号', '2021-03-19'],
	['004', 2897, 3170, '吕政办发〔2021〕17号', '2021-04-05'],
	['004', 3172, 3992, '吕政办发〔2021〕18号', '2021-04-12'],
	['004', 3993, 4475, '吕政办发〔2021〕20号', '2021-04-16'],
	['004', 4476, 5036, '吕政办发〔2021〕21号', '2021-04-25'],
	['004', 5038, 5690, '吕政办发〔2021〕22号', '2021-04-27']
];

const { documents, consultPhones } = extractDocumentsWithPhones();
const byDocNo = (docNo: string) => documents.find((d) => d.docNo === docNo);

describe('extractDocuments on the real gazettes', () => {
	it('finds as many documents per file as the research inventory', () => {
		const count = (f: string) => documents.filter((d) => d.source.file === f).length;
		expect([count('000'), count('001'), count('002'), count('003'), count('004')]).toEqual([19, 27, 16, 13, 10]);
	});

	it('matches the inventory for every document: lines, 文号 and date', () => {
		const got = documents.map((d) => [d.source.file, d.lineStart, d.lineEnd, d.docNo, d.date]);
		expect(got).toEqual([...INVENTORY].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]));
	});

	it('parses the catalogue notice 吕政办发〔2019〕29号', () => {
		const d = byDocNo('吕政办发〔2019〕29号');
		expect(d).toMatchObject({
			id: 'lzbf-2019-29',
			title: '关于印发吕梁市市级公共服务事项目录的通知',
			issuer: '吕梁市人民政府办公室',
			date: '2019-06-21',
			issue: '2019年第2号',
			lineStart: 1044,
			lineEnd: 1480,
			citizenFacing: true
		});
	});

	it('parses 吕城发〔2023〕66号 of the 城市管理局 with its spaced title and 0358- phone', () => {
		const d = byDocNo('吕城发〔2023〕66号');
		expect(d).toMatchObject({
			date: '2023-12-20',
			issuer: '吕梁市城市管理局',
			title: '关于印发城市管理领域包容免罚清单、从轻处罚清单、减轻处罚清单的通知',
			consultUnit: '吕梁市城市管理局',
			consultHotlineIds: ['0358-3398063']
		});
	});

	it('查到助企纾困措施文件的咨询电话 (001 prints 7 digits without area code)', () => {
		const d = byDocNo('吕政办发〔2022〕18号');
		expect(d?.consultUnit).toBe('吕梁市发展和改革委员会');
		expect(d?.consultHotlineIds).toEqual(['0358-8231032']);
		const phone = consultPhones.find((p) => p.docNo === '吕政办发〔2022〕18号');
		expect(phone).toMatchObject({ file: '001', line: 1548, number: '8231032', areaCode: '0358', printed: '8231032' });
	});

	it('joins titles wrapped over lines and removes wrap spaces (「通 知」, 004 short lines)', () => {
		expect(byDocNo('吕政办发〔2022〕23号')?.title).toBe('关于印发2022年市级重点工程项目名单的通知');
		expect(byDocNo('吕政办发〔2021〕21号')?.title).toBe('关于印发吕梁市建立城乡居民补充养老保险制度实施方案的通知');
		expect(byDocNo('吕政函〔2022〕13号')?.title).toBe(
			'关于调整吕梁新区BS-04-01 BS-04-03等七个地块控制性详细规划的批复'
		);
	});

	it('reads issuers from the title, the signature, or several signatures', () => {
		expect(byDocNo('吕农发〔2019〕36号')?.issuer).toBe(
			'吕梁市农业农村局、吕梁市林业局、吕梁市扶贫开发办公室、吕梁市财政局'
		);
		expect(byDocNo('吕政办发〔2019〕1号')?.issuer).toBe('吕梁市人民政府办公厅');
		expect(byDocNo('吕政办发〔2019〕23号')?.issuer).toBe('吕梁市人民政府办公室');
		expect(byDocNo('吕发改财经发〔2019〕31号')?.issuer).toBe(
			'吕梁市发展和改革委员会、中国人民银行吕梁市中心支行、中共吕梁市委机构编制委员会办公室'
		);
	});

	it('leaves the date out where 003 prints none, but still cites the gazette date', () => {
		for (const no of ['吕政办发〔2019〕7号', '吕发改办发〔2019〕54号']) {
			const d = byDocNo(no);
			expect(d?.date).toBeUndefined();
			expect(d?.source.date).toBe('2019-07-01');
		}
	});

	it('does not take the broken duplicate layer 004:5695–5910 for a document', () => {
		expect(documents.filter((d) => d.docNo === '吕政办发〔2021〕18号')).toHaveLength(1);
		expect(documents.every((d) => d.source.file !== '004' || d.lineEnd < 5695)).toBe(true);
	});

	it('flags personnel appointments as not citizen-facing', () => {
		const personnel = documents.filter((d) => d.docNo?.startsWith('吕政任'));
		expect(personnel).toHaveLength(2);
		expect(personnel.every((d) => !d.citizenFacing && d.summary === undefined)).toBe(true);
	});

	it('gives every citizen-facing document a summary with a verified quote', () => {
		const facing = documents.filter((d) => d.citizenFacing);
		expect(facing.length).toBeGreaterThanOrEqual(30);
		for (const d of facing) {
			expect(d.summary, d.id).toBeTruthy();
			expect(d.source.quote, d.id).toBeTruthy();
		}
		for (const c of loadCuratedDocuments()) {
			if (c.quote) {
				expect(() =>
					verifyQuote({
						file: c.file,
						line: c.quote!.line,
						lineEnd: c.quote!.lineEnd,
						date: '2019-01-01',
						quote: c.quote!.text
					})
				).not.toThrow();
			}
		}
	});

	it('collects the 41 咨询电话 of 001 and 002 and no personal number', () => {
		expect(consultPhones).toHaveLength(41);
		expect(consultPhones.filter((p) => p.file === '001')).toHaveLength(27);
		expect(consultPhones.every((p) => /^\d{7}$/.test(p.number) && p.areaCode === '0358')).toBe(true);
		const text = JSON.stringify({ documents, consultPhones });
		expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
		expect(text).not.toMatch(/@/);
	});

	it('has unique ids and is deterministic', () => {
		expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
		expect(JSON.stringify(extractDocumentsWithPhones().documents)).toBe(JSON.stringify(documents));
	});
});

describe('errors name file and line', () => {
	function withYaml(edit: (text: string) => string): string {
		const dir = mkdtempSync(join(tmpdir(), 'docs-'));
		const path = join(dir, 'documents.yaml');
		writeFileSync(
			path,
			edit(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'curated', 'documents.yaml'), 'utf8'))
		);
		return path;
	}

	it('reports a 文号 that differs from the curated one', () => {
		const path = withYaml((t) => t.replace('docNo: 吕政办发〔2019〕29号', 'docNo: 吕政办发〔2019〕28号'));
		expect(() => extractDocumentsWithPhones(loadCuratedDocuments(path))).toThrow(
			/000_[0-9a-f]+\.txt:1048: 文号 吕政办发〔2019〕29号 differs/
		);
	});

	it('reports a 文号 line that no range covers', () => {
		const path = withYaml((t) => t.replace(/- file: "000"\n {2}lineStart: 1044\n(?:(?! {2}- |- ).*\n)*/, ''));
		expect(() => extractDocumentsWithPhones(loadCuratedDocuments(path))).toThrow(
			/000_[0-9a-f]+\.txt:1048: 文号 line outside/
		);
	});

	it('reports a quote that is not in the source', () => {
		const path = withYaml((t) => t.replace('梳理形成了《吕梁市市级公共服务事项目录》，现予以公布', '梳理形成了目录'));
		expect(() => extractDocumentsWithPhones(loadCuratedDocuments(path))).toThrow(
			/000_[0-9a-f]+\.txt:1052: quote not found/
		);
	});
});

describe('text helpers', () => {
	it('normalises 文号 spacing', () => {
		expect(normaliseDocNo('吕政办函〔2023〕39 号')).toBe('吕政办函〔2023〕39号');
		expect(normaliseDocNo('\t吕政办发〔2021〕18号')).toBe('吕政办发〔2021〕18号');
	});

	it('reads the three printed date shapes', () => {
		expect(parseDateLine('2019年6月18日')).toBe('2019-06-18');
		expect(parseDateLine('2019 年 6 月 20 日')).toBe('2019-06-20');
		expect(parseDateLine('2021 年 4 月 21 日')).toBe('2021-04-21');
		expect(parseDateLine('2019年6月18日前完成')).toBeUndefined();
	});

	it('reads consult phones with or without area code', () => {
		expect(parseConsultPhone('8228066')).toEqual({ number: '8228066', areaCode: '0358' });
		expect(parseConsultPhone('0358-8237537')).toEqual({ number: '8237537', areaCode: '0358' });
		expect(parseConsultPhone('0358—8227519')).toEqual({ number: '8227519', areaCode: '0358' });
		expect(parseConsultPhone('13363580036')).toBeUndefined();
	});

	it('cleans and splits titles', () => {
		expect(cleanTitle('关于印发吕梁市 2022 年政务公开工作要点的 通 知')).toBe(
			'关于印发吕梁市2022年政务公开工作要点的通知'
		);
		expect(splitIssuer('吕梁市人民政府办公室 印发关于开展城市道路交通综合整治工作的 实施方案的通知')).toEqual({
			issuers: ['吕梁市人民政府办公室'],
			title: '印发关于开展城市道路交通综合整治工作的实施方案的通知'
		});
	});

	it('derives ids from the 文号', () => {
		expect(documentId('吕政办发〔2019〕29号')).toBe('lzbf-2019-29');
		expect(documentId('吕发改财经发〔2019〕31号')).toBe('lfgcjf-2019-31');
	});
});
