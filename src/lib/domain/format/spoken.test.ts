import { describe, expect, it } from 'vitest';
import { digitByDigit, phoneDigits } from './spoken';

describe('numbers read digit by digit', () => {
	it('reads a phone number group by group, one digit at a time', () => {
		expect(phoneDigits('0358-8296700')).toBe('0 3 5 8，8 2 9 6 7 0 0');
		expect(phoneDigits('12345')).toBe('1 2 3 4 5');
	});
	it('reads the numbers of a 文号 and a 编号 one digit at a time, keeping the words', () => {
		expect(digitByDigit('吕政发〔2019〕36号')).toBe('吕政发〔2 0 1 9 〕3 6 号');
		expect(digitByDigit('第 166 项')).toBe('第 1 6 6 项');
	});
	it('leaves text without digits as it is', () => {
		expect(digitByDigit('原文未印文号')).toBe('原文未印文号');
	});
});
