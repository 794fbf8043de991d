/**
 * "该打哪个电话": routes a problem, in the words people use, to the hotline whose own published purpose
 * covers it, and falls back to the general government line 12345. The topic words are vocabulary, not
 * facts; what each number is for, and who answers, comes from the hotline records and their sources.
 *
 * `answerProblem` is what the page and `cli route` call: the danger check (./danger.ts) runs first, and a danger
 * is answered with emergency numbers only; the topics below never route to an emergency number or to 12345
 * for a danger.
 */
import { checkDanger, type DangerMatch } from './danger';
import { formatDialable } from './format/phone';
import { normalise } from './search/normalise';
import type { Hotline } from './schema';

export interface Topic {
	/** What the user taps, in plain words. */
	label: string;
	/** Words that point to this topic when typed. */
	words: string[];
	/** Hotline numbers, best first; numbers missing from the data are skipped. */
	numbers: string[];
}

export const GENERAL_LINE = '12345';

export const TOPICS: Topic[] = [
	{
		label: '欠工资、劳动纠纷、社保',
		words: ['工资', '欠薪', '劳动', '合同', '社保', '养老保险', '失业', '工伤', '辞退', '加班', '社会保障'],
		numbers: ['12333']
	},
	{
		label: '价格不合理、乱收费',
		words: ['价格', '乱收费', '涨价', '收费', '物价', '标价'],
		numbers: ['12358', '12315']
	},
	{
		label: '买到假货、消费纠纷',
		words: ['假货', '消费', '退货', '投诉商家', '网购', '维权', '商家'],
		numbers: ['12315']
	},
	{ label: '产品质量、缺斤少两', words: ['质量', '缺斤少两', '计量', '秤'], numbers: ['12365', '12315'] },
	{
		label: '食品、药品安全',
		words: ['食品', '药品', '过期', '饭店', '餐馆', '卫生', '吃坏', '假药'],
		numbers: ['12331']
	},
	{
		label: '环境污染、噪音',
		words: ['污染', '噪音', '噪声', '排污', '黑烟', '臭味', '环保', '污水', '扬尘'],
		numbers: ['12369']
	},
	{
		label: '打官司、请律师、法律援助',
		words: ['法律', '官司', '律师', '法律援助', '起诉', '纠纷'],
		numbers: ['12348']
	},
	{
		label: '公交、出租车、道路',
		words: ['公交', '出租车', '道路', '客运', '交通', '坐车', '路政'],
		numbers: ['12328']
	},
	{ label: '安全生产隐患', words: ['安全生产', '矿', '隐患', '工厂', '危化'], numbers: ['12350'] },
	{ label: '火灾隐患、消防通道被堵', words: ['消防通道', '火灾隐患', '消防'], numbers: ['96119'] },
	{ label: '纳税、发票', words: ['税', '发票', '纳税', '报税', '个税'], numbers: ['12366'] },
	{ label: '妇女维权、家庭暴力', words: ['妇女', '家暴', '家庭暴力', '婚姻', '离婚'], numbers: ['12338'] },
	{ label: '残疾人帮扶', words: ['残疾', '残疾人', '残疾证', '康复'], numbers: ['12385'] },
	{ label: '企业遇到困难', words: ['企业', '公司', '办厂', '中小企业', '营商'], numbers: ['96302'] },
	{ label: '乱占土地、违法用地', words: ['土地', '占地', '违法建设', '国土', '耕地'], numbers: ['12336'] },
	{ label: '粮食收购、储备粮', words: ['粮食', '粮库', '收粮', '储备粮'], numbers: ['12325'] }
];

export interface Route {
	topic: Topic | null;
	hotlines: Hotline[];
	/** True when nothing specific matched and the general line is offered. */
	fallback: boolean;
}

/** Picks the topic whose words best match the problem text; falls back to 12345. */
export function routeProblem(text: string, hotlines: ReadonlyMap<string, Hotline>): Route {
	const q = normalise(text);
	let best: { topic: Topic; score: number } | null = null;
	if (q) {
		for (const topic of TOPICS) {
			const score = topic.words.reduce((n, w) => (q.includes(normalise(w)) ? n + w.length : n), 0);
			if (score > 0 && (!best || score > best.score)) best = { topic, score };
		}
	}
	const picked = best ? best.topic.numbers.flatMap((n) => hotlines.get(n) ?? []) : [];
	if (best && picked.length) return { topic: best.topic, hotlines: picked, fallback: false };
	const general = hotlines.get(GENERAL_LINE);
	return { topic: best?.topic ?? null, hotlines: general ? [general] : [], fallback: true };
}

export function topicRoute(topic: Topic, hotlines: ReadonlyMap<string, Hotline>): Route {
	const picked = topic.numbers.flatMap((n) => hotlines.get(n) ?? []);
	if (picked.length) return { topic, hotlines: picked, fallback: false };
	const general = hotlines.get(GENERAL_LINE);
	return { topic, hotlines: general ? [general] : [], fallback: true };
}

/** One number to call, best first: what `cli route --json` prints and the page shows. */
export interface Answer {
	/** As dialled and displayed: 119, 12333, 0358-8227519. */
	number: string;
	name: string;
	emergency: boolean;
	/** Why this number, in plain words. */
	reason: string;
	hotline?: Hotline;
}

export interface ProblemAnswer {
	/** Non-empty when the problem describes a danger; then `answers` holds emergency numbers only. */
	dangers: DangerMatch[];
	/** The hotline route, only when there is no danger. */
	route: Route | null;
	answers: Answer[];
}

function answerOf(h: Hotline, emergency: boolean, reason: string): Answer {
	return { number: formatDialable(h).display, name: h.name, emergency, reason, hotline: h };
}

/**
 * The danger check first, then the hotline router. An emergency number is answered even if the data lacks its
 * record (the build checks it never does), because a missing record must not leave someone without 119.
 */
export function answerProblem(text: string, hotlines: ReadonlyMap<string, Hotline>): ProblemAnswer {
	const dangers = checkDanger(text);
	if (dangers.length) {
		const answers = dangers.map(({ danger, matched }): Answer => {
			const h = hotlines.get(danger.number);
			const name = h?.name ?? danger.number;
			const reason = `说到「${matched[0]}」：${danger.when}，请马上拨打${name} ${danger.number}`;
			return h ? answerOf(h, true, reason) : { number: danger.number, name, emergency: true, reason };
		});
		return { dangers, route: null, answers };
	}
	const route = routeProblem(text, hotlines);
	const reason = route.fallback
		? '没有找到专门的热线；12345政务服务便民热线提供“7×24小时”全天候人工服务'
		: (route.topic?.label ?? '');
	return { dangers, route, answers: route.hotlines.map((h) => answerOf(h, false, reason)) };
}
