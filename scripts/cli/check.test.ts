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
		const code = await run(['--json', '{"age":5,"disabilityCategories":["听力"],"hukou":"吕梁户口","disabilityProof":"残疾人证"}']);
		expect(code).toBe(0);
		const lines = JSON.parse(io.out()) as CheckLine[];
		const rehab = lines.find((l) => l.benefitId === 'disabled-children-rehab');
		expect(rehab).toMatchObject({ verdict: '符合', amount: 15000, unit: '元/人', period: '每年' });
		expect(rehab?.reasons).toContain('可得：助听器适配服务（0—6岁） 最多1200元/人（听力残疾儿童；助听器由省级统一招标采购后配发，定点机构免费适配。）');
		for (const l of lines) expect(Object.keys(l)).toEqual(['benefitId', 'title', 'verdict', 'amount', 'unit', 'period', 'upTo', 'reasons']);
	});

	it('82岁无人赡养的低收入老人每月230元补贴', async () => {
		const io = capture();
		await run(['--json', '{"age":82,"basicPension":"已领取待遇","householdStatus":["低收入"],"hasSupportingChildren":false}']);
		const pension = (JSON.parse(io.out()) as CheckLine[]).find((l) => l.benefitId === 'supplementary-pension');
		expect(pension).toMatchObject({ verdict: '符合', amount: 230, period: '每月' });
	});

	it.each(['{"age":-1}', '{"age":300}', '{"age":"五岁"}', 'not json'])('invalid profile %s → stderr, exit 2', async (arg) => {
		const io = capture();
		expect(await run(['--json', arg])).toBe(2);
		expect(io.out()).toBe('');
		expect(io.err()).toMatch(/^情况描述有误：/);
	});

	it('usage error without a profile', async () => {
		const io = capture();
		expect(await run(['--json'])).toBe(2);
		expect(io.err()).toContain('用法');
	});
});
