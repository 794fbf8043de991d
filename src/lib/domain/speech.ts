/**
 * The text 「读给我听」 speaks (issue 18), built from the same facts as the page. In the order a person acts on it:
 * what it is, who it is for, how much, who handles it and where, which number to call. Numbers to dial and
 * catalogue numbers are read digit by digit; amounts are read as amounts. Pure: no speech API here.
 */
import type { Handout } from './handout';
import { formatDialable } from './format/phone';
import { digitByDigit, phoneDigits } from './format/spoken';

/** Sentences end with 。 so a speech engine pauses between them. */
function sentences(parts: (string | undefined | false)[]): string {
	return parts
		.filter((p): p is string => Boolean(p && p.trim()))
		.map((p) => p.trim().replace(/[。；;，,\s]+$/, ''))
		.join('。')
		.concat('。');
}

/** 「15000元/人/年」 is heard as 「15000元每人每年」, not as slashes. */
function amountForSpeech(line: string): string {
	return line.replace(/\//g, '每');
}

/** 「第 166 项」: a catalogue number, read digit by digit. */
function catalogueNumbers(text: string): string {
	return text.replace(/第\s*(\d+)\s*项/g, (_m, n: string) => `第 ${digitByDigit(n)} 项`);
}

/** What the benefit page says when its document prints no number for it. */
const NO_PHONE = '文件没有写这项的咨询电话';

function phoneSentence(p: Handout['phones'][number]): string {
	return `${digitByDigit(p.name)}：${phoneDigits(formatDialable(p).display)}`;
}

/** A service or benefit page, from its handout (the same facts as the printed 一次性告知单). */
export function spokenHandout(h: Handout): string {
	return sentences([
		`${h.kind === 'benefit' ? '补贴' : '办事'}：${h.title}`,
		catalogueNumbers(h.what),
		h.audience && `给谁：${h.audience}`,
		h.amounts.length ? `能领多少：${h.amounts.map(amountForSpeech).join('；')}` : false,
		h.amounts.length && h.amountNote ? h.amountNote : false,
		`谁来办：${h.provider}`,
		h.where !== h.provider && `去哪里办：${h.where}`,
		h.phoneNote,
		// Said even when there is none, as the page says it: silence would sound like the reading broke off.
		`打电话问：${h.phones.length ? h.phones.map(phoneSentence).join('；') : NO_PHONE}`
	]);
}

export interface SpokenHotline {
	name: string;
	number: string;
	areaCode?: string;
	purpose: string;
	owner: string;
}

/** The hotline page: each line, what it is for, who answers, then its number digit by digit. */
export function spokenHotlines(hotlines: readonly SpokenHotline[]): string {
	return sentences([
		`热线电话，共 ${hotlines.length} 个`,
		...hotlines.map(
			(h) => `${digitByDigit(h.name)}，${h.purpose}，${h.owner}接听，电话：${phoneDigits(formatDialable(h).display)}`
		)
	]);
}
