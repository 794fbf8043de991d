/**
 * Safety before routing: a problem told in everyday words is checked for danger to life or property before any
 * hotline routing or search result, and a danger is answered with an emergency number, never with 12345 (the
 * national source keeps 110/119/120/122 out of 12345: data/sources/national/emergency-numbers.txt line 7) and
 * never with the fire-*hazard* line 96119 for a fire that is burning.
 *
 * The words here are vocabulary (how people say "it is burning", "he is not breathing"), not facts: which number
 * is for what is cited on the hotline records (n01:4). The grouping follows the issue: fire, smoke or gas → 119;
 * someone not breathing, unconscious, stroke signs, poisoning, electric shock, drowning → 120; crime in progress,
 * theft, violence, a lost child, someone threatening suicide → 110; a traffic accident → 122.
 *
 * Pure: no data, no DOM. Regexes avoid lookbehind (Safari 14 has none).
 */
import { normalise } from './search/normalise';
import type { Hotline, SourceRef } from './schema';

export const EMERGENCY_NUMBERS = ['110', '119', '120', '122'] as const;
export type EmergencyNumber = (typeof EMERGENCY_NUMBERS)[number];

export type DangerKind = 'fire' | 'traffic' | 'medical' | 'crime';

export interface Danger {
	kind: DangerKind;
	number: EmergencyNumber;
	/** The situations, in plain words, shown with the number ("when to call"). */
	when: string;
	/** Phrases that mean the danger is happening (matched on normalised text). */
	words: Phrase[];
}

/** A phrase, or a phrase that means something else beside certain words (冒黑烟 beside 车辆 is pollution, not a fire). */
export type Phrase = RegExp | { re: RegExp; unless: RegExp };

/** People someone looks after and may lose (「孩子丢了」, never 「身份证丢了」). */
const KIN =
	'(?:孩子|小孩|儿子|女儿|孙子|孙女|外孙|娃|闺女|老人|老伴|父亲|母亲|爸爸|妈妈|爸|妈|爷爷|奶奶|外婆|外公|姥姥|姥爷)';
/** Anyone the text may be about. */
const PERSON = `(?:${KIN.slice(3, -1)}|老公|老婆|丈夫|妻子|同学|朋友|邻居|有人|一个人|他|她)`;
/** A few words people put between the person and what happened (「孩子突然不见了」). */
const FILLER = '(?:也|又|突然|在|们|刚|刚才){0,2}';
/** 「孩子丢了」 ends there or goes on with a cry for help; 「老人丢了医保卡」 goes on with the thing lost. */
const LOST =
	'(?:走丢|走失|不见了|失踪|找不到了|联系不上了|丢了(?=$|怎么|快|啊|呀|吧|找|帮|报|好|已经|半天|一天|两天|三天))';

/**
 * Checked in this order; equal scores keep it (a burning house before the injured, a crash before the injured:
 * 119 and 122 send 120 themselves).
 */
export const DANGERS: Danger[] = [
	{
		kind: 'fire',
		number: '119',
		when: '着火、冒烟、燃气泄漏',
		words: [
			/着火|起火|失火|火灾|大火|火势|火苗|火光|冒火|蹿火|窜火|烧起来|烧着了|火烧|纵火|放火/,
			{
				re: /冒烟|浓烟|烟很大|全是烟|都是烟|冒黑烟|有烟味|烧焦味/,
				unless: /车辆|汽车|柴油车|货车|尾气|烟囱|排放|环保|污染|扬尘|抽烟|吸烟/
			},
			/(?:煤气|燃气|天然气|液化气|沼气|瓦斯)(?:罐|瓶|管道|管子|灶|表)?(?:泄漏|泄露|漏了|漏气|外泄|味|爆)/,
			/爆炸|炸了|闻到.{0,3}(?:煤气|燃气|天然气|液化气)/
		]
	},
	{
		kind: 'traffic',
		number: '122',
		when: '车祸、撞车、撞人',
		words: [/车祸|撞车|相撞|车撞|撞了车|撞到人|撞人|撞伤|被撞|追尾|翻车|侧翻|交通事故|肇事|逃逸|连环撞/]
	},
	{
		kind: 'medical',
		number: '120',
		when: '有人昏迷、不能呼吸、中风、中毒、触电、溺水、大出血',
		words: [
			/不呼吸|没有呼吸|没呼吸|没了呼吸|呼吸困难|喘不上气|喘不过气|上不来气|没气了|窒息|噎住|卡住了喉咙|卡在喉咙/,
			/昏迷|晕倒|昏倒|晕过去|昏过去|晕厥|昏厥|失去意识|不省人事|叫不醒|喊不醒|倒地不起|倒在地上|摔倒|起不来了|休克|抽搐|口吐白沫/,
			new RegExp(`${PERSON}${FILLER}(?:没反应|没有反应|没知觉|没有知觉)`),
			/心脏骤停|心跳停|没有心跳|没心跳|胸口剧痛|胸口疼|胸口痛|胸痛|心梗|心肌梗|心脏病发作|犯心脏病|犯了心脏病/,
			/中风|脑梗|脑出血|嘴歪|口角歪|半边身子|半边脸|说话不清|口齿不清|说不出话/,
			/中毒|吃错药|吃错了药|误服|误食|一氧化碳|喝药|(?:喝|吃|吞|服)了?(?:一瓶|很多|好多|大量)?(?:农药|老鼠药|耗子药|安眠药|敌敌畏|百草枯|消毒液)/,
			/触电|被电(?:到|击|了|着|伤|晕|死)|电击|电到了|雷击|雷劈/,
			/溺水|落水|掉进水|掉水里|掉进河|掉河里|掉到河里|掉进井|掉井里|掉到井里|掉进水库|被水冲走|淹死|被淹|沉下去/,
			/大出血|流血不止|血流不止|止不住血|很多血|好多血|重伤|伤得很重|伤得很严重|伤得重|受伤|骨折|摔伤|烧伤|烫伤|难产|要生了|羊水破/,
			/急救|救护车|快不行了/
		]
	},
	{
		kind: 'crime',
		number: '110',
		when: '有人偷、抢、打人、闯进家里，孩子或老人走失，有人要轻生',
		words: [
			/被偷|偷了|偷走|小偷|被盗|盗窃|失窃|入室|撬门|撬锁|撬开|闯进|闯入|翻进/,
			/抢劫|被抢|抢走|抢钱|抢包|抢手机|打劫|绑架|绑走|拐卖|拐走|被拐|抢孩子|劫持/,
			/持刀|拿刀|动刀|砍人|杀人|杀我|要杀|捅了|捅伤|有枪|开枪|打人|被打了|被打伤|被人打|打我(?!电话|手机)|打伤|殴打|打架|斗殴|群殴|砸(?:车|门|店|窗|玻璃|东西)|强奸|性侵|猥亵|非礼|敲诈|勒索|威胁|跟踪我|被骗|骗走|诈骗/,
			new RegExp(`${KIN}${FILLER}${LOST}`),
			/走丢|走失|失踪/,
			/跳楼|跳河|跳桥|跳崖|跳井|自杀|轻生|寻死|不想活|想死|割腕|上吊|寻短见/
		]
	}
];

/**
 * Compounds that contain a danger word but name something harmless; removed before matching (「消防栓」 is
 * not 「火」, 「打人社局电话」 is not 「打人」, 「跳楼价」 is a sale).
 */
const HARMLESS = new RegExp(
	[
		'火灾隐患',
		'消防隐患',
		'防火灾',
		'防火',
		'灭火器',
		'消防栓',
		'消火栓',
		'消防通道',
		'消防设施',
		'火车',
		'火锅',
		'火腿',
		'火化',
		'火葬',
		'火柴',
		'上火',
		'发火',
		'火气',
		'火爆',
		'火龙果',
		'跳楼价',
		'防溺水',
		'防诈骗',
		'反诈',
		'打人社',
		'打人力',
		'打人民',
		'打人才',
		'打人口',
		'打人工',
		'打人寿',
		'火烧云',
		'电脑中毒',
		'手机中毒',
		'狗走丢',
		'狗走失',
		'猫走丢',
		'宠物',
		'炸鸡',
		'炸酱',
		'炸串',
		'农药补贴',
		'农药化肥',
		'农药残留',
		'被打扰',
		'被打折'
	].join('|'),
	'g'
);

/**
 * Words that show the danger is past or is paperwork (理赔, 认定, 补贴, 培训 …): the answer is then a hotline or a
 * service, not an emergency number, unless the text also says it is happening now (URGENT).
 */
const NOT_NOW =
	/理赔|赔偿|赔付|报销|补贴|补助|救助金|抚恤|申请|申报|证明|认定|鉴定|评定|办理|补办|复印|手续|材料|流程|政策|标准|规定|条例|法规|培训|演练|知识|宣传|讲座|课程|预防|防范|检查|隐患|举报|投诉|统计|年检|保险|费用|收费|多少钱|去年|前年|上个月|上周|以前|之前|曾经|当年|小时候|后遗症|康复|慢性|病史|记录|查询|进展|档案|立案|判决|官司|律师/;

/** Words that say it is happening now: a danger word with one of these is an emergency even beside paperwork words. */
const URGENT = /救命|快来|快点|正在|现在|赶紧|马上|立刻|刚刚|刚才|紧急|危险|被困|出不来|不行了|救救/;

export interface DangerMatch {
	danger: Danger;
	/** The words of the text that matched, for the reason shown. */
	matched: string[];
	score: number;
}

function matches(text: string, re: RegExp): string[] {
	const all = new RegExp(re.source, 'g');
	const found: string[] = [];
	let m: RegExpExecArray | null;
	while ((m = all.exec(text)) !== null) {
		found.push(m[0]);
		if (m[0] === '') all.lastIndex++;
	}
	return found;
}

/**
 * The dangers a problem describes, best first (most matched text; ties in DANGERS order); empty when there is none.
 * Runs before the hotline router and before search results.
 */
export function checkDanger(text: string): DangerMatch[] {
	const q = normalise(text).replace(HARMLESS, '|');
	if (!q.replace(/\|/g, '')) return [];
	if (NOT_NOW.test(q) && !URGENT.test(q)) return [];
	// (URGENT is tested again per phrase: 「冒黑烟」 beside 「车辆」 is pollution unless it is happening now.)
	const found: DangerMatch[] = [];
	const urgent = URGENT.test(q);
	for (const danger of DANGERS) {
		const matched = danger.words.flatMap((p) => {
			if (p instanceof RegExp) return matches(q, p);
			return p.unless.test(q) && !urgent ? [] : matches(q, p.re);
		});
		if (matched.length) found.push({ danger, matched, score: matched.reduce((n, w) => n + w.length, 0) });
	}
	return found
		.map((m, order) => ({ m, order }))
		.sort((a, b) => b.m.score - a.m.score || a.order - b.order)
		.map(({ m }) => m);
}

/** Whether a text describes a danger (the search page and the router show the emergency numbers first). */
export function isEmergency(text: string): boolean {
	return checkDanger(text).length > 0;
}

/**
 * What the emergency block is compiled with (src/lib/generated/emergency-lines.json): the lines without their
 * source, and each distinct citation once, already worded, so the block needs no citation code at start-up.
 */
export interface EmergencyBlock {
	lines: Omit<EmergencyLine, 'source'>[];
	citations: { text: string; quote: string }[];
}

/** What the emergency block shows for one number: the cited name and purpose, and when to call it. */
export interface EmergencyLine {
	number: EmergencyNumber;
	name: string;
	purpose: string;
	/** The situations, from DANGERS (vocabulary, not a cited fact). */
	when: string;
	/** The passage that makes it an emergency number (the national numbering plan), with its quote. */
	source: SourceRef;
}

/** The national source id whose passage lists the emergency numbers. */
const EMERGENCY_SOURCE_FILE = 'n01';

/**
 * The four emergency numbers, in the usual order, from the hotline records: name and purpose as cited, and the
 * national citation (120's primary source is the catalogue row; the national one is among its otherSources).
 * Throws when a number or its national citation is missing: the build must not ship without them.
 */
export function emergencyLines(hotlines: readonly Hotline[]): EmergencyLine[] {
	return EMERGENCY_NUMBERS.map((number) => {
		const h = hotlines.find((x) => x.id === number && x.category === 'emergency');
		const source =
			h &&
			[h.source, ...(h.otherSources ?? [])].find((s) => s.file === EMERGENCY_SOURCE_FILE && s.quote?.includes(number));
		if (!h || !source)
			throw new Error(`emergency number ${number} is missing or not cited to ${EMERGENCY_SOURCE_FILE}`);
		const danger = DANGERS.find((d) => d.number === number);
		return { number, name: h.name, purpose: h.purpose, when: danger?.when ?? '', source };
	});
}
