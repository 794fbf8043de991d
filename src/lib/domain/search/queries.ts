/**
 * The query set: how citizens and counter clerks ask, and what must come back. Run on the real data by
 * search.test.ts and measured (hit@3, latency) against Fuse.js and MiniSearch by bench/search.ts.
 * Service ids are catalogue numbers (编号, 000:1069–1480); hotline ids are the numbers.
 */
import type { SearchId, SearchKind } from './types';

export interface Expected {
	kind: SearchKind;
	id: SearchId;
}

export interface QueryCase {
	query: string;
	/** Records that must be in the first `top` hits (all of them, or at least one when `any`). */
	expect: Expected[];
	/** Default DEFAULT_TOP; 3 where the answer must be on the first screen of a phone. */
	top?: number;
	any?: boolean;
	/** What the case is about, for the reader of a failure. */
	why?: string;
}

export const DEFAULT_TOP = 5;
export const FIRST_SCREEN = 3;

const s = (id: number): Expected => ({ kind: 'service', id });
const h = (id: string): Expected => ({ kind: 'hotline', id });
const b = (id: string): Expected => ({ kind: 'benefit', id });
const dep = (id: string): Expected => ({ kind: 'department', id });
const doc = (id: string): Expected => ({ kind: 'document', id });

export const QUERY_CASES: readonly QueryCase[] = [
	// Issue 3: the required cases.
	{ query: '社保卡丢了怎么办', expect: [s(166), s(167)], top: FIRST_SCREEN, why: '挂失与解挂 and 补领' },
	{ query: '孩子出生 户口', expect: [s(36), s(238), s(42)], why: '户口申报, 出生证, 新生儿重名查询' },
	{ query: '公积金取钱', expect: [s(363)], top: FIRST_SCREEN },
	{ query: '护照', expect: [s(38)], top: FIRST_SCREEN },
	{ query: 'huzhao', expect: [s(38)], top: FIRST_SCREEN, why: 'full pinyin' },
	{ query: 'sbk', expect: [s(165), s(166), s(167), s(168)], why: 'initials of 社保卡' },
	{ query: 'shebaoka', expect: [s(165), s(166), s(167), s(168)] },
	{ query: '身份证丢了', expect: [s(35)], top: FIRST_SCREEN },
	{ query: '驾照', expect: [s(60)], top: FIRST_SCREEN },
	{ query: '12333', expect: [h('12333'), s(178)], top: FIRST_SCREEN },
	{ query: '法律援助', expect: [s(106), s(107), h('12348')] },
	{ query: '打官司没钱', expect: [s(106), s(107)] },
	{ query: '欠工资', expect: [h('12333'), s(135)] },
	{ query: '老板不给工资', expect: [h('12333'), s(135)] },
	{ query: '被家暴', expect: [h('12338'), s(369)], top: FIRST_SCREEN, why: 'everyday word for domestic violence' },
	{ query: '环境污染 举报', expect: [h('12369')], top: FIRST_SCREEN },
	{ query: '天气预报', expect: [s(331)], top: FIRST_SCREEN },
	{
		query: '残疾证',
		expect: [h('12385'), b('hardship-disability-living-subsidy'), b('severe-disability-care-subsidy')],
		why: '残疾人 hotline and the two 残疾人 subsidies (catalogue #92, #93)'
	},
	{
		query: '低保',
		expect: [b('dibao-elderly-subsidy'), b('dibao-disabled-elderly-subsidy'), s(90), s(91)],
		why: 'the 低保 subsidies and their catalogue rows'
	},
	{ query: '助听器', expect: [b('disabled-children-rehab')], top: FIRST_SCREEN },
	{
		query: '养老保险',
		expect: [b('supplementary-pension'), s(136), s(140), s(141), s(157)],
		any: true,
		top: FIRST_SCREEN
	},

	// Cards, certificates, registrations.
	{ query: '社保卡怎么补办', expect: [s(167)], top: FIRST_SCREEN },
	{ query: '怎么办社保卡', expect: [s(165)] },
	{ query: '驾照丢了', expect: [s(60)], top: FIRST_SCREEN },
	{ query: '出生证', expect: [s(238)], top: FIRST_SCREEN },
	{ query: '上户口', expect: [s(36)], top: FIRST_SCREEN },
	{ query: '户口迁出', expect: [s(36)], top: FIRST_SCREEN },
	{ query: '港澳通行证', expect: [s(39)], top: FIRST_SCREEN },
	{ query: '去台湾', expect: [s(40)], top: FIRST_SCREEN },
	{ query: '教师资格证', expect: [s(25)], top: FIRST_SCREEN },
	{ query: '车辆报废', expect: [s(67)], top: FIRST_SCREEN },
	{ query: '考驾照', expect: [s(65)] },

	// Social security, health, work.
	{ query: '医保报销', expect: [s(282)], top: FIRST_SCREEN },
	{ query: '看病报销', expect: [s(282)] },
	{ query: '生孩子报销', expect: [s(284)] },
	{ query: '失业了', expect: [s(112), s(145)], any: true, top: FIRST_SCREEN },
	{ query: '找工作', expect: [s(126), s(128)], any: true },
	{ query: '退休手续', expect: [s(142), s(155)], any: true, top: FIRST_SCREEN },
	{ query: '工伤', expect: [s(160)] },
	{ query: '老人补贴', expect: [s(90)] },
	{ query: '人工耳蜗', expect: [b('disabled-children-rehab')], top: FIRST_SCREEN },
	{ query: '孩子听力不好 助听器', expect: [b('disabled-children-rehab')], top: FIRST_SCREEN, why: 'DESIGN.md example' },
	{ query: '城乡居民补充养老保险', expect: [b('supplementary-pension')], top: FIRST_SCREEN },
	{ query: '重度残疾人护理补贴', expect: [s(93)], top: FIRST_SCREEN },
	{ query: '买房贷款', expect: [s(364)] },
	{ query: '网上挂号', expect: [s(234)], top: FIRST_SCREEN },

	// Hotlines and complaints.
	{ query: '急救电话', expect: [h('120')], top: FIRST_SCREEN },
	{ query: '价格举报', expect: [h('12358')], top: FIRST_SCREEN },
	{ query: '妇女维权', expect: [h('12338')], top: FIRST_SCREEN },
	{ query: '残疾人 电话', expect: [h('12385')], top: FIRST_SCREEN },
	{ query: '着火了', expect: [h('119')], top: 1, why: 'a burning fire is 火警 119, never the hazard line 96119' },
	{ query: '交税', expect: [h('12366'), s(309)], any: true },
	{ query: '旅游投诉', expect: [s(225)], top: FIRST_SCREEN },
	{ query: '12345', expect: [h('12345')], top: FIRST_SCREEN },
	{ query: '便民热线', expect: [h('12345')], top: FIRST_SCREEN },
	{ query: '3373256', expect: [h('0358-3373256')], top: FIRST_SCREEN, why: 'local number typed without area code' },

	// Everything else a clerk looks up.
	{ query: '发票查验', expect: [s(311)], top: FIRST_SCREEN },
	{ query: '高考', expect: [s(15)], top: FIRST_SCREEN },
	{ query: '律师', expect: [s(102), s(104)], any: true, top: FIRST_SCREEN },
	{ query: '公证', expect: [s(97)] },
	{ query: '图书馆', expect: [s(219)], top: FIRST_SCREEN },
	{ query: '游泳馆', expect: [s(274)], top: FIRST_SCREEN },
	{ query: '空气质量', expect: [s(344)], top: FIRST_SCREEN },
	{ query: '垃圾分类', expect: [doc('lzf-2019-9')] },
	{ query: '吕梁市人社局', expect: [dep('rensheju')], top: FIRST_SCREEN },

	// Pinyin, initials, typos, width and script variants.
	{ query: 'gjj', expect: [s(363), s(361), s(362), s(364)], any: true, top: FIRST_SCREEN, why: 'initials of 公积金' },
	{ query: 'jiashizheng', expect: [s(60), s(80)], any: true, top: FIRST_SCREEN },
	{ query: 'she bao ka', expect: [s(165), s(166), s(167), s(168)], why: 'pinyin typed with spaces' },
	{ query: 'huzhai', expect: [s(38)], top: FIRST_SCREEN, why: 'one wrong letter' },
	{ query: '身分证', expect: [s(35)], top: FIRST_SCREEN, why: 'common wrong character 分 for 份' },
	{ query: '１２３３３', expect: [h('12333')], top: FIRST_SCREEN, why: 'full-width digits' },
	{ query: '護照', expect: [s(38)], top: FIRST_SCREEN, why: 'traditional characters' },
	{ query: '社會保障卡', expect: [s(165), s(166), s(167), s(168)] },

	// Everyday words for what the catalogue prints otherwise (synonyms.ts), and office names (OFFICE_BOOST).
	{ query: '二手车怎么过户', expect: [s(61)], top: FIRST_SCREEN, why: '过户 is 转移登记 in #61' },
	{ query: '退伍军人养老保险转移', expect: [s(153)], top: FIRST_SCREEN, why: '军地养老保险关系转移接续' },
	{ query: '打零工社保补贴', expect: [s(129)], top: FIRST_SCREEN, why: '零工 is 灵活就业' },
	{ query: '租房能提公积金吗', expect: [s(363)], top: FIRST_SCREEN },
	{ query: 'KTV备案', expect: [s(49)], top: FIRST_SCREEN, why: '娱乐场所登记备案' },
	{ query: '吕梁小吃', expect: [s(227)], top: FIRST_SCREEN, why: '地方美食' },
	{ query: '土地流转政策', expect: [s(212)], top: FIRST_SCREEN, why: '土地承包经营权流转' },
	{ query: '妇联', expect: [dep('funvlianhehui')], top: 1, why: 'an office name asks for the office' }
];

/** Input that must not throw and must give sane (possibly empty) results. */
export const ROBUSTNESS_QUERIES: readonly string[] = [
	'',
	'   ',
	'\u3000\u3000',
	'？！。，、；：“”《》',
	'!!!???...',
	'😀😀👍',
	'<script>alert(1)</script>',
	"' OR 1=1 --",
	'\u0000\u0001\u001f',
	'a',
	'1',
	'的',
	'怎么办',
	'社保卡'.repeat(700),
	'x'.repeat(2000),
	'\ud800',
	'𠀀𠀁𠀂'
];
