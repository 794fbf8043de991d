import { describe, expect, it } from 'vitest';
import { SourceError, verifyQuote, isRunningHeader } from './sources';

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
		expect(() => verifyQuote({ file: '000', line: 1048, date: '2019-06-21', quote: '不存在的句子' })).toThrow(SourceError);
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
