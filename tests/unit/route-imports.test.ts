import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The eslint rule in eslint.config.js that keeps routes from importing each other's files. */
describe('一个页面不引用另一个页面的文件（共用的放进 $lib）', () => {
	const eslint = new ESLint();
	const lint = async (file: string, code: string) =>
		(await eslint.lintText(code, { filePath: file }))[0]!.messages.filter(
			(m) => m.ruleId === 'local/no-cross-route-imports'
		);

	it('check 引用 benefit 的文件会报错', async () => {
		const errors = await lint('src/routes/check/x.ts', "import { a } from '../benefit/view';\nexport const b = a;\n");
		expect(errors).toHaveLength(1);
		expect(errors[0]!.message).toContain('move shared code to $lib');
	});
	it('show 引用 print 的文件、根目录组件也算', async () => {
		expect(
			await lint('src/routes/show/benefit/[id]/+page.ts', "export { x } from '../../../print/handout-data';\n")
		).toHaveLength(1);
		expect(
			await lint('src/routes/theme/[name]/x.ts', "import S from '../../ServiceList.svelte';\nexport default S;\n")
		).toHaveLength(1);
	});
	it('同一页面文件夹里的引用和 $lib 的引用不报错', async () => {
		expect(
			await lint(
				'src/routes/show/benefit/[id]/x.ts',
				"import C from '../../Counter.svelte';\nimport { y } from '$lib/domain/handout';\nexport { C, y };\n"
			)
		).toHaveLength(0);
	});
});
