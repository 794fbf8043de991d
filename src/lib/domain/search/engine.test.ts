/** Ranking rules on a handful of made-up records (the real-data query set is in search.test.ts). */
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../../scripts/lib/search-index';
import { createSearcher, holds } from './engine';

const docs = [
	makeDoc('service', 1, '社会保障卡申领', ['社保救助', '人社局'], 1),
	makeDoc('service', 2, '社会保障卡挂失与解挂', ['社保救助', '人社局'], 1),
	makeDoc('service', 3, '中国公民普通护照', ['证件办理', '出入境管理部门'], 1),
	makeDoc('service', 4, '12333 人力资源社会保障热线服务', ['热线服务'], 1),
	makeDoc('hotline', '12333', '12333 人力资源社会保障热线服务', ['人力资源社会保障', '热线电话'], 1),
	makeDoc('document', 'doc-1', '关于做好2019119号文件的通知', ['吕政发2019119号'], 1),
	makeDoc('service', 5, '天气预报', ['气象环保'], 1),
	makeDoc('service', 6, '短期天气预报服务', ['气象环保'], 1),
	makeDoc('department', 'qixiangju', '吕梁市气象局', ['天气预报'], 0.7)
];
const s = createSearcher(docs);
const ids = (q: string, limit = 10) => s.search(q, { limit }).map((h) => h.id);

describe('createSearcher', () => {
	it('ranks an exact title above a title that contains the words above a body match', () => {
		expect(ids('天气预报')).toEqual([5, 6, 'qixiangju']);
	});

	it('needs every term in the title for the title tier', () => {
		expect(ids('社保卡 挂失')[0]).toBe(2);
	});

	it('matches full pinyin from a syllable start, initials, and one wrong letter', () => {
		expect(ids('huzhao')).toEqual([3]);
		expect(ids('uzhao')).toEqual([]);
		expect(ids('sbk').slice(0, 2).sort()).toEqual([1, 2]);
		expect(ids('huzhai')).toEqual([3]);
	});

	it('finds a 3-character word with one wrong character', () => {
		expect(ids('社会保障咔')).toContain(1);
		expect(ids('身分证')).toEqual([]);
	});

	it('matches numbers only as whole numbers and boosts hotlines for them', () => {
		expect(ids('12333')).toEqual(['12333', 4]);
		expect(ids('119')).toEqual([]);
		expect(holds('2019119号', '119')).toBe(false);
		expect(holds('电话119', '119')).toBe(true);
	});

	it('filters by kind and limits', () => {
		expect(s.search('天气预报', { kinds: ['department'] }).map((h) => h.id)).toEqual(['qixiangju']);
		expect(ids('天气预报', 1)).toEqual([5]);
	});

	it('treats a nonsense limit sanely', () => {
		expect(s.search('天气预报', { limit: Number.NaN })).toHaveLength(3);
		expect(s.search('天气预报', { limit: Number.POSITIVE_INFINITY })).toHaveLength(3);
		expect(s.search('天气预报', { limit: -1 })).toEqual([]);
	});

	it('finds the same by pinyin whether its maps were built ahead (preparePinyin) or by the first query in letters', () => {
		const ahead = createSearcher(docs);
		ahead.preparePinyin();
		const onDemand = createSearcher(docs);
		// A Han query first: it must not need (or break) the letter maps.
		expect(onDemand.search('护照').map((h) => h.id)).toEqual([3]);
		for (const q of ['huzhao', 'sbk', 'huzhai', 'tianqi yubao']) expect(onDemand.search(q), q).toEqual(ahead.search(q));
		expect(onDemand.search('huzhao').map((h) => h.id)).toEqual([3]);
	});

	it('does not keep state between queries', () => {
		const first = s.search('社保卡');
		s.search('护照');
		expect(s.search('社保卡')).toEqual(first);
	});
});
