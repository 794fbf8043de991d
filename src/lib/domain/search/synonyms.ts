/**
 * How people in 吕梁 ask, mapped to the words the gazettes print. This is vocabulary, not fact, so it
 * carries no citation; every word in `find` must occur in the built search text (search.test.ts checks),
 * otherwise it would widen nothing and only cost time.
 *
 * Words are written already normalised (no spaces or punctuation, simplified characters).
 */

export interface SynonymGroup {
	/** What people type or say. */
	say: readonly string[];
	/** Words the records use for it. */
	find: readonly string[];
	/**
	 * The spoken words name an office (人社局, 残联): a query holding one asks for that office, so its department
	 * page is lifted above the office's many services and lines (ranking.ts OFFICE_BOOST).
	 */
	office?: boolean;
	/**
	 * The spoken words name the same thing as the printed ones (社保卡 = 社会保障卡). Then the mapping
	 * works both ways, and the index build adds `say` as pinyin aliases (`sbk`, `shebaoka`) to every
	 * record whose title holds a `find` word.
	 */
	same?: boolean;
}

export const SYNONYMS: readonly SynonymGroup[] = [
	// Names of cards and certificates.
	{ say: ['社保卡'], find: ['社会保障卡'], same: true },
	{ say: ['驾照', '驾证', '驾驶本', '车本'], find: ['驾驶证'], same: true },
	{ say: ['行车证', '行驶本'], find: ['行驶证'], same: true },
	{ say: ['车牌', '车牌号', '牌照'], find: ['号牌'], same: true },
	{ say: ['身份证', '二代证'], find: ['身份证'], same: true },
	{ say: ['公积金'], find: ['住房公积金'], same: true },
	{ say: ['低保', '低保户', '最低生活保障', '低保金'], find: ['低保'], same: true },
	{ say: ['残疾证', '残疾人证'], find: ['残疾人证', '残疾人'], same: true },
	{ say: ['户口', '户口本'], find: ['户口', '户籍'], same: true },
	{ say: ['护照'], find: ['护照', '出入境'] },
	{ say: ['出国', '出境'], find: ['护照', '出入境', '签证'] },
	{ say: ['港澳通行证', '去香港', '去澳门'], find: ['港澳通行证'] },
	{ say: ['去台湾', '台湾通行证'], find: ['台湾地区通行证'] },
	{ say: ['出生证', '出生证明', '出生医学证明'], find: ['出生证'], same: true },
	{ say: ['医保'], find: ['医保', '医疗保险', '医疗保障'], same: true },
	{ say: ['社保'], find: ['社会保险', '社会保障', '养老保险'] },
	{ say: ['养老金', '退休金', '退休工资'], find: ['养老保险', '养老', '退休'] },
	{ say: ['失业金', '失业补助'], find: ['失业保险'] },
	{ say: ['教师资格证', '教师证'], find: ['教师从业资格证', '教师'] },
	// What the catalogue calls a car (机动车, #60–#76) and its change of owner (转移登记, #61).
	{ say: ['车辆', '汽车', '小汽车', '私家车', '车子', '轿车'], find: ['机动车'] },
	{ say: ['过户'], find: ['转移'] },
	{ say: ['选号', '选车牌', '选车牌号', '挑车牌', '挑车牌号', '选个车牌'], find: ['选号'] },

	// Losing, renewing, fetching.
	{ say: ['丢了', '丢失', '掉了', '弄丢了', '丢', '遗失', '找不到了', '被偷了'], find: ['挂失', '补办', '补领'] },
	{ say: ['补办', '补卡', '补证', '重办', '重新办', '补领'], find: ['补办', '补领', '换领', '挂失'] },
	{ say: ['换证', '换卡', '换新', '更换', '换领'], find: ['换领', '换发', '换证'] },
	{ say: ['申领', '领取', '申请'], find: ['申领', '申请', '领取'] },
	{ say: ['查查', '查一下', '查看', '查找'], find: ['查询', '查阅', '查验', '公布'] },
	{ say: ['转走', '转过去', '转回来', '转到', '迁走'], find: ['转移', '转入', '转出', '迁出', '转递'] },
	{ say: ['坏了', '损坏', '破了'], find: ['换领', '补领', '换发'] },
	{ say: ['过期', '过期了', '到期', '到期了'], find: ['换领', '换证', '逾期'] },
	{ say: ['取钱', '取出来', '提钱', '取出', '把钱取出来'], find: ['提取'] },
	{ say: ['买房', '贷款买房', '房贷'], find: ['住房公积金贷款', '贷款'] },
	{ say: ['提公积金', '取公积金', '提取公积金', '公积金取出来'], find: ['住房公积金提取'] },
	{ say: ['改手机号', '换手机号', '改手机号码', '改信息', '改个人信息', '修改信息', '信息变更'], find: ['信息修改'] },
	{ say: ['房产中介', '房屋中介', '房中介', '卖房中介', '租房中介'], find: ['房地产经纪'] },

	// Offices as people call them.
	{ say: ['人社局', '人社', '劳动局', '社保局'], find: ['人力资源和社会保障', '人力资源社会保障'], office: true },
	{ say: ['残联'], find: ['残疾人联合会', '残疾人'], office: true },
	{ say: ['妇联'], find: ['妇女联合会', '妇女'], office: true },
	{ say: ['医保局'], find: ['医疗保障局'], office: true },
	{ say: ['公积金中心'], find: ['住房公积金管理中心'], office: true },
	{ say: ['工商局', '市场监管局'], find: ['市场监督管理局', '工商局'], office: true },
	{ say: ['卫健委', '卫生局'], find: ['卫生健康委员会'], office: true },

	// Schools, hospitals, everyday names for catalogue words.
	{ say: ['中专', '职高', '技校', '职校'], find: ['中等职业学校'] },
	{ say: ['自考'], find: ['自学考试'] },
	// 档案馆's own words (#358 已开放档案查阅利用, #120 档案查（借）阅).
	{ say: ['查档案', '查档', '调档案', '看档案', '借档案'], find: ['档案查阅', '查借阅'] },
	// A certificate of someone's work history is issued from the personnel file (#121 依据档案记载出具相关证明).
	{ say: ['工作证明', '工龄证明', '工作经历证明', '档案证明'], find: ['档案记载'] },
	{ say: ['政府文件', '红头文件', '政府信息', '政府公开信息'], find: ['政府信息公开'] },
	{ say: ['考编', '考事业编', '事业编'], find: ['事业单位招聘', '事业单位考试'] },
	{ say: ['招工', '招人'], find: ['招聘'] },
	{ say: ['医院', '诊所'], find: ['医疗机构'] },
	{ say: ['名单', '名册', '有哪些'], find: ['名录', '信息'] },
	{ say: ['纠纷', '闹矛盾', '吵架'], find: ['争议', '调解'] },
	{ say: ['劳动合同', '用工合同'], find: ['劳动用工'] },
	{ say: ['打零工', '零工', '打短工', '干零活', '自由职业'], find: ['灵活就业'] },
	// Service members' pension transfer is 军地养老保险关系转移接续 (#153).
	{ say: ['当兵', '当过兵', '退伍', '转业', '复员', '部队', '参军', '服役'], find: ['军地'] },
	{ say: ['拖欠', '被拖欠', '工资被拖欠'], find: ['劳动保障', '劳动人事争议', '12333'] },
	// 12338 is the women's rights line (#369); the 热线电话 page routes 家暴 there too (hotline-topics.ts).
	{ say: ['家暴', '被家暴', '家庭暴力', '老公打我', '丈夫打我'], find: ['妇女维权'] },
	{ say: ['假货', '买到假货', '消费者', '消费投诉', '退货'], find: ['工商局', '12315'] },
	{ say: ['乱收费', '乱涨价', '物价', '价格'], find: ['价格举报', '价格', '成本', '指导价'] },
	{ say: ['食品', '吃的', '食物中毒', '吃坏肚子', '药品'], find: ['食药', '食品'] },
	{ say: ['污水', '排污水', '脏水'], find: ['环保', '水质量', '污染'] },
	{ say: ['占地', '占耕地', '乱占耕地', '违法占地', '违建'], find: ['违法用地', '国土资源违法'] },
	{ say: ['烟花', '放烟花', '烟火'], find: ['焰火'] },
	{ say: ['审批', '批准'], find: ['许可', '审批'] },
	{ say: ['歌厅', '歌舞厅', '舞厅', 'ktv', '卡拉ok', '游戏厅', '游艺厅'], find: ['娱乐场所'] },
	{ say: ['好吃的', '小吃', '特色小吃', '特色菜', '吃什么好'], find: ['美食'] },
	{ say: ['建材', '建筑材料'], find: ['建设工程材料'] },
	{ say: ['手艺', '学手艺', '学技术', '技术培训'], find: ['职业培训', '技能培训', '培训'] },
	{ say: ['虫子', '有虫', '生虫', '长虫', '虫害'], find: ['病虫害'] },
	{ say: ['疫苗', '打疫苗', '打针'], find: ['免疫'] },
	{ say: ['牲口', '牲畜', '家畜', '鸡鸭'], find: ['畜禽'] },
	{ say: ['测土', '化验土', '土壤化验'], find: ['土壤检测'] },
	{ say: ['土地流转', '流转土地', '转包土地', '土地转包', '承包地流转'], find: ['土地承包经营权流转'] },
	{ say: ['托管', '土地托管', '托管土地', '代耕代种'], find: ['农业生产托管'] },
	{ say: ['卖粮', '卖粮食', '买粮'], find: ['粮食网上销售采购', '粮油交易'] },
	{ say: ['坑', '大坑', '路坏了', '坑洼', '路不平'], find: ['路政故障', '损坏'] },

	// People.
	{ say: ['孩子', '小孩', '娃', '娃娃', '宝宝', '小孩子', '儿子', '女儿'], find: ['儿童', '子女', '新生儿'] },
	{
		say: ['出生', '刚出生', '新生儿', '生孩子', '生娃', '生小孩'],
		find: ['出生证', '出生', '新生儿', '户口申报', '生育']
	},
	{ say: ['上户口', '落户', '报户口', '入户'], find: ['户口申报', '户口'] },
	{ say: ['老人', '老年', '上年纪', '老汉', '老婆婆'], find: ['老年人', '老龄'] },
	{ say: ['上学', '念书', '读书'], find: ['入学', '学校'] },
	{ say: ['转学', '休学', '复学', '入学'], find: ['办事咨询'] },
	{ say: ['找工作', '找活', '打工', '工作'], find: ['就业', '职业介绍', '招聘', '失业登记'] },
	{ say: ['怀孕', '生育'], find: ['生育'] },
	{ say: ['生孩子报销', '生育报销', '生孩子补贴', '生育津贴', '产假工资'], find: ['生育保险'] },

	// Health and disability.
	{ say: ['看病', '看医生', '就医', '住院'], find: ['就医', '医疗', '医疗机构', '挂号'] },
	{ say: ['报销', '医药费', '药费', '看病报销', '住院报销'], find: ['报销', '医疗费用'] },
	{ say: ['挂号', '预约挂号'], find: ['网上挂号', '挂号'] },
	{ say: ['残疾', '残废', '残障'], find: ['残疾'] },
	{ say: ['耳聋', '聋', '聋哑', '听不见', '耳背', '听力', '听力不好'], find: ['听力', '助听器', '残疾'] },
	{ say: ['助听器'], find: ['助听器', '辅助器具'] },
	{ say: ['轮椅', '拐杖', '假肢', '假腿', '矫形器'], find: ['辅助器具', '残疾'] },
	{ say: ['工伤', '受伤', '干活受伤'], find: ['工伤'] },

	// Work, money, complaints, law.
	{
		say: ['欠工资', '欠薪', '拖欠工资', '不给工资', '讨薪', '要工资', '工资不给', '不发工资', '讨工资'],
		find: ['劳动保障', '劳动人事争议', '12333']
	},
	{ say: ['举报', '投诉', '告状', '反映'], find: ['举报', '投诉'] },
	{ say: ['打官司', '官司', '起诉', '告他', '告人', '诉讼'], find: ['法律援助', '法律咨询', '律师'] },
	{ say: ['律师'], find: ['律师', '法律服务', '法律咨询'] },
	{ say: ['公证', '办公证'], find: ['公证'] },
	{ say: ['交税', '报税', '纳税', '缴税'], find: ['纳税', '办税', '税'] },
	{ say: ['补贴', '补助', '津贴'], find: ['补贴', '补助', '救助'] },

	// Safety, environment, weather, hotlines.
	{ say: ['环境污染', '污染', '排污', '冒黑烟', '臭味', '噪音'], find: ['环保', '生态环境', '污染'] },
	{ say: ['天气', '天气怎么样', '下雨', '下雪'], find: ['天气', '气象', '预报'] },
	// A fire that is burning is 火警 119 (n01:4), never the hazard line 96119; the danger check shows 119 first anyway.
	{ say: ['着火', '着火了', '失火', '起火'], find: ['火警'] },
	{ say: ['报警', '报案', '被骗', '报110'], find: ['报警', '匪警'] },
	{ say: ['急救', '救护车', '叫救护车'], find: ['急救', '120'] },
	// In the national source's words (n01:7); 「市长热线」 is printed nowhere as 12345.
	{ say: ['便民热线', '政务热线', '政务服务热线', '政府热线', '12345热线'], find: ['12345', '政务服务便民热线'] },
	{ say: ['考驾照', '学车', '驾考'], find: ['驾驶人考试', '驾校'] }
];

/** What a question asks, beyond its subject; see INTENT_WORDS. */
export type Intent = 'how' | 'money' | 'phone' | 'proof' | 'where';

/**
 * Question words that say what kind of answer is wanted. They shape the ranking (ranking.ts: money lifts
 * benefits, proof lifts 证明 titles, how and where lift services) and are never matched as text, so 「怎么领」
 * does not find every title with 领 in it. Longest match wins over synonyms of equal or shorter length.
 */
export const INTENT_WORDS: Readonly<Record<Intent, readonly string[]>> = {
	money: [
		'能领什么',
		'能领多少',
		'领多少',
		'能领',
		'可以领',
		'领什么',
		'领钱',
		'能拿多少',
		'能拿',
		'能得多少',
		'多少钱',
		'给多少钱',
		'发多少钱',
		'有什么补贴',
		'有啥补贴',
		'补贴',
		'补助',
		'津贴',
		'给钱',
		'发钱',
		'能享受',
		'享受什么',
		'领',
		'钱'
	],
	how: [
		'怎么办理',
		'怎么办',
		'怎么弄',
		'怎么样',
		'怎么',
		'怎样',
		'咋办',
		'咋弄',
		'如何',
		'手续',
		'流程',
		'步骤',
		'要什么材料',
		'带什么'
	],
	where: [
		'在哪里',
		'在哪儿',
		'在哪',
		'去哪里',
		'去哪儿',
		'去哪',
		'到哪里',
		'到哪',
		'哪里',
		'哪儿',
		'找谁',
		'哪个部门',
		'哪个',
		'什么地方'
	],
	proof: ['开个证明', '开具证明', '开证明', '证明'],
	phone: ['电话号码', '联系电话', '打电话', '电话', '热线', '号码', '联系方式']
};

/**
 * Characters people type for one another because they sound alike (the pinyin keyboard offers both):
 * 护找 for 护照, 医报 for 医保, 社宝卡 for 社保卡. A word that matches nothing is tried with one of these swapped.
 */
export const HOMOPHONES: readonly (readonly string[])[] = [
	['照', '找', '兆'],
	['保', '宝', '报', '包'],
	['份', '分'],
	['积', '基', '急', '级'],
	['证', '正', '政', '症'],
	['驾', '架', '价'],
	['险', '现', '线'],
	['障', '账', '帐', '张'],
	['残', '惨'],
	['疾', '急', '级'],
	['医', '一', '衣'],
	['户', '护', '互'],
	['籍', '及', '集'],
	['补', '不', '布'],
	['贴', '帖', '铁'],
	['领', '令', '零'],
	['养', '样', '阳'],
	['业', '页', '夜'],
	['婚', '昏'],
	['税', '睡'],
	['登', '等'],
	['记', '计', '纪']
];

/**
 * Filler words of spoken questions, dropped wherever they appear (longest first wins over synonyms
 * only when it is longer: 丢了 stays a synonym, 什么 goes).
 */
export const STOP_PHRASES: readonly string[] = [
	'什么',
	'办理',
	'我想',
	'我要',
	'想要',
	'需要',
	'可以',
	'能不能',
	'能否',
	'是否',
	'请问',
	'一下',
	'应该',
	'帮我',
	'给我',
	'我的',
	'我家',
	'家里',
	'我们',
	'自己',
	'有没有',
	'是不是',
	'不知道',
	'不清楚',
	'了解'
];

/**
 * Who the question is about rather than what it asks (「孩子转学」, 「老人办低保」): beside other words they add
 * to a record's score but are not required, so 转学 decides; alone they are searched as usual.
 */
export const ROLE_WORDS: readonly string[] = [
	'孩子',
	'小孩',
	'小孩子',
	'娃',
	'娃娃',
	'宝宝',
	'儿子',
	'女儿',
	'老人',
	'老年人',
	'老汉',
	'老婆婆',
	'父母',
	'爸妈',
	'爸爸',
	'妈妈',
	'老伴',
	'媳妇',
	'老婆',
	'丈夫',
	'男人',
	'家人',
	'本人'
];

/**
 * Single characters that are a whole word when they stand alone between other words (查档案 → 查, 档案):
 * only then are they searched, as these words. Inside a longer run they stay part of it (转移, 查询).
 */
export const ONE_CHAR_WORDS: Readonly<Record<string, readonly string[]>> = {
	查: ['查询', '查阅', '查验'],
	转: ['转移', '转入', '转出', '转递'],
	换: ['换领', '换发', '换证'],
	补: ['补办', '补领']
};

/** Particles: dropped alone and at either edge of a run of unknown words (低保的标准 → 低保, 标准). */
export const STOP_PARTICLES: readonly string[] = ['的', '了', '吗', '呢', '啊', '吧', '呀', '么', '哦', '嘛'];

/** Dropped only when left standing alone, because inside a word they carry meaning (在职, 要求, 办证). */
export const STOP_ALONE: readonly string[] = ['我', '想', '要', '办', '给', '在', '去', '啥', '咋', '找', '有'];
