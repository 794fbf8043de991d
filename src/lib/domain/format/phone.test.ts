import { describe, expect, it } from 'vitest';
import { formatDialable, hotlineId } from './phone';

describe('formatDialable', () => {
	it('拨打文件里印的 7 位本地号码时自动加上区号 0358', () => {
		expect(formatDialable({ number: '8296700', areaCode: '0358' })).toEqual({
			display: '0358-8296700',
			tel: '03588296700'
		});
		// Stored without area code (as 001 prints it): still dialable from any phone.
		expect(formatDialable({ number: '8296700' })).toEqual({ display: '0358-8296700', tel: '03588296700' });
	});

	it('keeps short service numbers as they are', () => {
		expect(formatDialable({ number: '12345' })).toEqual({ display: '12345', tel: '12345' });
		expect(formatDialable({ number: '120' })).toEqual({ display: '120', tel: '120' });
	});

	it('uses another area code when the record has one', () => {
		expect(formatDialable({ number: '12345678', areaCode: '0351' })).toEqual({
			display: '0351-12345678',
			tel: '035112345678'
		});
	});
});

describe('hotlineId', () => {
	it('is the number for service numbers and area-code-number for landlines', () => {
		expect(hotlineId('12336')).toBe('12336');
		expect(hotlineId('8227519', '0358')).toBe('0358-8227519');
		expect(hotlineId('8227519')).toBe('0358-8227519');
	});
});
