/**
 * Text normalisation shared by the index build and the query side: both must fold text the same way,
 * or a bigram built from a record never meets the bigram built from a query.
 */

/**
 * Variant and traditional forms people paste in (from Japanese-encoded forms, Hong Kong / Taiwan sites,
 * old scans), mapped to the simplified characters the gazettes print. Only characters that occur in
 * service, hotline and benefit vocabulary are listed; a full 繁→简 table would cost more than it gives.
 */
const VARIANTS: Record<string, string> = {
	査: '查',
	証: '证',
	證: '证',
	戶: '户',
	護: '护',
	駕: '驾',
	駛: '驶',
	險: '险',
	険: '险',
	養: '养',
	醫: '医',
	療: '疗',
	殘: '残',
	補: '补',
	辦: '办',
	會: '会',
	號: '号',
	碼: '码',
	電: '电',
	話: '话',
	線: '线',
	貸: '贷',
	積: '积',
	嬰: '婴',
	兒: '儿',
	學: '学',
	稅: '税',
	務: '务',
	職: '职',
	業: '业',
	勞: '劳',
	動: '动',
	資: '资',
	機: '机',
	車: '车',
	區: '区',
	縣: '县',
	鄉: '乡',
	圖: '图',
	書: '书',
	館: '馆',
	滙: '汇',
	匯: '汇',
	為: '为',
	爲: '为',
	麼: '么',
	麽: '么',
	裏: '里',
	裡: '里',
	夠: '够',
	來: '来',
	這: '这',
	們: '们',
	個: '个',
	錢: '钱',
	孫: '孙',
	歲: '岁',
	齡: '龄',
	聽: '听',
	氣: '气',
	預: '预',
	報: '报',
	辭: '辞',
	領: '领',
	換: '换',
	發: '发',
	掛: '挂',
	請: '请',
	記: '记',
	註: '注',
	銷: '销',
	遷: '迁',
	費: '费',
	貼: '贴',
	聯: '联',
	熱: '热',
	準: '准',
	遺: '遗',
	據: '据',
	處: '处',
	難: '难',
	舊: '旧'
};

/** Characters kept by normalise(): ASCII letters and digits, and CJK ideographs (basic, extension A, compatibility). */
const KEEP = /[0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const LATIN_OR_DIGIT = /[0-9a-z]/;

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/** 全角 → 半角 (ＡＢＣ１２３ → ABC123, U+3000 → space); leaves everything else as it is. */
export function foldWidth(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) out += String.fromCharCode(code - FULLWIDTH_OFFSET);
		else if (code === IDEOGRAPHIC_SPACE) out += ' ';
		else out += text.charAt(i);
	}
	return out;
}

/** Width-folded, NFKC (compatibility ideographs, circled digits), lower case, variant characters mapped. */
function fold(text: string): string {
	let s = foldWidth(text);
	// NFKC maps compatibility ideographs (U+F900 block) and ①② to their ordinary forms; present since ES2015.
	if (typeof s.normalize === 'function') s = s.normalize('NFKC');
	s = s.toLowerCase();
	let out = '';
	for (const ch of s) out += VARIANTS[ch] ?? ch;
	return out;
}

/**
 * The canonical form every comparison uses: folded as above, with spaces, punctuation (Chinese and ASCII),
 * symbols and emoji removed. Pure and idempotent.
 */
export function normalise(text: string): string {
	let out = '';
	for (const ch of fold(text)) if (KEEP.test(ch)) out += ch;
	return out;
}

export type RunKind = 'han' | 'latin';

/** A stretch of a query that is all Han characters, or all ASCII letters and digits. */
export interface Run {
	kind: RunKind;
	text: string;
}

/**
 * Splits a query where the user put a boundary (space, punctuation) and where the script changes
 * (`sbk丢了` → sbk, 丢了), and normalises each piece. Empty pieces are dropped.
 */
export function splitRuns(text: string): Run[] {
	const runs: Run[] = [];
	let current = '';
	let kind: RunKind | null = null;
	const flush = () => {
		if (current && kind) runs.push({ kind, text: current });
		current = '';
		kind = null;
	};
	for (const ch of fold(text)) {
		const next: RunKind | null = HAN.test(ch) ? 'han' : LATIN_OR_DIGIT.test(ch) ? 'latin' : null;
		if (next !== kind) flush();
		if (next) {
			kind = next;
			current += ch;
		}
	}
	flush();
	return runs;
}

export function isHan(ch: string): boolean {
	return HAN.test(ch);
}
