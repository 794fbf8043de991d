/**
 * The problem topics of "该打哪个电话" and the hotlines each one goes to (vocabulary, not facts: what each
 * number is for comes from the hotline records and their sources). Apart from the router (./hotline-router.ts),
 * which holds the words that point to each topic, so that the 热线电话 page shows its topic chips and answers a
 * tap on one without loading the word matching (issue 14: start-up JS).
 */
import type { HotlineLine } from './schema';

export interface Topic {
	/** What the user taps, in plain words. */
	label: string;
	/** Hotline numbers, best first; numbers missing from the data are skipped. */
	numbers: string[];
}

export const GENERAL_LINE = '12345';

export const TOPICS: Topic[] = [
	{ label: '欠工资、劳动纠纷、社保', numbers: ['12333'] },
	{ label: '价格不合理、乱收费', numbers: ['12358', '12315'] },
	{ label: '买到假货、消费纠纷', numbers: ['12315'] },
	{ label: '产品质量、缺斤少两', numbers: ['12365', '12315'] },
	{ label: '食品、药品安全', numbers: ['12331'] },
	{ label: '环境污染、噪音', numbers: ['12369'] },
	{ label: '打官司、请律师、法律援助', numbers: ['12348'] },
	{ label: '公交、出租车、道路', numbers: ['12328'] },
	{ label: '安全生产隐患', numbers: ['12350'] },
	{ label: '火灾隐患、消防通道被堵', numbers: ['96119'] },
	{ label: '纳税、发票', numbers: ['12366'] },
	{ label: '妇女维权、家庭暴力', numbers: ['12338'] },
	{ label: '残疾人帮扶', numbers: ['12385'] },
	{ label: '企业遇到困难', numbers: ['96302'] },
	{ label: '乱占土地、违法用地', numbers: ['12336'] },
	{ label: '粮食收购、储备粮', numbers: ['12325'] }
];

export interface Route {
	topic: Topic | null;
	hotlines: HotlineLine[];
	/** True when nothing specific matched and the general line is offered. */
	fallback: boolean;
}

export function topicRoute(topic: Topic, hotlines: ReadonlyMap<string, HotlineLine>): Route {
	const picked = topic.numbers.flatMap((n) => hotlines.get(n) ?? []);
	if (picked.length) return { topic, hotlines: picked, fallback: false };
	const general = hotlines.get(GENERAL_LINE);
	return { topic, hotlines: general ? [general] : [], fallback: true };
}
