import { describe, expect, it } from 'vitest';
import { loadBuiltBundle } from '$lib/server/bundle-fs';
import { EMERGENCY_NUMBERS, checkDanger } from './danger';
import { GENERAL_LINE, TOPICS } from './hotline-router';
import { answerProblem } from './problem-answer';

const { core } = loadBuiltBundle();
const hotlines = new Map(core.hotlines.map((h) => [h.id, h]));
/** The fire-hazard reporting line: never the answer to a fire that is burning. */
const HAZARD_LINE = '96119';

/** How people say it when it is happening, and the number that must come first. */
const EMERGENCIES: Array<[string, string]> = [
	// 火、烟、燃气 → 119
	['着火了', '119'],
	['家里着火了', '119'],
	['楼下起火了，好大的烟', '119'],
	['厨房失火了怎么办', '119'],
	['隔壁房子烧起来了', '119'],
	['山上着火了', '119'],
	['仓库起火', '119'],
	['电动车充电着火了', '119'],
	['车着火了', '119'],
	['楼道里冒烟了', '119'],
	['屋里全是烟', '119'],
	['家里有烧焦味，到处冒烟', '119'],
	['煤气泄漏', '119'],
	['闻到很浓的煤气味', '119'],
	['燃气泄漏了怎么办', '119'],
	['天然气漏气了', '119'],
	['液化气罐漏了', '119'],
	['锅炉爆炸了', '119'],
	['饭店发生爆炸', '119'],
	['草垛着火了', '119'],
	['工厂发生火灾', '119'],
	['有人放火', '119'],
	['着火了，有人被困在楼上', '119'],
	['电线冒火了', '119'],
	['油锅着火', '119'],
	['森林着火了', '119'],
	['家里的电视冒烟', '119'],
	['小区着火了，消防通道被堵了', '119'],
	['着火了打12345吗', '119'],
	// 车祸 → 122
	['车祸了', '122'],
	['出车祸了', '122'],
	['路上两车相撞', '122'],
	['我被车撞了', '122'],
	['前面追尾了', '122'],
	['三轮车翻车了', '122'],
	['高速上发生交通事故', '122'],
	['撞车了，有人受伤', '122'],
	['撞人逃逸了', '122'],
	['肇事司机跑了', '122'],
	['电动车被汽车撞了', '122'],
	['货车侧翻了', '122'],
	['我的车被撞了', '122'],
	['有人开车撞到人了', '122'],
	['连环撞车', '122'],
	['路口出了车祸', '122'],
	// 人不行了 → 120
	['有人晕倒了', '120'],
	['老人突然昏迷', '120'],
	['我爸不呼吸了', '120'],
	['孩子没有呼吸了', '120'],
	['有人倒在地上不动', '120'],
	['奶奶叫不醒', '120'],
	['他没反应了', '120'],
	['爷爷中风了，嘴歪了', '120'],
	['妈妈说话不清，半边身子动不了', '120'],
	['心脏病发作', '120'],
	['胸口疼得厉害', '120'],
	['有人喝了农药', '120'],
	['孩子误食了老鼠药', '120'],
	['一家人煤气中毒', '120'],
	['吃错药了', '120'],
	['有人触电了', '120'],
	['工人被电击', '120'],
	['有人溺水了', '120'],
	['孩子掉进河里了', '120'],
	['有人落水', '120'],
	['老人摔倒了起不来', '120'],
	['流血不止', '120'],
	['伤得很重', '120'],
	['孩子抽搐口吐白沫', '120'],
	['孕妇要生了', '120'],
	['羊水破了', '120'],
	['喘不上气', '120'],
	['呼吸困难', '120'],
	['食物中毒，全家上吐下泻', '120'],
	['孩子被噎住了', '120'],
	['需要救护车', '120'],
	['快叫急救', '120'],
	['有人被雷劈了', '120'],
	['腿摔骨折了', '120'],
	['烫伤很严重', '120'],
	['有人休克了', '120'],
	// 偷、抢、打、走失、轻生 → 110
	['家里被偷了', '110'],
	['手机被偷了', '110'],
	['家里进了小偷', '110'],
	['有人撬门', '110'],
	['有人闯进我家', '110'],
	['钱包被抢了', '110'],
	['遇到抢劫', '110'],
	['有人打人', '110'],
	['有人在打架', '110'],
	['我被打了', '110'],
	['老公打我', '110'],
	['有人拿刀', '110'],
	['有人持刀砍人', '110'],
	['孩子丢了', '110'],
	['孩子不见了', '110'],
	['孩子走丢了', '110'],
	['老人走失了', '110'],
	['我妈失踪了', '110'],
	['有人要跳楼', '110'],
	['有人想自杀', '110'],
	['朋友说不想活了', '110'],
	['邻居要跳河', '110'],
	['有人被绑架', '110'],
	['孩子被拐走了', '110'],
	['有人砸车', '110'],
	['有人威胁要杀我', '110'],
	['我被骗了', '110'],
	['有人跟踪我', '110'],
	['家门被撬开了', '110'],
	['店里被盗了', '110'],
	['有人割腕', '110']
];

/** Sounds like danger but is not happening now, or is about something else: never an emergency number. */
const LOOK_ALIKES: Array<[string, string?]> = [
	['小区消防栓坏了', HAZARD_LINE],
	['噪音扰民', '12369'],
	['医保报销问题', GENERAL_LINE],
	['消防通道被堵了', HAZARD_LINE],
	['楼道里堆杂物，有火灾隐患', HAZARD_LINE],
	['灭火器过期了'],
	['想学急救知识'],
	['急救培训在哪报名'],
	['救护车收费标准'],
	['120急救费用能报销吗'],
	['交通事故责任认定书'],
	['交通事故理赔'],
	['车祸后遗症残疾评定'],
	['去年出车祸的赔偿'],
	['火车票怎么买'],
	['火锅店卫生差', '12331'],
	['吃火锅上火了'],
	['火化补贴'],
	['燃气费怎么交'],
	['天然气开户'],
	['煤气罐哪里充'],
	['冒黑烟的货车举报', '12369'],
	['工厂烟囱冒烟污染', '12369'],
	['有人在楼道抽烟'],
	['燃放烟花爆竹的规定'],
	['中风后康复补贴'],
	['心脏病慢病报销'],
	['残疾人康复', '12385'],
	['农药补贴'],
	['买农药'],
	['农药残留检测'],
	['电脑中毒了'],
	['电费太贵'],
	['停电了', GENERAL_LINE],
	['防溺水宣传'],
	['游泳馆开放时间'],
	['老人的身份证丢了'],
	['孩子的户口本丢了'],
	['身份证丢了'],
	['社保卡丢了'],
	['钱包丢了'],
	['老人丢了医保卡'],
	['老板欠工资', '12333'],
	['偷税漏税举报', '12366'],
	['盗版光盘'],
	['跳楼价甩卖，虚假宣传'],
	['打人社局电话'],
	['怎么打人工服务'],
	['总被打扰，电话推销'],
	['没钱请律师打官司', '12348'],
	['遭受家庭暴力', '12338'],
	['离婚纠纷'],
	['诈骗电话举报'],
	['防诈骗宣传'],
	['宠物狗走丢了'],
	['驾驶证到期换证'],
	['车辆年检'],
	['违章停车罚款'],
	['公交车绕路', '12328'],
	['出租车拒载', '12328'],
	['交通补贴'],
	['工伤认定', '12333'],
	['孩子上学'],
	['老人高龄补贴'],
	['独生子女补贴'],
	['残疾证办理', '12385'],
	['养老保险', '12333'],
	['失业金', '12333'],
	['低保申请'],
	['住房公积金'],
	['超市乱收费', '12358'],
	['网上买到假货', '12315'],
	['饭店的菜吃坏了肚子', '12331'],
	['食物中毒投诉餐馆', '12331'],
	['工厂排污，河水发臭', '12369'],
	['有人违法占用耕地', '12336'],
	['粮食收购', '12325'],
	['开发票的问题', '12366'],
	['企业融资难', '96302'],
	['安全生产隐患举报', '12350'],
	['电梯坏了'],
	['路灯不亮'],
	['小区停水'],
	['暖气不热'],
	['邻居家的狗总是叫', GENERAL_LINE],
	['楼上装修太吵'],
	['物业乱收费'],
	['办护照'],
	['孩子出生上户口'],
	['老人去世销户'],
	['森林防火期'],
	['消防检查'],
	['火灾保险理赔'],
	['小区消防设施不全'],
	['家用燃气报警器哪里买'],
	['炸鸡店没有营业执照']
];

const MIN_PHRASINGS = 80;

describe('有危险时先给紧急电话', () => {
	it(`has at least ${MIN_PHRASINGS} emergency phrasings and ${MIN_PHRASINGS} look-alikes`, () => {
		expect(EMERGENCIES.length).toBeGreaterThanOrEqual(MIN_PHRASINGS);
		expect(LOOK_ALIKES.length).toBeGreaterThanOrEqual(MIN_PHRASINGS);
		expect(new Set(EMERGENCIES.map(([q]) => q)).size).toBe(EMERGENCIES.length);
		expect(new Set(LOOK_ALIKES.map(([q]) => q)).size).toBe(LOOK_ALIKES.length);
	});

	it.each(EMERGENCIES)('遇到「%s」先打 %s', (problem, number) => {
		const { answers, route } = answerProblem(problem, hotlines);
		expect(route).toBeNull();
		expect(answers[0]?.number).toBe(number);
		for (const a of answers) {
			expect(a.emergency, `${problem}: ${a.number}`).toBe(true);
			expect(EMERGENCY_NUMBERS as readonly string[]).toContain(a.number);
			expect(a.hotline?.category).toBe('emergency');
			expect(a.reason).toContain(a.number);
		}
		expect(answers.map((a) => a.number)).not.toContain(GENERAL_LINE);
		expect(answers.map((a) => a.number)).not.toContain(HAZARD_LINE);
	});

	it.each(LOOK_ALIKES)('「%s」不是紧急情况', (problem, number) => {
		expect(checkDanger(problem)).toEqual([]);
		const { answers } = answerProblem(problem, hotlines);
		expect(answers.length).toBeGreaterThan(0);
		for (const a of answers) {
			expect(a.emergency).toBe(false);
			expect(EMERGENCY_NUMBERS as readonly string[]).not.toContain(a.number);
		}
		if (number) expect(answers.map((a) => a.number)).toContain(number);
	});

	it('a crash with someone hurt gives 122 first and 120 too', () => {
		expect(answerProblem('撞车了，有人受伤', hotlines).answers.map((a) => a.number)).toEqual(['122', '120']);
	});

	it('says it is urgent even beside paperwork words when it is happening now', () => {
		expect(checkDanger('刚才着火了，火灾保险怎么理赔')[0]?.danger.number).toBe('119');
		expect(checkDanger('交通事故理赔')).toEqual([]);
	});

	it('answers an emergency number even when its record is missing from the data', () => {
		const { answers } = answerProblem('着火了', new Map());
		expect(answers).toEqual([expect.objectContaining({ number: '119', emergency: true })]);
	});

	it('the hotline topics never route to an emergency number', () => {
		for (const t of TOPICS) for (const n of t.numbers) expect(EMERGENCY_NUMBERS as readonly string[]).not.toContain(n);
	});

	it('every emergency number is in the data, cited to the national source', () => {
		for (const n of EMERGENCY_NUMBERS) {
			const h = hotlines.get(n);
			expect(h?.category, n).toBe('emergency');
			const refs = [h!.source, ...(h!.otherSources ?? [])];
			expect(refs.some((r) => r.file === 'n01' && r.quote?.includes(n))).toBe(true);
		}
	});
});
