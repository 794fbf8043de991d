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

	// Losing, renewing, fetching.
	{ say: ['丢了', '丢失', '掉了', '弄丢了', '丢', '遗失', '找不到了', '被偷了'], find: ['挂失', '补办', '补领'] },
	{ say: ['补办', '补卡', '补证', '重办', '重新办'], find: ['补办', '补领', '换领', '挂失'] },
	{ say: ['换证', '换卡', '换新', '更换'], find: ['换领', '换发', '换证'] },
	{ say: ['坏了', '损坏', '破了'], find: ['换领', '补领', '换发'] },
	{ say: ['过期', '过期了', '到期', '到期了'], find: ['换领', '换证', '逾期'] },
	{ say: ['取钱', '取出来', '提钱', '取出', '把钱取出来'], find: ['提取'] },
	{ say: ['买房', '贷款买房', '房贷'], find: ['住房公积金贷款', '贷款'] },

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
	{ say: ['没钱', '困难', '穷', '家里困难', '生活困难'], find: ['困难', '救助', '补贴'] },
	{ say: ['律师'], find: ['律师', '法律服务', '法律咨询'] },
	{ say: ['公证', '办公证'], find: ['公证'] },
	{ say: ['交税', '报税', '纳税', '缴税'], find: ['纳税', '办税', '税'] },
	{ say: ['补贴', '补助', '津贴', '救济'], find: ['补贴', '补助', '救助'] },

	// Safety, environment, weather, hotlines.
	{ say: ['环境污染', '污染', '排污', '冒黑烟', '臭味', '噪音'], find: ['环保', '生态环境', '污染'] },
	{ say: ['天气', '天气怎么样', '下雨', '下雪'], find: ['天气', '气象', '预报'] },
	// A fire that is burning is 火警 119 (n01:4), never the hazard line 96119; the danger check shows 119 first anyway.
	{ say: ['着火', '着火了', '失火', '起火'], find: ['火警'] },
	{ say: ['报警', '报案', '被骗', '报110'], find: ['报警', '匪警'] },
	{ say: ['急救', '救护车', '叫救护车'], find: ['急救', '120'] },
	{ say: ['电话', '热线', '打电话', '号码', '电话号码'], find: ['电话', '热线'] },
	// In the national source's words (n01:7); 「市长热线」 is printed nowhere as 12345.
	{ say: ['便民热线', '政务热线', '政务服务热线', '12345热线'], find: ['12345', '政务服务便民热线'] },
	{ say: ['考驾照', '学车', '驾考'], find: ['驾驶人考试', '驾校'] },
	{ say: ['违章', '罚单'], find: ['违法', '交通管理'] }
];

/**
 * Filler words of spoken questions, dropped wherever they appear (longest first wins over synonyms
 * only when it is longer: 丢了 stays a synonym, 怎么办 goes).
 */
export const STOP_PHRASES: readonly string[] = [
	'怎么办',
	'怎么弄',
	'怎么样',
	'怎么',
	'怎样',
	'咋办',
	'咋弄',
	'如何',
	'在哪里',
	'在哪儿',
	'在哪',
	'去哪里',
	'去哪儿',
	'去哪',
	'哪里',
	'哪儿',
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
	'手续',
	'流程',
	'找谁',
	'帮我',
	'给我',
	'我的',
	'我家',
	'自己',
	'有没有',
	'多少钱'
];

/** Particles: dropped alone and at either edge of a run of unknown words (低保的标准 → 低保, 标准). */
export const STOP_PARTICLES: readonly string[] = ['的', '了', '吗', '呢', '啊', '吧', '呀', '么', '哦', '嘛'];

/** Dropped only when left standing alone, because inside a word they carry meaning (在职, 要求, 办证). */
export const STOP_ALONE: readonly string[] = ['我', '想', '要', '办', '给', '在', '去', '啥', '咋', '找', '有'];
