import { describe, expect, it } from 'vitest';
import { chineseDate, citationText, citationView, sourceNoteView, sourceYear, withSourceNotes } from './citation';

const REF = { file: '000', line: 1107, docNo: '吕政办发〔2019〕29号', date: '2019-06-21' } as const;

describe('citation', () => {
	it('cites 文号, date, gazette and line in plain Chinese', () => {
		expect(citationText(REF)).toBe(
			'吕政办发〔2019〕29号 · 2019年6月21日 · 吕梁市人民政府公报 2019年第2号 · 原文第 1107 行'
		);
		expect(citationText({ file: '003', line: 359, lineEnd: 377, date: '2019-05-24' })).toContain('原文第 359–377 行');
	});
	it('formats dates the way people read them', () => {
		expect(chineseDate('2023-12-20')).toBe('2023年12月20日');
		expect(sourceYear({ date: '2019-06-21' })).toBe('2019');
	});
	it('看一条出处：页面收到的是排好的文字，和原来在页面里排的一样', () => {
		expect(citationView({ ...REF, quote: '原文' })).toEqual({ year: '2019', text: citationText(REF), quote: '原文' });
		expect(citationView(REF)).not.toHaveProperty('quote');
		expect(sourceNoteView({ ...REF, lineEnd: 1109 })).toEqual({
			note: '出处：吕政办发〔2019〕29号，原文件 000 第 1107–1109 行',
			issue: '吕梁市人民政府公报 2019年第2号'
		});
		// A national excerpt is named as the collection it is in.
		expect(sourceNoteView({ file: 'n01', line: 4, date: '2003-04-28' }).issue).toBe(
			'国家文件摘录（紧急电话与12345热线）'
		);
	});
	it('补贴页的每条依据都带着排好的出处，引文不随页面重复', () => {
		const data = {
			title: '补贴',
			source: { ...REF, quote: '整段原文' },
			conditions: [{ id: 'a', label: '条件', source: { ...REF, line: 1200, quote: '条件原文' } }],
			plain: { file: 'not a source' }
		};
		const noted = withSourceNotes(data);
		expect(noted.conditions[0]?.source).toEqual({ ...REF, line: 1200, ...sourceNoteView({ ...REF, line: 1200 }) });
		expect(noted.source).not.toHaveProperty('quote');
		expect(noted.source.note).toBe('出处：吕政办发〔2019〕29号，原文件 000 第 1107 行');
		expect(noted.plain).toEqual({ file: 'not a source' });
		expect(noted.title).toBe('补贴');
		// The input is not changed: the dataset stays as it was for the next page.
		expect(data.source.quote).toBe('整段原文');
	});
});
