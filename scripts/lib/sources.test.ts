import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NATIONAL_DOCUMENTS, chineseDate, citationText } from '#lib/domain/format/citation';
import type { NationalFile } from '#lib/domain/schema';
import {
	SOURCES_DIR,
	SourceError,
	normaliseForQuote,
	sourceDate,
	sourceLines,
	verifyQuote,
	isRunningHeader
} from './sources';

describe('verifyQuote', () => {
	it('finds a quote on one line of the catalogue notice', () => {
		expect(() =>
			verifyQuote({ file: '000', line: 1048, date: '2019-06-21', quote: '吕政办发〔2019〕29号' })
		).not.toThrow();
	});

	it('finds a quote that 004 splits across a running page header', () => {
		// 004:4048–4056 breaks 「7314 平方公里」 with the header 「吕梁市人民政府公报 2021•2 …」 and 「- 43 -」.
		expect(() =>
			verifyQuote({ file: '004', line: 4048, lineEnd: 4056, date: '2021-04-16', quote: '7314平方公里，占全市的35%' })
		).not.toThrow();
	});

	it('reports file, line and reason when the quote is not there', () => {
		expect(() => verifyQuote({ file: '000', line: 1048, date: '2019-06-21', quote: '不存在的句子' })).toThrow(
			/data\/sources\/000_[0-9a-f]+\.txt:1048: quote not found/
		);
		expect(() => verifyQuote({ file: '000', line: 1048, date: '2019-06-21', quote: '不存在的句子' })).toThrow(
			SourceError
		);
	});

	it('rejects a line past the end of the file', () => {
		expect(() => verifyQuote({ file: '003', line: 999999, date: '2019-05-24', quote: 'x' })).toThrow(/out of range/);
	});

	it('recognises running headers and page numbers', () => {
		expect(isRunningHeader('吕梁市人民政府公报 2021•2 市政府办公室文件')).toBe(true);
		expect(isRunningHeader('- 43 -')).toBe(true);
		expect(isRunningHeader('里，占全市的 35%')).toBe(false);
	});
});

describe('national sources (data/sources/national/)', () => {
	it('verifies quotes in the national excerpts like the gazettes', () => {
		expect(() => verifyQuote({ file: 'n01', line: 4, date: '2003-04-28', quote: '火警119' })).not.toThrow();
		expect(() => verifyQuote({ file: 'n01', line: 4, date: '2003-04-28', quote: '火警96119' })).toThrow(
			/data\/sources\/national\/emergency-numbers\.txt:4: quote not found/
		);
	});

	it.each(Object.entries(NATIONAL_DOCUMENTS).flatMap(([file, docs]) => docs.map((d) => [file, d] as const)))(
		'%s: the document each excerpt cites is named on its heading line',
		(file, d) => {
			const heading = normaliseForQuote(sourceLines(file as NationalFile)[d.headingLine - 1] ?? '');
			expect(heading).toContain(normaliseForQuote(d.heading));
			for (const part of d.title.split(/(?=《)/)) expect(d.heading).toContain(part);
			if (d.docNo) expect(d.heading).toContain(d.docNo);
			expect(d.heading).toContain(chineseDate(d.date));
			expect(sourceDate(file as NationalFile, d.line)).toBe(d.date);
		}
	);

	it('keeps the provenance README beside the excerpts', () => {
		expect(readFileSync(join(SOURCES_DIR, 'national', 'README.md'), 'utf8')).toContain('emergency-numbers.txt');
	});

	it('cites a national passage by its document, not by a gazette issue', () => {
		expect(citationText({ file: 'n01', line: 7, docNo: '国办发〔2020〕53号', date: '2021-01-06' })).toBe(
			'国办发〔2020〕53号 · 2021年1月6日 · 《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》 · 原文第 7 行'
		);
	});
});
