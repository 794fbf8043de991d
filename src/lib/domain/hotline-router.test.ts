import { describe, expect, it } from 'vitest';
import { loadBuiltBundle } from '$lib/server/bundle-fs';
import { GENERAL_LINE, TOPICS, TOPIC_WORDS, routeProblem } from './hotline-router';

const { core } = loadBuiltBundle();
const hotlines = new Map(core.hotlines.map((h) => [h.id, h]));

describe('该打哪个电话 on the real hotlines', () => {
	it.each([
		['老板欠工资不给', '12333'],
		['超市乱收费', '12358'],
		['网上买到假货', '12315'],
		['饭店的菜吃坏了肚子', '12331'],
		['工厂排污，河水发臭', '12369'],
		['没钱请律师打官司', '12348'],
		['出租车绕路', '12328'],
		['消防通道被堵了', '96119'],
		['开发票的问题', '12366'],
		['遭受家庭暴力', '12338'],
		['残疾证怎么办', '12385'],
		['有人违法占用耕地', '12336']
	])('%s → %s', (problem, number) => {
		const r = routeProblem(problem, hotlines);
		expect(r.fallback).toBe(false);
		expect(r.hotlines.map((h) => h.number)).toContain(number);
	});

	it('falls back to 12345 when nothing specific matches', () => {
		const r = routeProblem('邻居家的狗总是叫', hotlines);
		expect(r.fallback).toBe(true);
		expect(r.hotlines.map((h) => h.number)).toEqual([GENERAL_LINE]);
	});

	it('routes only to numbers that the gazettes print', () => {
		const printed = new Set(core.hotlines.map((h) => h.number));
		for (const t of TOPICS) for (const n of t.numbers) expect(printed.has(n), `${t.label}: ${n}`).toBe(true);
	});

	it('每一类问题都能打字找到：每个可选的类别都有词，每组词都属于一个类别', () => {
		for (const t of TOPICS) {
			expect(TOPIC_WORDS[t.label]?.length, t.label).toBeGreaterThan(0);
			const word = TOPIC_WORDS[t.label]![0]!;
			expect(routeProblem(`我遇到${word}的问题`, hotlines).topic?.label, word).toBe(t.label);
		}
		expect(Object.keys(TOPIC_WORDS).sort()).toEqual(TOPICS.map((t) => t.label).sort());
	});
});
