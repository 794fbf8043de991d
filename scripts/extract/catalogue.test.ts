/**
 * The catalogue parser on real rows of 000 (each snippet is copied from the source and checked against it,
 * with its own line numbers), then on the whole table (research/seeds-000-003.md §2.12).
 */
import { describe, expect, it } from 'vitest';
import { parseCatalogue, type CatalogueRow } from './catalogue';
import { SourceError, sourceLines, sourcePath } from '../lib/sources';

interface Snippet {
	first: number;
	lines: string[];
}

const PATH = 'data/sources/000_test.txt';
const TITLE = '吕梁市市级公共服务事项目录';
const HEADER = '填报单位\t编号\t服务主题\t事项名称\t服务提供单位\t服务类型\t备注';

/** D1 merged 填报单位 cells (000:1070–1077); D2 「吕梁市」 (000:1078) + 「发展和改革委员会」 (000:1083) split by a page break; D10 the repeated title and header (000:1080, 000:1082). */
const FIRST_PAGES: Snippet = {
	first: 1069,
	lines: [
		'吕梁市发展和改革委员会\t1\t经济生活\t评标专家抽取\t吕梁市发展和改革委员会\t办事指南类\t',
		'\t2\t三农服务\t主要农副产品成本信息\t吕梁市发展和改革委员会\t普通信息类\t',
		'\t3\t经济生活\t重要商品和服务成本调查监审信息\t吕梁市发展和改革委员会\t普通信息类\t',
		'\t4\t经济生活\t价格认定（价格争议纠纷调解）服务\t吕梁市发展和改革委员会\t普通信息类\t',
		'\t5\t就业执业\t粮食行业特有工种职业技能培训\t吕梁市发展和改革委员会\t服务链接类\t',
		'\t6\t中介服务\t吕梁市粮油交易\t吕梁市粮油批发市场\t单位名录类\t',
		'\t7\t中介服务\t粮食网上销售采购\t吕梁市粮油批发市场\t服务链接类\t',
		'\t8\t公共安全\t粮食质量、品质、卫生检验检测\t吕梁市粮油质检中心\t普通信息类\t',
		'\t9\t公共安全\t粮食安全生产守则\t吕梁市发展和改革委员会\t普通信息类\t',
		'吕梁市\t10\t公共安全\t吕梁市粮食应急预案\t吕梁市发展和改革委员会\t普通信息类\t',
		'',
		'吕梁市市级公共服务事项目录',
		'',
		'填报单位\t编号\t服务主题\t事项名称\t服务提供单位\t服务类型\t备注',
		'发展和改革委员会\t11\t公共安全\t粮食行业安全生产事故应急预案\t吕梁市发展和改革委员会\t普通信息类\t',
		'\t12\t公共安全\t应急联络机构及联系方式\t吕梁市发展和改革委员会\t普通信息类\t'
	]
};

/** D3: the page-5 restatement 「吕梁市 人社局」 (000:1208) with an inner space; D12 ASCII comma at 000:1209. */
const INNER_SPACE: Snippet = {
	first: 1192,
	lines: [
		'吕梁市人社局\t112\t就业执业\t失业登记\t吕梁市人力资源和社会保障局\t办事指南类\t',
		'\t113\t就业执业\t就业登记\t吕梁市人力资源和社会保障局\t办事指南类\t',
		'\t114\t就业执业\t《就业创业证》申领\t吕梁市人力资源和社会保障局\t办事指南类\t',
		'\t115\t就业执业\t就业见习补贴申领\t吕梁市人力资源和社会保障局\t办事指南类\t',
		'\t116\t就业执业\t高等学校等毕业生接收手续办理\t吕梁市人力资源和社会保障局\t办事指南类\t',
		'\t117\t就业执业\t档案的接收和转递\t吕梁市人力资源和社会保障局\t办事指南类\t',
		'\t118\t就业执业\t档案材料的收集、鉴别和归档\t吕梁市人力资源和社会保障局\t办事指南类\t',
		'\t119\t就业执业\t档案的整理和保管\t吕梁市人力资源和社会保障局\t办事指南类\t',
		'\t120\t就业执业\t提供档案查（借）阅服务\t吕梁市人力资源和社会保障局\t办事指南类\t',
		'\t121\t就业执业\t依据档案记载出具相关证明\t吕梁市人力资源和社会保障局\t办事指南类\t',
		'\t122\t就业执业\t提供政审（考察）服务\t吕梁市人力资源和社会保障局\t办事指南类\t',
		'\t123\t就业执业\t存档人员党组织关系的接转\t吕梁市人力资源和社会保障局\t办事指南类\t',
		'',
		'吕梁市市级公共服务事项目录',
		'',
		'填报单位\t编号\t服务主题\t事项名称\t服务提供单位\t服务类型\t备注',
		'吕梁市 人社局\t124\t就业执业\t就业政策法规咨询\t吕梁市人力资源和社会保障局\t普通信息类\t',
		'\t125\t就业执业\t职业供求信息, 市场工资指导价位价值和职业培训信息发布\t吕梁市人力资源和社会保障局\t普通信息类\t'
	]
};

/** D4: 规划和自然资源局 printed without 吕梁市 (000:1268). */
const NO_PREFIX: Snippet = {
	first: 1268,
	lines: [
		'规划和自然资源局\t180\t三农服务\t世界野生动植物日宣传\t吕梁市野生动植物保护站\t普通信息类\t',
		'\t181\t三农服务\t山西省“爱鸟周”宣传\t吕梁市野生动植物保护站\t普通信息类\t',
		'\t182\t三农服务\t“国际生物多样性日”宣传\t吕梁市野生动植物保护站\t普通信息类\t',
		'\t183\t三农服务\t提供林业实用技术推广服务\t吕梁市林业技术推广站\t普通信息类\t',
		'吕梁市生态环境局\t184\t气象环保\t环境状况公报\t吕梁市生态环境局\t服务链接类\t'
	]
};

/** D5: 000:1188, row 108 printed without its leading TAB (编号 in the 填报单位 column). */
const LEAD_TAB_MISSING: Snippet = {
	first: 1174,
	lines: [
		'吕梁市司法局\t94\t司法公正\t法律职业资格调档\t吕梁市司法局\t办事指南类\t',
		'\t95\t司法公正\t法律职业资格证书补办（换发）\t吕梁市司法局\t办事指南类\t',
		'\t96\t司法公正\t司法鉴定机构和鉴定人名录\t吕梁市司法局\t单位名录类\t',
		'\t97\t司法公正\t公证机构和公证员目录\t吕梁市司法局\t单位名录类\t',
		'\t98\t司法公正\t公证的相关法律法规、政策\t吕梁市司法局\t政策文件类\t',
		'\t99\t司法公正\t《公证机构执业管理办法》\t吕梁市司法局\t普通信息类\t',
		'\t100\t司法公正\t《公证员执业管理办法》\t吕梁市司法局\t普通信息类\t',
		'\t101\t司法公正\t公证程序规则\t吕梁市司法局\t普通信息类\t',
		'\t102\t就业执业\t律师人员信息查询\t吕梁市司法局\t服务链接类\t',
		'\t103\t司法公正\t基层法律服务所名录\t吕梁市司法局\t单位名录类\t',
		'\t104\t司法公正\t律师事务所名录\t吕梁市司法局\t单位名录类\t',
		'\t105\t司法公正\t法律咨询\t吕梁市司法局\t普通信息类\t',
		'\t106\t司法公正\t请求法律援助\t吕梁市司法局\t普通信息类\t',
		'\t107\t司法公正\t法律援助办理\t吕梁市司法局\t普通信息类\t',
		'108\t热线服务\t12348 法律援助热线服务\t吕梁市司法局\t普通信息类\t\t',
		'吕梁市财政局\t109\t教育培训\t会计专业技术人员资格考试\t吕梁市财政局\t服务链接类\t'
	]
};

/** D6 (000:1339, extra leading TAB, no 备注 field), D7 (000:1340–1353, 编号 first, blank second), D5 (000:1354), 常见问题类 (000:1341). */
const SHIFTED_BLOCK: Snippet = {
	first: 1339,
	lines: [
		'\t吕梁市应急管理局\t243\t教育培训\t生产经营单位从业人员培训服务\t吕梁市应急管理局\t普通信息类',
		'244\t\t教育培训\t特种作业人员信息查询\t吕梁市应急管理局\t服务链接类\t',
		'245\t\t教育培训\t注册安全工程师、安全评价师报考咨询\t吕梁市应急管理局\t常见问题类\t',
		'246\t\t公共安全\t安全生产宣传教育服务\t吕梁市应急管理局\t普通信息类\t',
		'247\t\t公共安全\t安全生产法律法规政策宣传、咨询服务\t吕梁市应急管理局\t普通信息类\t',
		'248\t\t公共安全\t生产安全事故应急救援服务\t吕梁市应急管理局\t普通信息类\t',
		'249\t\t公共安全\t安全生产先进技术推广应用\t吕梁市应急管理局\t普通信息类\t',
		'250\t\t热线服务\t“12350”安全生产举报热线\t吕梁市应急管理局\t普通信息类\t',
		'251\t\t公共安全\t受理政府信息公开申请\t吕梁市应急管理局\t普通信息类\t',
		'252\t\t公共安全\t安全生产标准评审单位确定\t吕梁市应急管理局\t办事指南类\t',
		'253\t\t公共安全\t消防法律、法规的宣传\t吕梁市消防支队\t普通信息类\t',
		'254\t\t公共安全\t火灾扑救和应急救援受理服务\t吕梁市消防支队\t普通信息类\t',
		'255\t\t公共安全\t96119 火灾隐患举报投诉受理服务\t吕梁市消防支队\t普通信息类\t',
		'256\t\t公共安全\t煤矿安全生产常识\t吕梁市应急管理局\t普通信息类\t',
		'257\t\t公共安全\t举报电话\t吕梁市应急管理局\t普通信息类\t',
		'258\t社保救助\t自然灾害救助条例\t吕梁市应急管理局\t政策文件类\t\t',
		'吕梁市中小企业局\t259\t创业创新\t中小企业服务信息查询\t吕梁市中小企业局\t普通信息类\t'
	]
};

/** D8: page 10 header and rows with a trailing empty field, 000:1408–1410. */
const PAGE_TEN: Snippet = {
	first: 1408,
	lines: [
		'填报单位\t编号\t服务主题\t事项名称\t服务提供单位\t服务类型\t备注\t',
		'吕梁市税务局\t305\t纳税缴费\t税务机构名录\t吕梁市税务局\t单位名录类\t\t',
		'\t306\t纳税缴费\t12366 纳税服务热线\t吕梁市税务局\t普通信息类\t\t'
	]
};

/** D6 (000:1433 one extra leading TAB; 000:1434–1436 two), D7 + D8 (000:1437). */
const WEATHER: Snippet = {
	first: 1433,
	lines: [
		'\t吕梁市气象局\t329\t气象环保\t短期预报\t吕梁市气象局\t服务链接类\t',
		'\t\t330\t气象环保\t短时预报\t吕梁市气象局\t服务链接类\t',
		'\t\t331\t气象环保\t天气预报\t吕梁市气象局\t服务链接类\t',
		'\t\t332\t气象环保\t灾害预警信息\t吕梁市气象局\t服务链接类\t',
		'333\t\t气象环保\t实时天气\t吕梁市气象局\t服务链接类\t\t'
	]
};

/** D9: 场馆信息类, 办事服务类, 服务连接类, 000:1373–1380. */
const TYPE_VARIANTS: Snippet = {
	first: 1373,
	lines: [
		'吕梁市体育局\t273\t场馆设施\t吕梁市体育馆\t吕梁市体育馆\t场馆信息类\t',
		'\t274\t场馆设施\t吕梁市游泳馆\t吕梁市游泳馆\t场馆信息类\t',
		'\t275\t文化体育\t健身活动介绍\t吕梁市体育局\t服务链接类\t',
		'\t276\t文化体育\t赛事规程\t吕梁市体育局\t服务链接类\t',
		'\t277\t文化体育\t社会体育指导员公益培训\t吕梁市体育局\t办事服务类\t',
		'\t278\t文化体育\t国民体质测定\t吕梁市体育局\t服务链接类\t',
		'\t279\t文化体育\t全民健身相关政策文件信息\t吕梁市体育局\t服务链接类\t',
		'吕梁市统计局\t280\t经济生活\t统计信息发布\t吕梁市统计局\t服务连接类\t'
	]
};

/** D11: the only two 备注 (000:1358, 000:1363). */
const NOTES: Snippet = {
	first: 1357,
	lines: [
		'吕梁市市场监管局\t261\t热线服务\t12358 价格举报热线\t吕梁市市场监管局\t普通信息类\t',
		'\t262\t科学技术\t专利电子申请用户注册\t知识产权办\t普通信息类\t用户可以自行办理',
		'\t263\t科学技术\t专利实施许可合同备案\t知识产权办\t服务链接类\t',
		'\t264\t科学技术\t专利权质押登记\t知识产权办\t服务链接类\t',
		'\t265\t热线服务\t12315 工商局热线服务\t吕梁市市场监管局\t普通信息类\t',
		'\t266\t创业创新\t条码技术服务\t吕梁市市场监管局\t服务链接类\t',
		'\t267\t创业创新\t标准化技术服务\t吕梁市市场监管局\t服务链接类\t没有专门机构',
		'\t268\t科学技术\t计量器具检定\t吕梁市质量技术监督检验检测所\t办事指南类\t'
	]
};

/** D12: quoted name (000:1085), two units in one provider cell (000:1097), wrap space (000:1100). */
const NAMES: Snippet = {
	first: 1085,
	lines: [
		'吕梁市教育局\t13\t教育培训\t“办事咨询(各阶段含入学、转学、休学、复学)”\t吕梁市教育局\t普通信息类\t',
		'\t14\t教育培训\t学业水平考试成绩证明\t吕梁市教育局\t普通信息类\t',
		'\t15\t教育培训\t普通高考政策\t吕梁市招生考试管理中心\t政策文件类\t',
		'\t16\t教育培训\t高中学校信息\t吕梁市教育局\t单位名录类\t',
		'\t17\t教育培训\t普通高中少数民族加分项\t吕梁市招生考试管理中心\t政策文件类\t',
		'\t18\t教育培训\t中等职业学校信息\t吕梁市教育局\t单位名录类\t',
		'\t19\t教育培训\t特殊教育学校信息\t吕梁市教育局\t单位名录类\t',
		'\t20\t教育培训\t成人高考指南\t吕梁市招生考试管理中心\t普通信息类\t',
		'\t21\t教育培训\t自学考试指南\t吕梁市招生考试管理中心\t普通信息类\t',
		'\t22\t教育培训\t中小学营养餐计划\t吕梁市教育局\t普通信息类\t',
		'\t23\t教育培训\t学校名录\t吕梁市教育局\t单位名录类\t',
		'\t24\t教育培训\t政策文件\t吕梁市教育局\t政策文件类\t',
		'\t25\t证件办理\t中小学教师从业资格证\t吕梁市教育局 吕梁市招生考试管理中心\t服务链接类\t',
		'\t26\t就业执业\t政策文件\t吕梁市教育局\t办事指南类\t',
		'\t27\t就业执业\t服务指南\t吕梁市教育局\t办事指南类\t',
		'\t28\t就业执业\t办理企事业单位接收毕业生 相关手续\t吕梁市教育局\t办事指南类\t'
	]
};

const ALL_SNIPPETS = {
	FIRST_PAGES,
	INNER_SPACE,
	NO_PREFIX,
	LEAD_TAB_MISSING,
	SHIFTED_BLOCK,
	PAGE_TEN,
	WEATHER,
	TYPE_VARIANTS,
	NOTES,
	NAMES
};

/**
 * The file as the parser sees it: the snippet at its own line numbers; unless the snippet starts with its
 * page's header, the real title and header are placed just above it (as on every printed page).
 */
function fileWith(s: Snippet, replace: Record<number, string> = {}): string[] {
	const lines: string[] = new Array<string>(s.first - 1).fill('');
	if (!s.lines[0]?.startsWith('填报单位')) {
		lines[s.first - 4] = TITLE;
		lines[s.first - 2] = HEADER;
	} else {
		lines[s.first - 3] = TITLE;
	}
	s.lines.forEach((l, k) => lines.push(replace[s.first + k] ?? l));
	lines.push('', '吕梁市人民政府办公室 关于印发…的通知');
	return lines;
}

function parse(s: Snippet, replace: Record<number, string> = {}): CatalogueRow[] {
	const firstNo = Number(/^\D*(\d+)/.exec(s.lines.find((l) => /\d/.test(l) && !l.startsWith('填报单位')) ?? '')?.[1]);
	return parseCatalogue(fileWith(s, replace), { file: '000', path: PATH, firstNo }).rows;
}

function row(rows: CatalogueRow[], no: number): CatalogueRow {
	const r = rows.find((x) => x.no === no);
	if (!r) throw new Error(`row ${no} missing`);
	return r;
}

function errorOf(fn: () => unknown): SourceError {
	try {
		fn();
	} catch (e) {
		if (e instanceof SourceError) return e;
		throw e;
	}
	throw new Error('expected a SourceError');
}

describe('snippets are real', () => {
	const src = sourceLines('000');
	for (const [name, s] of Object.entries(ALL_SNIPPETS)) {
		it(`${name} is 000:${s.first}–${s.first + s.lines.length - 1} verbatim`, () => {
			expect(src.slice(s.first - 1, s.first - 1 + s.lines.length)).toEqual(s.lines);
		});
	}
});

describe('catalogue defects, one per kind', () => {
	it('D1: an empty 填报单位 cell inherits the department above', () => {
		const rows = parse(FIRST_PAGES);
		expect(rows.slice(0, 9).map((r) => r.department)).toEqual(new Array(9).fill('吕梁市发展和改革委员会'));
		expect(row(rows, 2)).toMatchObject({
			line: 1070,
			departmentCell: '',
			theme: '三农服务',
			name: '主要农副产品成本信息'
		});
	});

	it('D2: 「吕梁市」 + 「发展和改革委员会」 split by a page break is one department', () => {
		const rows = parse(FIRST_PAGES);
		expect(row(rows, 10)).toMatchObject({ line: 1078, departmentCell: '吕梁市', department: '吕梁市发展和改革委员会' });
		expect(row(rows, 11)).toMatchObject({
			line: 1083,
			departmentCell: '发展和改革委员会',
			department: '吕梁市发展和改革委员会'
		});
		expect(row(rows, 12).department).toBe('吕梁市发展和改革委员会');
		expect(new Set(rows.map((r) => r.department)).size).toBe(1);
	});

	it('D2: the split name also resolves when 「吕梁市」 opens a block', () => {
		const rows = parse({ first: 1078, lines: FIRST_PAGES.lines.slice(9) });
		expect(rows.map((r) => r.department)).toEqual(new Array(3).fill('吕梁市发展和改革委员会'));
	});

	it('D10: repeated title and header lines are dropped and do not break fill-down', () => {
		const rows = parse(FIRST_PAGES);
		expect(rows.map((r) => r.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
		expect(rows.map((r) => r.line)).not.toContain(1080);
		expect(rows.map((r) => r.line)).not.toContain(1082);
	});

	it('D3: 「吕梁市 人社局」 with an inner space is the same department as 「吕梁市人社局」', () => {
		const rows = parse(INNER_SPACE);
		expect(row(rows, 124)).toMatchObject({ line: 1208, departmentCell: '吕梁市 人社局', department: '吕梁市人社局' });
		expect(new Set(rows.map((r) => r.department))).toEqual(new Set(['吕梁市人社局']));
	});

	it('D4: a department printed without 吕梁市 keeps its printed name', () => {
		const rows = parse(NO_PREFIX);
		expect(rows.slice(0, 4).map((r) => r.department)).toEqual(new Array(4).fill('规划和自然资源局'));
		expect(row(rows, 184).department).toBe('吕梁市生态环境局');
	});

	it('D5: a row without its leading TAB is realigned (000:1188, 12348 法律援助热线服务)', () => {
		const r = row(parse(LEAD_TAB_MISSING), 108);
		expect(r).toMatchObject({
			line: 1188,
			department: '吕梁市司法局',
			theme: '热线服务',
			name: '12348 法律援助热线服务',
			providerRaw: '吕梁市司法局',
			type: '普通信息类',
			fields: 7
		});
		expect(r.note).toBeUndefined();
	});

	it('D6: a row with an extra leading TAB and no 备注 field is realigned (000:1339)', () => {
		const rows = parse(SHIFTED_BLOCK);
		expect(row(rows, 243)).toMatchObject({
			line: 1339,
			departmentCell: '吕梁市应急管理局',
			department: '吕梁市应急管理局',
			theme: '教育培训',
			name: '生产经营单位从业人员培训服务',
			type: '普通信息类',
			fields: 7
		});
		expect(row(rows, 243).note).toBeUndefined();
		const weather = parse(WEATHER);
		expect(weather.map((r) => [r.no, r.department, r.theme])).toEqual([
			[329, '吕梁市气象局', '气象环保'],
			[330, '吕梁市气象局', '气象环保'],
			[331, '吕梁市气象局', '气象环保'],
			[332, '吕梁市气象局', '气象环保'],
			[333, '吕梁市气象局', '气象环保']
		]);
	});

	it('D7: 编号 first and a blank second cell (000:1340–1353) keep their department and columns', () => {
		const rows = parse(SHIFTED_BLOCK);
		expect(rows.filter((r) => r.no >= 244 && r.no <= 257).every((r) => r.department === '吕梁市应急管理局')).toBe(true);
		expect(row(rows, 250)).toMatchObject({
			theme: '热线服务',
			name: '“12350”安全生产举报热线',
			providerRaw: '吕梁市应急管理局'
		});
		expect(row(rows, 255)).toMatchObject({ theme: '公共安全', providerRaw: '吕梁市消防支队', type: '普通信息类' });
		expect(row(rows, 258)).toMatchObject({
			line: 1354,
			theme: '社保救助',
			name: '自然灾害救助条例',
			type: '政策文件类'
		});
		expect(row(rows, 259).department).toBe('吕梁市中小企业局');
	});

	it('D8: page 10 rows with a trailing empty field parse like the others', () => {
		const rows = parse(PAGE_TEN);
		expect(rows.map((r) => [r.no, r.department, r.name, r.fields])).toEqual([
			[305, '吕梁市税务局', '税务机构名录', 8],
			[306, '吕梁市税务局', '12366 纳税服务热线', 8]
		]);
	});

	it('D9: type variants are normalised and the printed form kept', () => {
		const rows = parse(TYPE_VARIANTS);
		expect(row(rows, 273)).toMatchObject({ typeRaw: '场馆信息类', type: '场馆设施类' });
		expect(row(rows, 277)).toMatchObject({ typeRaw: '办事服务类', type: '办事指南类' });
		expect(row(rows, 280)).toMatchObject({ typeRaw: '服务连接类', type: '服务链接类', department: '吕梁市统计局' });
		expect(row(parse(SHIFTED_BLOCK), 245)).toMatchObject({ typeRaw: '常见问题类', type: '常见问题类' });
	});

	it('D11: 备注 is kept where printed', () => {
		const rows = parse(NOTES);
		expect(row(rows, 262).note).toBe('用户可以自行办理');
		expect(row(rows, 267).note).toBe('没有专门机构');
		expect(rows.filter((r) => r.note).map((r) => r.no)).toEqual([262, 267]);
	});

	it('D12: names are cleaned and the printed form kept', () => {
		const rows = parse(NAMES);
		expect(row(rows, 13)).toMatchObject({
			nameRaw: '“办事咨询(各阶段含入学、转学、休学、复学)”',
			name: '办事咨询（各阶段含入学、转学、休学、复学）'
		});
		expect(row(rows, 28)).toMatchObject({
			nameRaw: '办理企事业单位接收毕业生 相关手续',
			name: '办理企事业单位接收毕业生相关手续'
		});
		expect(row(rows, 25).providerRaw).toBe('吕梁市教育局 吕梁市招生考试管理中心');
		expect(row(parse(INNER_SPACE), 125).name).toBe('职业供求信息，市场工资指导价位价值和职业培训信息发布');
	});
});

describe('malformed rows stop the parse with file and line', () => {
	const base: Snippet = { first: 1069, lines: FIRST_PAGES.lines.slice(0, 4) };

	it('a row without a numeric 编号 cell', () => {
		const e = errorOf(() =>
			parse(base, { 1071: '\t经济生活\t重要商品和服务成本调查监审信息\t吕梁市发展和改革委员会\t普通信息类\t' })
		);
		expect(e.message).toBe(`${PATH}:1071: catalogue row without a numeric 编号 cell`);
	});

	it('a row with a missing cell', () => {
		const e = errorOf(() => parse(base, { 1071: '\t3\t经济生活\t重要商品和服务成本调查监审信息\t普通信息类\t' }));
		expect(e).toMatchObject({ file: PATH, line: 1071 });
		expect(e.message).toBe(`${PATH}:1071: 编号 3: empty 服务类型 cell`);
	});

	it('a row with too many cells', () => {
		const e = errorOf(() =>
			parse(base, { 1070: '\t2\t三农服务\t主要农副产品成本信息\t吕梁市发展和改革委员会\t普通信息类\t\t\t' })
		);
		expect(e.message).toBe(`${PATH}:1070: 编号 2: expected 4–6 cells after 编号, found 7`);
	});

	it('an empty required cell', () => {
		const e = errorOf(() =>
			parse(base, { 1072: '\t4\t\t价格认定（价格争议纠纷调解）服务\t吕梁市发展和改革委员会\t普通信息类\t' })
		);
		expect(e.message).toBe(`${PATH}:1072: 编号 4: empty 服务主题 cell`);
	});

	it('an unknown 服务类型', () => {
		const e = errorOf(() => parse(base, { 1072: '\t4\t经济生活\t价格认定\t吕梁市发展和改革委员会\t价格类\t' }));
		expect(e.message).toBe(`${PATH}:1072: 编号 4: unknown 服务类型 「价格类」`);
	});

	it('a duplicate 编号', () => {
		const e = errorOf(() =>
			parse(base, { 1071: '\t2\t经济生活\t重要商品和服务成本调查监审信息\t吕梁市发展和改革委员会\t普通信息类\t' })
		);
		expect(e.message).toBe(`${PATH}:1071: duplicate 编号 2 (first at line 1070)`);
	});

	it('a gap in 编号', () => {
		const e = errorOf(() =>
			parse(base, { 1072: '\t5\t经济生活\t价格认定（价格争议纠纷调解）服务\t吕梁市发展和改革委员会\t普通信息类\t' })
		);
		expect(e.message).toBe(`${PATH}:1072: 编号 5 out of sequence: expected 4`);
	});

	it('a table that does not start at 编号 1', () => {
		const e = errorOf(() =>
			parseCatalogue(fileWith({ first: 1070, lines: base.lines.slice(1) }), { file: '000', path: PATH })
		);
		expect(e.message).toBe(`${PATH}:1070: 编号 2 out of sequence: expected 1`);
	});

	it('a department that reappears after another block', () => {
		const e = errorOf(() =>
			parse(base, {
				1071: '吕梁市教育局\t3\t经济生活\t重要商品和服务成本调查监审信息\t吕梁市发展和改革委员会\t普通信息类\t',
				1072: '吕梁市发展和改革委员会\t4\t经济生活\t价格认定\t吕梁市发展和改革委员会\t普通信息类\t'
			})
		);
		expect(e.message).toBe(
			`${PATH}:1072: 填报单位 吕梁市发展和改革委员会 reappears after its block ended at line 1070`
		);
	});

	it('a split 「吕梁市」 never completed', () => {
		const e = errorOf(() => parse({ first: 1069, lines: FIRST_PAGES.lines.slice(0, 10) }));
		expect(e.message).toBe(`${PATH}:1078: 填报单位 「吕梁市」 is never completed on a following page`);
	});

	it('no table at all', () => {
		const e = errorOf(() => parseCatalogue(['', '其他文件'], { file: '000', path: PATH }));
		expect(e.message).toMatch(/^data\/sources\/000_test\.txt:1: table 「吕梁市市级公共服务事项目录」/);
	});
});

describe('the whole catalogue (000:1066–1480)', () => {
	const { rows } = parseCatalogue(sourceLines('000'), { file: '000', path: sourcePath('000') });
	const byDept = new Map<string, CatalogueRow[]>();
	for (const r of rows) byDept.set(r.department, [...(byDept.get(r.department) ?? []), r]);

	it('has 372 rows numbered 1..372 without gaps, from line 1069 to 1480', () => {
		expect(rows).toHaveLength(372);
		expect(rows.map((r) => r.no)).toEqual(Array.from({ length: 372 }, (_, k) => k + 1));
		expect(rows[0]?.line).toBe(1069);
		expect(rows[rows.length - 1]?.line).toBe(1480);
	});

	it('has 34 departments, each one contiguous block, with the counts of §2.5', () => {
		expect([...byDept].map(([d, rs]) => [d, rs.length, rs[0]?.no])).toEqual([
			['吕梁市发展和改革委员会', 12, 1],
			['吕梁市教育局', 16, 13],
			['吕梁市工业和信息化局', 6, 29],
			['吕梁市公安局', 55, 35],
			['吕梁市民政局', 4, 90],
			['吕梁市司法局', 15, 94],
			['吕梁市财政局', 3, 109],
			['吕梁市人社局', 68, 112],
			['规划和自然资源局', 4, 180],
			['吕梁市生态环境局', 7, 184],
			['吕梁市住房和城乡建设局', 10, 191],
			['吕梁市城市管理局', 3, 201],
			['吕梁市交通运输局', 5, 204],
			['吕梁市水利局', 3, 209],
			['吕梁市农业农村局', 6, 212],
			['吕梁市文化旅游局', 15, 218],
			['吕梁市卫生健康委员会', 10, 233],
			['吕梁市应急管理局', 16, 243],
			['吕梁市中小企业局', 2, 259],
			['吕梁市市场监管局', 12, 261],
			['吕梁市体育局', 7, 273],
			['吕梁市统计局', 1, 280],
			['吕梁市医疗保障局', 4, 281],
			['吕梁市能源局', 7, 285],
			['吕梁市人民防空办公室', 13, 292],
			['吕梁市税务局', 24, 305],
			['吕梁市气象局', 21, 329],
			['吕梁市地震局', 2, 350],
			['吕梁市农机服务中心', 6, 352],
			['吕梁市档案馆', 2, 358],
			['吕梁市住房公积金管理中心', 9, 360],
			['吕梁市妇女联合会', 1, 369],
			['吕梁市残疾人联合会', 1, 370],
			['吕梁市新闻出版局', 2, 371]
		]);
	});

	it('身份证申办、补办、换领 (#35) is done by 各县市区公安局派出所 under 吕梁市公安局', () => {
		expect(row(rows, 35)).toMatchObject({
			name: '身份证申办、补办、换领',
			providerRaw: '各县市区公安局派出所',
			department: '吕梁市公安局'
		});
	});

	it('12348 法律援助热线服务 (#108) belongs to 吕梁市司法局, 热线服务, 普通信息类', () => {
		expect(row(rows, 108)).toMatchObject({
			name: '12348 法律援助热线服务',
			department: '吕梁市司法局',
			theme: '热线服务',
			type: '普通信息类'
		});
	});

	it('生产经营单位从业人员培训服务 (#243) belongs to 吕梁市应急管理局, with no 备注', () => {
		expect(row(rows, 243)).toMatchObject({
			name: '生产经营单位从业人员培训服务',
			department: '吕梁市应急管理局',
			type: '普通信息类'
		});
		expect(row(rows, 243).note).toBeUndefined();
	});

	it('#10, #11, #12 belong to 吕梁市发展和改革委员会 and #124 to the department of #112', () => {
		for (const no of [10, 11, 12]) expect(row(rows, no).department).toBe('吕梁市发展和改革委员会');
		expect(row(rows, 124).department).toBe(row(rows, 112).department);
	});

	it('#330–#344 belong to 吕梁市气象局 under 气象环保', () => {
		const weather = rows.filter((r) => r.no >= 330 && r.no <= 344);
		expect(weather.every((r) => r.department === '吕梁市气象局' && r.theme === '气象环保')).toBe(true);
	});

	it('has 20 themes and only canonical types after normalisation', () => {
		expect(new Set(rows.map((r) => r.theme)).size).toBe(20);
		const types = new Set(rows.map((r) => r.type));
		expect(types.has('服务链接类')).toBe(true);
		for (const variant of ['服务连接类', '办事服务类', '场馆信息类']) expect(types.has(variant as never)).toBe(false);
		expect(rows.filter((r) => r.type === '场馆设施类').map((r) => r.no)).toEqual([219, 220, 221, 273, 274, 351]);
	});

	it('never takes a title or header line for data, and has 备注 only on #262 and #267', () => {
		expect(rows.some((r) => r.name.includes(TITLE) || r.theme === '服务主题' || r.department === '填报单位')).toBe(
			false
		);
		expect(rows.filter((r) => r.note).map((r) => r.no)).toEqual([262, 267]);
	});

	it('stops at the end of the table and finds it by its title, not by line numbers', () => {
		const lines = sourceLines('000');
		const shifted = ['', '插入的一行', ...lines];
		const moved = parseCatalogue(shifted, { file: '000' }).rows;
		expect(moved).toHaveLength(372);
		expect(moved[0]?.line).toBe(1071);
	});
});
