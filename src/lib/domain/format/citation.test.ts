import { describe, expect, it } from 'vitest';
import { chineseDate, citationText, sourceYear } from './citation';

describe('citation', () => {
	it('cites 文号, date, gazette and line in plain Chinese', () => {
		expect(citationText({ file: '000', line: 1107, docNo: '吕政办发〔2019〕29号', date: '2019-06-21' })).toBe(
			'吕政办发〔2019〕29号 · 2019年6月21日 · 吕梁市人民政府公报 2019年第2号 · 原文第 1107 行'
		);
		expect(citationText({ file: '003', line: 359, lineEnd: 377, date: '2019-05-24' })).toContain('原文第 359–377 行');
	});
	it('formats dates the way people read them', () => {
		expect(chineseDate('2023-12-20')).toBe('2023年12月20日');
		expect(sourceYear({ date: '2019-06-21' })).toBe('2019');
	});
});
