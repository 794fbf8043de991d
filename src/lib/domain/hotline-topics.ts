/**
 * The problem topics of "该打哪个电话" and the hotlines each one goes to (vocabulary, not facts: what each
 * number is for comes from the hotline records and their sources). Apart from the router (./hotline-router.ts)
 * so that the 热线电话 page shows its topic chips without loading the word matching (issue 14: start-up JS).
 */
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

export function topicRoute(topic: Topic, hotlines: ReadonlyMap<string, Hotline>): Route {
	const picked = topic.numbers.flatMap((n) => hotlines.get(n) ?? []);
	if (picked.length) return { topic, hotlines: picked, fallback: false };
	const general = hotlines.get(GENERAL_LINE);
	return { topic, hotlines: general ? [general] : [], fallback: true };
}
