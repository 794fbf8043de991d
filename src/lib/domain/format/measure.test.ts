import { describe, expect, it } from 'vitest';
import { figureText, timeLimitText } from './measure';

describe('measure wording', () => {
	it('says caps and floors in words, never as a bare number', () => {
		expect(figureText({ value: 60, unit: '%', kind: 'upTo' })).toBe('不超过60%');
		expect(figureText({ value: 5000, unit: '元', kind: 'atLeast' })).toBe('不低于5000元');
		expect(figureText({ value: 1.5, unit: '倍', kind: 'fixed' })).toBe('1.5倍');
	});
	it('prints working days as the gazettes do', () => {
		expect(timeLimitText({ value: 3, unit: '工作日' })).toBe('3个工作日');
		expect(timeLimitText({ value: 20, unit: '日' })).toBe('20日');
		expect(timeLimitText({ value: 3, unit: '年' })).toBe('3年');
	});
});
