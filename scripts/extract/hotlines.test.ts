import { describe, expect, it } from 'vitest';
import {
	curatedHotlines,
	departmentKey,
	loadCuratedHotlines,
	mergeHotlines,
	shortTitle,
	withOtherSources
} from './hotlines';
import { parseCatalogue } from './catalogue';
import { catalogueEntities } from './entities';
import { extractDocumentsWithPhones } from './documents';
import { sourceLines, sourcePath, verifyQuote } from '../lib/sources';
import type { Department, Hotline } from '#lib/domain/schema';

const extracted = extractDocumentsWithPhones();
const hotlines = curatedHotlines({ extracted });
const byId = (id: string) => hotlines.find((h) => h.id === id);

describe('curatedHotlines on the real gazettes', () => {
	it('has the service numbers printed outside the catalogue, with source line and 文号', () => {
		expect(byId('12336')?.source).toMatchObject({
			file: '003',
			line: 585,
			docNo: '吕政办发〔2019〕1号',
			date: '2019-01-10'
		});
		expect(byId('12325')?.source).toMatchObject({ file: '003', line: 1543, docNo: '吕发改办发〔2019〕54号' });
		expect(byId('12369')?.source).toMatchObject({ file: '000', line: 2854, docNo: '吕政办发〔2019〕35号' });
	});

	it('12345 用国家文件的原话说明，公报里的提及作为另一出处', () => {
		const h = byId('12345');
		expect(h).toMatchObject({
			category: 'general',
			source: { file: 'n01', line: 7, docNo: '国办发〔2020〕53号', date: '2021-01-06' }
		});
		expect(h?.otherSources).toEqual([
			expect.objectContaining({ file: '001', line: 2541, docNo: '吕政办发〔2022〕29号' })
		]);
		// 「也可咨询惠企政策」 was never said by any source.
		expect(h?.purpose).not.toContain('惠企');
		expect(h?.purpose).toContain('7×24小时');
	});

	it('cites 110, 119, 120 and 122 to the national numbering plan, never to a gazette (which prints none of them)', () => {
		for (const id of ['110', '119', '120', '122']) {
			expect(byId(id)).toMatchObject({ category: 'emergency', source: { file: 'n01', line: 4, date: '2003-04-28' } });
			expect(byId(id)?.source.quote).toContain(id);
		}
	});

	it('找到政府信息公开投诉举报电话，并列出同一号码的咨询电话出处', () => {
		const h = byId('0358-8227519');
		expect(h).toMatchObject({
			number: '8227519',
			areaCode: '0358',
			owner: '吕梁市人民政府信息公开工作领导小组办公室',
			source: { file: '002', line: 2275, docNo: '吕政办函〔2023〕42号', date: '2023-12-14' }
		});
		expect(h?.otherSources?.map((s) => `${s.file}:${s.line}`)).toEqual(['002:2329', '002:2233', '001:3109']);
	});

	it('turns every 咨询电话 into one record per number, newest document first', () => {
		const local = hotlines.filter((h) => h.areaCode === '0358');
		expect(local).toHaveLength(34);
		const h = byId('0358-8296700');
		expect(h).toMatchObject({
			owner: '吕梁市规划和自然资源局',
			category: 'service',
			source: { file: '001', line: 852, lineEnd: 854 }
		});
		expect(h?.purpose).toMatch(/等4份文件$/);
		expect(h?.otherSources).toHaveLength(3);
	});

	it('every document 咨询电话 resolves to a hotline', () => {
		const ids = new Set(hotlines.map((h) => h.id));
		for (const d of extracted.documents) for (const id of d.consultHotlineIds) expect(ids.has(id), id).toBe(true);
	});

	it('every quote verifies and every record validates', () => {
		for (const h of hotlines)
			for (const s of [h.source, ...(h.otherSources ?? [])]) expect(() => verifyQuote(s)).not.toThrow();
		for (const c of loadCuratedHotlines()) expect(c.source.quote.length).toBeGreaterThan(4);
	});

	it('contains no personal mobile number or e-mail', () => {
		const text = JSON.stringify(hotlines);
		expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
		expect(text).not.toContain('@');
		for (const personal of ['13363580036', '15110318200', '18319045311', '15935811208', '8212518']) {
			expect(text).not.toContain(personal);
		}
	});

	it('is sorted and deterministic', () => {
		expect(hotlines.map((h) => h.id)).toEqual([...hotlines.map((h) => h.id)].sort());
		expect(JSON.stringify(curatedHotlines({ extracted }))).toBe(JSON.stringify(hotlines));
	});

	it('links owners to catalogue departments when given', () => {
		const dept: Department = {
			id: 'shuili',
			name: '吕梁市水利局',
			printedNames: ['吕梁市水利局'],
			firstService: 1,
			lastService: 2,
			serviceCount: 2,
			source: { file: '000', line: 1100, date: '2019-06-21' }
		};
		const linked = curatedHotlines({ extracted, departments: [dept] });
		expect(linked.find((h) => h.id === '0358-8283419')?.departmentId).toBe('shuili');
	});
});

describe('helpers', () => {
	it('shortens document titles for the purpose text', () => {
		expect(shortTitle('关于印发吕梁市水资源管理办法（试行）的通知')).toBe('吕梁市水资源管理办法（试行）');
		expect(shortTitle('关于印发《吕梁市残疾儿童康复救助制度实施办法》的通知')).toBe(
			'吕梁市残疾儿童康复救助制度实施办法'
		);
		expect(shortTitle('关于在全市分步建设消防站的通知')).toBe('在全市分步建设消防站');
	});

	it('compares department names across printed forms', () => {
		expect(departmentKey('吕梁市人力资源社会保障局')).toBe(departmentKey('吕梁市人力资源和社会保障局'));
		expect(departmentKey('吕梁市人民政府办公室')).toBe(departmentKey('市政府办公室'));
		expect(departmentKey('吕梁市工信局')).toBe(departmentKey('吕梁市工业和信息化局'));
	});

	it('adds other sources without repeating one', () => {
		const h: Hotline = {
			id: '12369',
			number: '12369',
			name: '12369 环保投诉热线',
			purpose: '环保投诉',
			owner: '吕梁市生态环境局',
			serviceIds: [190],
			category: 'service',
			source: { file: '000', line: 1278, date: '2019-06-21' }
		};
		const merged = withOtherSources(h, [
			{ file: '000', line: 1278, date: '2019-06-21' },
			{ file: '000', line: 2854, date: '2019-07-26' }
		]);
		expect(merged.otherSources).toEqual([{ file: '000', line: 2854, date: '2019-07-26' }]);
	});
});

describe('mergeHotlines with the catalogue', () => {
	const { rows } = parseCatalogue(sourceLines('000'), { file: '000' });
	const catalogue = catalogueEntities(rows, sourcePath('000'));
	const merged = mergeHotlines(catalogue.hotlines, curatedHotlines({ extracted, departments: catalogue.departments }));

	it('keeps one record per number: 15 catalogue + 41 others, 12369 and 120 shared', () => {
		expect(catalogue.hotlines).toHaveLength(15);
		expect(merged).toHaveLength(15 + hotlines.length - 2);
		expect(new Set(merged.map((h) => h.id)).size).toBe(merged.length);
	});

	it('环保投诉热线12369：保留目录里的服务事项，并加上微信公众号举报的出处', () => {
		const h = merged.find((x) => x.id === '12369');
		expect(h).toMatchObject({
			serviceIds: [190],
			departmentId: 'shengtaihuanjingju',
			source: { file: '000', line: 1278 }
		});
		expect(h?.otherSources?.map((s) => `${s.file}:${s.line}`)).toEqual(['000:2854']);
		expect(h?.purpose).toContain('微信公众号');
	});

	it('links consult lines to catalogue departments', () => {
		expect(merged.find((h) => h.id === '0358-8224198')?.departmentId).toBe('gongyehexinxihuaju');
		expect(merged.find((h) => h.id === '0358-8236968')?.departmentId).toBe('rensheju');
	});
});
