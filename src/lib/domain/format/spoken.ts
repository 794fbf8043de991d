/**
 * Text as it should be heard. Screen readers and speech engines read 「12345」 as 一万二千三百四十五 and
 * 「0358-8296700」 as one large number; a number to dial or to quote at a counter must be heard digit by digit.
 * Amounts (「每人每月200元」) are quantities and are left alone.
 */

const DIGIT_RUN = /\d+/g;
/** A pause a speech engine honours between groups of a phone number. */
const GROUP_PAUSE = '，';

/** Each run of digits spaced out so it is read digit by digit: 「吕政发〔2019〕36号」→「吕政发〔2 0 1 9〕3 6 号」. */
export function digitByDigit(text: string): string {
	return text.replace(DIGIT_RUN, (run, offset: number, whole: string) => {
		const spaced = run.split('').join(' ');
		const after = whole[offset + run.length];
		return after && !/\s/.test(after) ? `${spaced} ` : spaced;
	});
}

/** A phone number as dialled, group by group: 「0358-8296700」→「0 3 5 8，8 2 9 6 7 0 0」. */
export function phoneDigits(display: string): string {
	return (display.match(DIGIT_RUN) ?? []).map((g) => g.split('').join(' ')).join(GROUP_PAUSE);
}
