import { describe, expect, it } from 'vitest';
import { parseCatalogue } from './catalogue';
import { catalogueEntities, providerNames, providerScope, slugify } from './entities';
import { Department, Hotline, Provider, Service, Theme } from '#lib/domain/schema';
import { sourceLines, sourcePath, verifyQuote } from '../lib/sources';

const { rows } = parseCatalogue(sourceLines('000'), { file: '000' });
const e = catalogueEntities(rows, sourcePath('000'));
const dept = (id: string) => e.departments.find((d) => d.id === id);
const service = (id: number) => e.services.find((s) => s.id === id);

describe('catalogue entities', () => {
	it('every record is valid and cites 吕政办发〔2019〕29号 at its own line', () => {
		const all = [
			...e.departments.map((d) => Department.parse(d)),
			...e.providers.map((p) => Provider.parse(p)),
			...e.services.map((s) => Service.parse(s)),
			...e.hotlines.map((h) => Hotline.parse(h))
		];
		for (const r of all)
			expect(r.source).toMatchObject({ file: '000', docNo: '吕政办发〔2019〕29号', date: '2019-06-21' });
		e.themes.forEach((t) => Theme.parse(t));
		expect(service(108)?.source.line).toBe(1188);
	});

	it('has 34 departments; full names only where the source prints them, each quote found there', () => {
		expect(e.departments).toHaveLength(34);
		expect(dept('rensheju')).toMatchObject({
			name: '吕梁市人力资源和社会保障局',
			printedNames: ['吕梁市人社局', '吕梁市 人社局'],
			firstService: 112,
			lastService: 179,
			serviceCount: 68
		});
		expect(dept('fazhanhegaigeweiyuanhui')).toMatchObject({
			name: '吕梁市发展和改革委员会',
			printedNames: ['吕梁市发展和改革委员会'],
			serviceCount: 12
		});
		expect(dept('shuiwuju')?.name).toBe('吕梁市税务局');
		const renamed = e.departments.filter((d) => d.nameSource);
		expect(renamed.map((d) => d.name).sort()).toEqual(
			['吕梁市人力资源和社会保障局', '吕梁市市场监督管理局', '吕梁市文化和旅游局', '吕梁市规划和自然资源局'].sort()
		);
		for (const d of renamed) expect(() => verifyQuote(d.nameSource!)).not.toThrow();
		expect(e.departments.reduce((n, d) => n + d.serviceCount, 0)).toBe(372);
	});

	it('ids are ASCII pinyin slugs without the city prefix', () => {
		expect(slugify('吕梁市公安局')).toBe('gonganju');
		expect(slugify('吕梁市 人社局')).toBe('rensheju');
		expect(slugify('吕梁市')).toBe('lvliangshi');
		expect(e.departments.every((d) => /^[a-z0-9]+$/.test(d.id))).toBe(true);
	});

	it('splits the two units of 000:1097 and scopes provincial and multi-level providers', () => {
		expect(providerNames('吕梁市教育局 吕梁市招生考试管理中心').map((p) => p.name)).toEqual([
			'吕梁市教育局',
			'吕梁市招生考试管理中心'
		]);
		expect(service(25)?.providerIds).toEqual(['jiaoyuju', 'zhaoshengkaoshiguanlizhongxin']);
		expect(providerNames('市文化和旅游局')[0]?.name).toBe('吕梁市文化和旅游局');
		expect(providerNames('市局稽查分局')[0]?.name).toBe('市局稽查分局');
		expect(providerScope('山西省公安厅治安总队')).toBe('province');
		for (const n of [
			'各县市区公安局派出所',
			'市县车辆管理所',
			'市县两级公安机关出入境管理部门',
			'公安机关交通管理部门'
		]) {
			expect(providerScope(n)).toBe('multi-level');
		}
		expect(e.providers).toHaveLength(58);
		expect(e.providers.filter((p) => p.scope === 'province').map((p) => p.name)).toHaveLength(3);
		const police = e.providers.find((p) => p.name === '各县市区公安局派出所');
		expect(police).toMatchObject({ scope: 'multi-level', departmentIds: ['gonganju'], serviceIds: [35, 36, 37] });
	});

	it('身份证补办 (#35) names its provider and department', () => {
		expect(service(35)).toMatchObject({
			name: '身份证申办、补办、换领',
			departmentId: 'gonganju',
			providerIds: ['gexianshiqugonganjupaichusuo']
		});
	});

	it('has 20 themes summing to 372, in order of first appearance', () => {
		expect(e.themes).toHaveLength(20);
		expect(e.themes[0]).toEqual({ name: '经济生活', count: 13 });
		expect(e.themes.find((t) => t.name === '公共安全')?.count).toBe(51);
		expect(e.themes.reduce((n, t) => n + t.count, 0)).toBe(372);
	});

	it('finds the 15 hotline numbers printed in 事项名称 and nothing from 编号', () => {
		expect(e.hotlines.map((h) => h.number).sort()).toEqual(
			[
				'96302',
				'12348',
				'12333',
				'12369',
				'12328',
				'120',
				'12350',
				'96119',
				'12358',
				'12315',
				'12365',
				'12331',
				'12366',
				'12338',
				'12385'
			].sort()
		);
		expect(e.hotlines.find((h) => h.id === '120')).toMatchObject({
			category: 'emergency',
			serviceIds: [242],
			purpose: '医疗急救'
		});
		expect(e.hotlines.find((h) => h.id === '12348')).toMatchObject({
			category: 'service',
			name: '法律援助热线服务',
			purpose: '法律援助',
			owner: '吕梁市司法局',
			departmentId: 'sifaju'
		});
		expect(e.hotlines.find((h) => h.id === '96302')?.name).toBe('企业服务热线');
		expect(service(250)?.hotlineIds).toEqual(['12350']);
		for (const no of [110, 119, 120, 122]) expect(service(no)?.hotlineIds).toEqual([]);
	});
});
