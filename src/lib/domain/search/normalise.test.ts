import { describe, expect, it } from 'vitest';
import { foldWidth, normalise, splitRuns } from './normalise';

describe('normalise', () => {
	it('folds full width to half width and lower-cases', () => {
		expect(foldWidth('ＡＢＣ１２３\u3000')).toBe('ABC123 ');
		expect(normalise('ＶＣＴ名录')).toBe('vct名录');
	});

	it('drops spaces and Chinese and ASCII punctuation', () => {
		expect(normalise('“办事咨询(各阶段含入学、转学)”')).toBe('办事咨询各阶段含入学转学');
		expect(normalise('职业供求信息, 市场工资')).toBe('职业供求信息市场工资');
		expect(normalise('吕梁市 人社局')).toBe('吕梁市人社局');
		expect(normalise('《公证员执业管理办法》')).toBe('公证员执业管理办法');
	});

	it('maps variant and traditional characters', () => {
		expect(normalise('査询')).toBe('查询');
		expect(normalise('社會保障卡補領')).toBe('社会保障卡补领');
	});

	it('drops emoji and symbols and is idempotent', () => {
		expect(normalise('😀社保卡👍')).toBe('社保卡');
		const once = normalise('  Ｈｕ ｚｈａｏ！护照 ');
		expect(normalise(once)).toBe(once);
	});
});

describe('splitRuns', () => {
	it('splits at spaces, punctuation and script changes', () => {
		expect(splitRuns('sbk丢了, 12333热线')).toEqual([
			{ kind: 'latin', text: 'sbk' },
			{ kind: 'han', text: '丢了' },
			{ kind: 'latin', text: '12333' },
			{ kind: 'han', text: '热线' }
		]);
	});
});
