import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from './search';

/** What `run` writes to standard output. */
async function output(args: string[]): Promise<{ code: number; text: string }> {
	const chunks: string[] = [];
	const spy = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
		chunks.push(String(c));
		return true;
	});
	try {
		const code = await run(args);
		return { code, text: chunks.join('') };
	} finally {
		spy.mockRestore();
	}
}

describe('npm run -s cli -- search', () => {
	afterEach(() => vi.restoreAllMocks());

	it.each([
		['有人晕倒了', '120'],
		['出车祸了', '122'],
		['厨房着火了', '119']
	])('窗口查「%s」时第一行就是急救号码 %s，哪怕没有搜到事项', async (query, number) => {
		const { code, text } = await output([query]);
		expect(code).toBe(0);
		expect(text.split('\n')[0]).toMatch(new RegExp(`^【紧急】请马上拨打 ${number}（`));
	});

	it('查「社保卡补办」这样的日常事项，不出现紧急号码', async () => {
		const { text } = await output(['社保卡补办']);
		expect(text).not.toContain('【紧急】');
		expect(text).toContain('社会保障卡补领');
	});

	it('--json 的输出仍是结果数组，脚本照常可读', async () => {
		const { text } = await output(['有人晕倒了', '--json']);
		expect(Array.isArray(JSON.parse(text))).toBe(true);
	});
});
