import { describe, expect, it } from 'vitest';
import { loadBuiltBundle } from '$lib/server/bundle-fs';
import { Dataset, type BundleSections } from '$lib/domain/dataset';
import { benefitHandout, serviceHandout } from './handout';
import { formatDialable } from './format/phone';
import { digitByDigit } from './format/spoken';
import { spokenHandout, spokenHotlines } from './speech';

const built = loadBuiltBundle();
const ds = new Dataset(built.manifest, built.sections as BundleSections);

/** Where in the spoken text a phrase starts (−1 if absent). */
const at = (text: string, phrase: string) => text.indexOf(phrase);

describe('读给我听：what is read aloud', () => {
	it('服务事项页（身份证补办）：先说是什么，再说谁来办，最后一位一位地念电话', () => {
		const h = serviceHandout(ds, 35);
		if (!h) throw new Error('no service 35');
		const text = spokenHandout(h);
		expect(at(text, '办事：身份证申办、补办、换领')).toBe(0);
		expect(text).toContain('第 3 5 项');
		expect(at(text, '谁来办：各县市区公安局派出所')).toBeGreaterThan(0);
		const phone = h.phones[0]!;
		const digits = formatDialable(phone).display.replace(/\D/g, '');
		// Every digit of the number, in order, each on its own.
		expect(text).toMatch(new RegExp(digits.split('').join('[ ，]')));
		expect(at(text, '打电话问')).toBeGreaterThan(at(text, '谁来办'));
		expect(text).not.toMatch(/\d{2}/);
	});

	it('补贴页（残疾儿童康复救助）：说给谁、能领多少（金额照常念），再说电话', () => {
		const b = ds.benefits.find((x) => x.id === 'disabled-children-rehab');
		if (!b) throw new Error('no benefit');
		const h = benefitHandout(b, ds);
		const text = spokenHandout(h);
		expect(at(text, `补贴：${b.title}`)).toBe(0);
		expect(text).toContain(`给谁：${b.audience}`);
		const amount = h.amounts[0]!;
		// The amount keeps its digits together (read as a quantity), and 「/」 is heard as 每.
		const sum = /\d+/.exec(amount)![0];
		expect(text).toContain(sum);
		expect(text).not.toContain('/');
		expect(at(text, '能领多少')).toBeLessThan(at(text, '谁来办'));
		expect(at(text, '打电话问')).toBeGreaterThan(at(text, '谁来办'));
		// Its document prints no number (issue 10): said so, not left silent.
		expect(h.phones).toEqual([]);
		expect(text).toContain('打电话问：文件没有写这项的咨询电话');
	});

	it('热线电话页：每条热线先说管什么、谁接，号码一位一位地念', () => {
		const lines = ds.core.hotlines
			.slice(0, 3)
			.map((h) => ({ name: h.name, number: h.number, areaCode: h.areaCode, purpose: h.purpose, owner: h.owner }));
		const text = spokenHotlines(lines);
		expect(text.startsWith('热线电话，共 3 个。')).toBe(true);
		for (const h of lines) {
			const digits = formatDialable(h).display.replace(/\D/g, '');
			const spoken = digits.split('').join(' ');
			expect(text.replace(/，(?=\d)/g, ' ')).toContain(`${h.owner}接听，电话：${spoken}`);
			expect(text).toContain(`${digitByDigit(h.name)}，${h.purpose.replace(/[。；;，,\s]+$/, '')}，`);
		}
		const n12345 = ds.hotlines.get('12345');
		if (n12345) expect(spokenHotlines([{ ...n12345 }])).toContain('1 2 3 4 5');
	});
});
