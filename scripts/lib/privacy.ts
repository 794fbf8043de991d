/**
 * The gazettes print a few things that must never reach the app: personal mobile numbers, e-mail addresses,
 * contact persons of internal reports and a website login (000:1038, 000:2517, 001:3483, 002:479,
 * 003:1641–1643). The build refuses a bundle that contains any of them.
 *
 * The personal data itself is not typed here: each rule reads its line and captures the personal parts,
 * so this file holds no personal data and a rule that stops matching its line fails the build instead of
 * silently checking nothing.
 */
import type { SourceFile } from '../../src/lib/domain/schema';
import { sourceLines } from './sources';

export const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;

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
	const mobile = MOBILE.exec(json);
	if (mobile) problems.push(`${name}: contains a mobile number …${json.slice(Math.max(0, mobile.index - 20), mobile.index)}…`);
	const email = EMAIL.exec(json);
	if (email) problems.push(`${name}: contains an e-mail address …${json.slice(Math.max(0, email.index - 20), email.index)}…`);
	const flat = json.replace(WS, '');
	for (const { token, at } of personalTokens(sourcesDir)) {
		if (flat.includes(token)) problems.push(`${name}: contains personal data printed at ${at}`);
	}
	return problems;
}
