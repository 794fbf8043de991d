import { describe, expect, it } from 'vitest';
import { createLexicon, parseQuery, SYNONYM_WEIGHT } from './query';

const lex = createLexicon();
const sources = (q: string) => parseQuery(q, lex).terms.map((t) => t.source);

describe('parseQuery', () => {
	it('drops the filler of a spoken question and keeps the words', () => {
		expect(sources('社保卡丢了怎么办')).toEqual(['社保卡', '丢了']);
		expect(sources('我想办低保')).toEqual(['低保']);
		expect(sources('身份证在哪里办理')).toEqual(['身份证']);
		expect(sources('低保的标准')).toEqual(['低保', '标准']);
	});

	it('keeps stop characters inside unknown words', () => {
		expect(sources('在职人员')).toEqual(['在职人员']);
	});

	it('expands synonyms, typed word first at full weight', () => {
		const [term] = parseQuery('社保卡', lex).terms;
		expect(term?.alts[0]).toEqual({ text: '社保卡', weight: 1 });
		expect(term?.alts).toContainEqual({ text: '社会保障卡', weight: SYNONYM_WEIGHT });
	});

	it('joins pinyin typed with spaces and separates scripts', () => {
		expect(sources('she bao ka')).toEqual(['shebaoka']);
		expect(sources('sbk 丢了')).toEqual(['sbk', '丢了']);
	});

	it('recognises phone numbers and requests for a phone', () => {
		expect(parseQuery('12333', lex)).toMatchObject({ phoneLike: true, wantsHotline: true });
		expect(parseQuery('残联电话', lex)).toMatchObject({ phoneLike: false, wantsHotline: true });
		expect(parseQuery('社保卡', lex)).toMatchObject({ phoneLike: false, wantsHotline: false });
	});

	it('bounds the work on very long input', () => {
		expect(parseQuery('社保卡 '.repeat(1000), lex).terms.length).toBe(1);
		expect(parseQuery('啊'.repeat(5000) + '社保卡', lex).terms).toEqual([]);
	});
});
