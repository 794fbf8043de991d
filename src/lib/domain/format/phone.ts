/**
 * Phone numbers as people dial them. The gazettes print 吕梁 landlines without the area code (001: 「8228066」)
 * or with it (002: 「0358-8237537」, 「0358—8227519」); the data stores the local digits plus `areaCode`, and the app
 * shows and dials the full number, because a mobile phone outside 吕梁 cannot reach a bare 7-digit number.
 */
import type { Hotline } from '../schema';

/** The city's long-distance prefix (data/city.json: 0358, printed at 001:50 「（0358）8227519」 and throughout 002). */
export { AREA_CODE } from '../city';
import { AREA_CODE } from '../city';

/** Landline subscriber numbers in China have 7 or 8 digits; anything shorter is a service number (110, 12345). */
const MIN_LOCAL_DIGITS = 7;

/** The area code a number is dialled with: its own, 0358 for a bare landline, none for service numbers. */
function areaCodeOf(number: string, areaCode?: string): string | undefined {
	return areaCode ?? (number.length >= MIN_LOCAL_DIGITS ? AREA_CODE : undefined);
}

/** Stable record id for a number: the digits for service numbers, `0358-8227519` for landlines. */
export function hotlineId(number: string, areaCode?: string): string {
	const code = areaCodeOf(number, areaCode);
	return code ? `${code}-${number}` : number;
}

/** `display` for reading (0358-8296700, 12345) and `tel` for a `tel:` link (03588296700, 12345). */
export function formatDialable(h: Pick<Hotline, 'number' | 'areaCode'>): { display: string; tel: string } {
	const code = areaCodeOf(h.number, h.areaCode);
	if (!code) return { display: h.number, tel: h.number };
	return { display: `${code}-${h.number}`, tel: `${code}${h.number}` };
}
