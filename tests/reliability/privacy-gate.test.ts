/**
 * Reliability round two, item 5: the personal-data gate must see through spacing, +86 and full-width forms,
 * in every field of the output, whatever the field.
 */
import { describe, expect, it } from 'vitest';
import { buildBundle, section } from '../../scripts/build-data';
import { BuildError } from '../../scripts/lib/bundle';
import { findPersonalData } from '../../scripts/lib/privacy';
import { BenefitsData } from '#lib/domain/schema';
import { loadBenefits } from '../../scripts/extract/benefits';
import { join } from 'node:path';

const DISGUISED: [string, string][] = [
	['带 +86 的手机号', '+8613912345678'],
	['带 86 的手机号', '8613912345678'],
	['空格分开的手机号', '139 1234 5678'],
	['横线分开的手机号', '139-1234-5678'],
	['4-3-4 分开的手机号', '1391 234 5678'],
	['两个空格分开的手机号', '139  1234  5678'],
	['+86 后面带空格的手机号', '+86 139 1234 5678'],
	['长横线分开的手机号', '139—1234—5678'],
	['全角数字的手机号', '１３９１２３４５６７８'],
	['全角 ＠ 的邮箱', 'zhang＠163.com'],
	['全角点的邮箱', 'zhang@163．com']
];

describe('个人信息不会混进数据包', () => {
	it.each(DISGUISED)('%s 被拦下', (_name, text) => {
		expect(findPersonalData('x', JSON.stringify({ apply: { how: `请联系 ${text} 办理` } }))).not.toEqual([]);
	});

	it.each([
		['座机号码', '0358-8236968'],
		['12345 热线', '12345'],
		['金额和年份', '2019年发放1500元，每3年一次'],
		['文号', '吕政办发〔2019〕29号'],
		['表格里并排的两列金额', '166000 20000'],
		['金额的范围', '13000-15000元']
	])('%s 不算个人信息', (_name, text) => {
		expect(findPersonalData('x', JSON.stringify({ note: text }))).toEqual([]);
	});

	it('一个补贴的办理说明里藏了空格分开的手机号，数据构建失败', () => {
		const leaky = section('benefits', BenefitsData, (ctx) => {
			const [first, ...rest] = loadBenefits(join(ctx.curatedDir, 'benefits'));
			return {
				benefits: [
					{ ...first!, apply: { ...first!.apply, how: `${first!.apply.how ?? ''}电话 139 1234 5678` } },
					...rest
				]
			};
		});
		let error: unknown;
		try {
			buildBundle({ sections: [leaky] });
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(BuildError);
		expect(String((error as Error).message)).toMatch(/benefits\.[0-9a-f]+\.json: contains a mobile number/);
	});
});
