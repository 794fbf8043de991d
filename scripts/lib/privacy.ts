/**
 * The gazettes print a few things that must never reach the app: personal mobile numbers, e-mail addresses,
 * contact persons of internal reports and a website login (000:1038, 000:2517, 001:3483, 002:479,
 * 003:1641–1643). The build refuses a bundle that contains any of them.
 *
 * The personal data itself is not typed here: each rule reads its line and captures the personal parts,
 * so this file holds no personal data and a rule that stops matching its line fails the build instead of
 * silently checking nothing.
 */
import type { SourceFile } from '#lib/domain/schema';
import { sourceLines } from './sources';

/**
 * A mainland mobile number, with or without the country code (+86 / 86) in front, written whole or in the
 * groups people write it in: 3-4-4, 4-3-4, 3-8, 7-4, 4-7 (「139 1234 5678」, 「1391-234-5678」), with any
 * run of spaces or dashes between the groups. Only these groupings are joined: table columns of amounts
 * (「166000 20000」, printed in a benefit's table) must not run together into a false number.
 */
export const MOBILE = /(?<!\d)(?:\+?86[\s-]*)?1[3-9](?:\d[\s-]*\d{4}|\d{2}[\s-]*\d{3})[\s-]*\d{4}(?!\d)/;
export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;

/** Dashes of other widths and kinds, which NFKC leaves alone. */
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * What the patterns must see through: full-width forms (１３９, ＠, ．, 全角空格) folded by NFKC, and every
 * kind of dash made a hyphen. Applied to every string of the output, whatever its field.
 */
export function foldForPrivacy(text: string): string {
	return text.normalize('NFKC').replace(DASHES, '-');
}

/** Every string in a JSON text (keys too), each folded, so no field escapes the check. */
function foldedStrings(json: string): string[] {
	const out: string[] = [];
	const walk = (v: unknown): void => {
		if (typeof v === 'string') out.push(foldForPrivacy(v));
		else if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object')
			for (const [k, child] of Object.entries(v)) {
				out.push(foldForPrivacy(k));
				walk(child);
			}
	};
	walk(JSON.parse(json));
	return out;
}

interface PersonalLine {
	file: SourceFile;
	line: number;
	/** Every capture group is personal data. */
	pattern: RegExp;
}

export const PERSONAL_LINES: PersonalLine[] = [
	{ file: '000', line: 1038, pattern: /联系人：(\S+)\s+手机：(\d+)/ },
	{ file: '000', line: 2517, pattern: /\(([\w.]+)\)\(用户名:(\S+) 密码:([^)]+)\)/ },
	{ file: '001', line: 3483, pattern: /联系人：(.+)$/ },
	{ file: '002', line: 479, pattern: /联系人：(\S+)\s+(\d+)；邮箱：([^。]+)/ },
	{ file: '003', line: 1641, pattern: /^(\S+)\s+电话：(\d+)/ },
	{ file: '003', line: 1643, pattern: /^(\S+)\s+电话：(\d+)/ }
];

const WS = /[\s\u3000\u00a0]+/g;

/** The personal strings, whitespace removed (「张 磊」 → 张磊). Throws if a rule no longer matches its line. */
export function personalTokens(sourcesDir?: string): { token: string; at: string }[] {
	return PERSONAL_LINES.flatMap(({ file, line, pattern }) => {
		const m = pattern.exec(sourceLines(file, sourcesDir)[line - 1] ?? '');
		if (!m) throw new Error(`privacy rule for ${file}:${line} no longer matches the source line`);
		return m.slice(1).map((t) => ({ token: (t ?? '').replace(WS, ''), at: `${file}:${line}` }));
	});
}

/** Problems found in one emitted file's JSON text; empty when it is clean. */
export function findPersonalData(name: string, json: string, sourcesDir?: string): string[] {
	const problems: string[] = [];
	const strings = foldedStrings(json);
	const before = (text: string, index: number): string => text.slice(Math.max(0, index - 20), index);
	for (const text of strings) {
		const mobile = MOBILE.exec(text);
		if (mobile) problems.push(`${name}: contains a mobile number …${before(text, mobile.index)}…`);
		const email = EMAIL.exec(text);
		if (email) problems.push(`${name}: contains an e-mail address …${before(text, email.index)}…`);
	}
	const flat = foldForPrivacy(json).replace(WS, '');
	for (const { token, at } of personalTokens(sourcesDir)) {
		if (flat.includes(token)) problems.push(`${name}: contains personal data printed at ${at}`);
	}
	return problems;
}
