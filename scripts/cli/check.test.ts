import { afterEach, describe, expect, it, vi } from 'vitest';
import { run, type CheckLine } from './check';

function capture() {
	const out: string[] = [];
	const err: string[] = [];
	vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
	return { out: () => out.join(''), err: () => err.join('') };
}

afterEach(() => vi.restoreAllMocks());

describe('cli check', () => {
	it('家长查5岁听力残疾孩子能得到什么：JSON 列出结论、金额和理由', async () => {
		const io = capture();
		const code = await run([
			'--json',
			'{"age":5,"disabilityCategories":["听力"],"hukou":"吕梁户口","disabilityProof":"残疾人证"}'
		]);
		expect(code).toBe(0);
		const lines = JSON.parse(io.out()) as CheckLine[];
		const rehab = lines.find((l) => l.benefitId === 'disabled-children-rehab');
		expect(rehab).toMatchObject({ verdict: '符合', amount: 15000, unit: '元/人', period: '每年' });
		expect(rehab?.reasons).toContain(
			'可得：助听器适配服务（0—6岁） 最多1200元/人（听力残疾儿童；助听器由省级统一招标采购后配发，定点机构免费适配。）'
		);
		for (const l of lines)
			expect(Object.keys(l)).toEqual([
				'benefitId',
				'title',
				'verdict',
				'amount',
				'unit',
				'period',
				'upTo',
				'amountText',
				'nextSteps',
				'change',
				'devices',
				'asked',
				'openQuestions',
				'documentDate',
				'oldDocument',
				'reasons'
			]);
	});

	const pensionFor = async (profile: object) => {
		const io = capture();
		expect(await run(['--json', JSON.stringify(profile)])).toBe(2 - 2);
		return (JSON.parse(io.out()) as CheckLine[]).find((l) => l.benefitId === 'supplementary-pension')!;
	};

	it('70岁领基本养老金、补充养老账户12000元的老人：每月 12000 ÷ 120 + 20 = 120 元', async () => {
		const l = await pensionFor({ age: 70, basicPension: '已领取待遇', pensionAccountBalance: 12000 });
		expect(l).toMatchObject({
			verdict: '符合',
			amount: 120,
			unit: '元',
			period: '每月',
			upTo: false,
			amountText: '12000 ÷ 120 + 20 = 120 元/月'
		});
	});
	it('同样的账户，82岁每月130元（80岁起再加10元）', async () => {
		expect(await pensionFor({ age: 82, basicPension: '已领取待遇', pensionAccountBalance: 12000 })).toMatchObject({
			amount: 130,
			amountText: '12000 ÷ 120 + 20 + 10 = 130 元/月'
		});
	});
	it('70岁无人赡养的低收入老人、账户0元：每月220元；有低保时不加200元', async () => {
		const base = {
			age: 70,
			basicPension: '已领取待遇',
			pensionAccountBalance: 0,
			householdStatus: ['低收入'],
			hasSupportingChildren: false
		};
		expect(await pensionFor(base)).toMatchObject({ amount: 220, amountText: '0 ÷ 120 + 20 + 200 = 220 元/月' });
		expect(await pensionFor({ ...base, householdStatus: ['低收入', '低保'] })).toMatchObject({ amount: 20 });
	});

	it('5岁听力残疾、还没有残疾证明的孩子：可能符合，第一步是去定点医院诊断（0—6岁报销最多400元）', async () => {
		const io = capture();
		await run([
			'--json',
			'{"age":5,"hasDisability":true,"disabilityCategories":["听力"],"hukou":"吕梁户口","disabilityProof":"都没有"}'
		]);
		const rehab = (JSON.parse(io.out()) as CheckLine[]).find((l) => l.benefitId === 'disabled-children-rehab')!;
		expect(rehab.verdict).toBe('可能符合');
		expect(rehab.nextSteps[0]).toMatch(/^先到儿童残疾筛查诊断定点医院做诊断.*最多400元/);
		expect(rehab.reasons[0]).toMatch(/^下一步：先到儿童残疾筛查诊断定点医院/);
		expect(rehab.change).toMatch(/^如果残疾证明为(残疾人证|诊断建议书) → 符合$/);
	});

	it('3岁需要轮椅的肢体残疾孩子：列出儿童轮椅 1500 元、每3年一次', async () => {
		const io = capture();
		await run([
			'--json',
			'{"age":3,"hasDisability":true,"disabilityCategories":["肢体"],"hukou":"吕梁户口","deviceNeeds":["儿童轮椅"]}'
		]);
		const rehab = (JSON.parse(io.out()) as CheckLine[]).find((l) => l.benefitId === 'disabled-children-rehab')!;
		expect(rehab.devices).toEqual(['儿童轮椅：1500元，每3年一次']);
		const io2 = capture();
		expect(await run(['--json', '{"deviceNeeds":["飞机"]}'])).toBe(2);
		expect(io2.err()).toContain('不认识 「飞机」');
	});

	it('不从事农业生产的人：每项农业补贴都是不符合', async () => {
		const io = capture();
		await run(['--json', '{"farmer":false}']);
		const farm = (JSON.parse(io.out()) as CheckLine[]).filter((l) => /农|猪|林|托管/.test(l.title));
		expect(farm.length).toBeGreaterThanOrEqual(5);
		for (const l of farm) expect(l.verdict, l.benefitId).toBe('不符合');
	});

	it('82岁无人赡养的低收入老人每月230元补贴', async () => {
		const io = capture();
		await run([
			'--json',
			'{"age":82,"basicPension":"已领取待遇","householdStatus":["低收入"],"hasSupportingChildren":false}'
		]);
		const pension = (JSON.parse(io.out()) as CheckLine[]).find((l) => l.benefitId === 'supplementary-pension');
		expect(pension).toMatchObject({ verdict: '符合', amount: 230, period: '每月' });
	});

	it.each(['{"age":-1}', '{"age":300}', '{"age":"五岁"}', 'not json'])(
		'invalid profile %s → stderr, exit 2',
		async (arg) => {
			const io = capture();
			expect(await run(['--json', arg])).toBe(2);
			expect(io.out()).toBe('');
			expect(io.err()).toMatch(/^情况描述有误：/);
		}
	);

	it('usage error without a profile', async () => {
		const io = capture();
		expect(await run(['--json'])).toBe(2);
		expect(io.err()).toContain('用法');
	});
});
