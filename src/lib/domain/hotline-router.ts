/**
 * "该打哪个电话": routes a problem, in the words people use, to the hotline whose own published purpose
 * covers it, and falls back to the general government line 12345. The topic words are vocabulary, not
 * facts; what each number is for, and who answers, comes from the hotline records and their sources.
 *
 * `answerProblem` (./problem-answer.ts) is what the page and `cli route` call: the danger check runs first, and
 * a danger is answered with emergency numbers only; the topics below never route to an emergency number or to
 * 12345 for a danger.
 */
import { normalise } from './search/normalise';
import { GENERAL_LINE, TOPICS, type Route, type Topic } from './hotline-topics';
import type { HotlineLine } from './schema';

export { GENERAL_LINE, TOPICS, topicRoute, type Route, type Topic } from './hotline-topics';

/** Words that point to each topic (by its label) when typed. */
export const TOPIC_WORDS: Record<string, string[]> = {
	'欠工资、劳动纠纷、社保': [
		'工资',
		'欠薪',
		'劳动',
		'合同',
		'社保',
		'养老保险',
		'失业',
		'工伤',
		'辞退',
		'加班',
		'社会保障'
	],
	'价格不合理、乱收费': ['价格', '乱收费', '涨价', '收费', '物价', '标价'],
	'买到假货、消费纠纷': ['假货', '消费', '退货', '投诉商家', '网购', '维权', '商家'],
	'产品质量、缺斤少两': ['质量', '缺斤少两', '计量', '秤'],
	'食品、药品安全': ['食品', '药品', '过期', '饭店', '餐馆', '卫生', '吃坏', '假药'],
	'环境污染、噪音': ['污染', '噪音', '噪声', '排污', '黑烟', '臭味', '环保', '污水', '扬尘'],
	'打官司、请律师、法律援助': ['法律', '官司', '律师', '法律援助', '起诉', '纠纷'],
	'公交、出租车、道路': ['公交', '出租车', '道路', '客运', '交通', '坐车', '路政'],
	安全生产隐患: ['安全生产', '矿', '隐患', '工厂', '危化'],
	'火灾隐患、消防通道被堵': ['消防通道', '火灾隐患', '消防'],
	'纳税、发票': ['税', '发票', '纳税', '报税', '个税'],
	'妇女维权、家庭暴力': ['妇女', '家暴', '家庭暴力', '婚姻', '离婚'],
	残疾人帮扶: ['残疾', '残疾人', '残疾证', '康复'],
	企业遇到困难: ['企业', '公司', '办厂', '中小企业', '营商'],
	'乱占土地、违法用地': ['土地', '占地', '违法建设', '国土', '耕地'],
	'粮食收购、储备粮': ['粮食', '粮库', '收粮', '储备粮']
};

/** Picks the topic whose words best match the problem text; falls back to 12345. */
export function routeProblem(text: string, hotlines: ReadonlyMap<string, HotlineLine>): Route {
	const q = normalise(text);
	let best: { topic: Topic; score: number } | null = null;
	if (q) {
		for (const topic of TOPICS) {
			const score = (TOPIC_WORDS[topic.label] ?? []).reduce((n, w) => (q.includes(normalise(w)) ? n + w.length : n), 0);
			if (score > 0 && (!best || score > best.score)) best = { topic, score };
		}
	}
	const picked = best ? best.topic.numbers.flatMap((n) => hotlines.get(n) ?? []) : [];
	if (best && picked.length) return { topic: best.topic, hotlines: picked, fallback: false };
	const general = hotlines.get(GENERAL_LINE);
	return { topic: best?.topic ?? null, hotlines: general ? [general] : [], fallback: true };
}
