import { describe, expect, it } from 'vitest';
import { loadBuiltBundle } from '$lib/server/bundle-fs';
import { Dataset, type BundleSections } from '$lib/domain/dataset';
import { CATALOGUE_TITLE } from './handout';
import { benefitHandoutPage, benefitIds, serviceHandoutPage, serviceIds } from './handout';

const built = loadBuiltBundle();
const ds = new Dataset(built.manifest, built.sections as BundleSections);

describe('一次性告知单 on the real data', () => {
	it('身份证补办的告知单写明是什么、谁来办、去哪里、电话和出处', () => {
		const { handout: h } = serviceHandoutPage(ds, '35')!;
		expect(h.title).toBe('身份证申办、补办、换领');
		expect(h.provider).toBe('各县市区公安局派出所');
		expect(h.where).toContain('户籍或居住地所在县');
		expect(h.what).toContain('第 35 项');
		expect(h.phones.length).toBeGreaterThan(0);
		expect(h.source).toMatchObject({ file: '000', line: 1107, docNo: '吕政办发〔2019〕29号' });
		expect(h.sourceTitle).toBe(CATALOGUE_TITLE);
		expect(h.path).toBe('/service/35');
	});

	it('every service and benefit has a handout with a phone to call and a citation', () => {
		for (const { id } of serviceIds(ds)) {
			const { handout } = serviceHandoutPage(ds, id)!;
			expect(handout.phones.length, `service ${id}`).toBeGreaterThan(0);
			expect(handout.provider.length).toBeGreaterThan(1);
		}
		for (const { id } of benefitIds(ds)) {
			const { handout } = benefitHandoutPage(ds, id)!;
			expect(handout.where.length, id).toBeGreaterThan(1);
			expect(handout.source.quote, id).toBeTruthy();
			expect(handout.amounts.length > 0 || Boolean(handout.amountNote), id).toBe(true);
		}
	});

	it('事项告知单只列目录给这项登记的电话，没有登记的只给政务服务便民热线并说明', () => {
		let withOwn = 0;
		for (const { id } of serviceIds(ds)) {
			const s = ds.services.get(Number(id))!;
			const { handout } = serviceHandoutPage(ds, id)!;
			const own = s.hotlineIds.flatMap((h) => ds.hotlines.get(h) ?? []).map((h) => `${h.areaCode ?? ''}-${h.number}`);
			const shown = handout.phones.map((p) => `${p.areaCode ?? ''}-${p.number}`);
			if (own.length) {
				withOwn++;
				expect(shown, `service ${id}`).toEqual([...new Set(own)]);
			} else {
				expect(shown, `service ${id}`).toEqual(['-12345']);
				expect(handout.phoneNote, `service ${id}`).toContain('目录没有登记');
			}
		}
		expect(withOwn).toBeGreaterThan(0);
	});

	it('lists each phone number and amount once (the pages key their lists by them)', () => {
		const all = [
			...serviceIds(ds).map(({ id }) => serviceHandoutPage(ds, id)!.handout),
			...benefitIds(ds).map(({ id }) => benefitHandoutPage(ds, id)!.handout)
		];
		for (const h of all) {
			const phones = h.phones.map((p) => `${p.areaCode ?? ''}-${p.number}`);
			expect(new Set(phones).size, h.path).toBe(phones.length);
			expect(new Set(h.amounts).size, h.path).toBe(h.amounts.length);
		}
	});

	it('shows the amount where the source states one, and says so where it does not', () => {
		const withAmount = benefitHandoutPage(ds, 'disabled-children-rehab')!.handout;
		expect(withAmount.amounts.length).toBeGreaterThan(0);
		expect(withAmount.amounts.every((a) => /\d/.test(a))).toBe(true);
		const catalogueRow = serviceHandoutPage(ds, '90')!.handout;
		expect(catalogueRow.amounts.join()).toMatch(/低保|老年/);
	});

	it('没有这个编号时告知单页面报 404（返回 null）', () => {
		expect(serviceHandoutPage(ds, '9999')).toBeNull();
		expect(serviceHandoutPage(ds, 'abc')).toBeNull();
		expect(benefitHandoutPage(ds, 'no-such-benefit')).toBeNull();
		expect(benefitHandoutPage(ds, 'disabled-children-rehab')).not.toBeNull();
	});

	it('生猪保险的告知单把保费写成要交的钱，不写成补贴', () => {
		const h = benefitHandoutPage(ds, 'pig-farming-insurance')!.handout;
		const premium = h.amounts.find((a) => a.includes('保费'))!;
		expect(premium).toContain('90元/头');
		expect(premium).toContain('不是发给您的钱');
		expect(h.amounts.find((a) => a.includes('保额') && a.includes('1500'))).toContain('不是补贴');
	});
});
