import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_READY_ATTR, ELDER_CLASS, ELDER_KEY } from '#lib/state/html-flags';

describe('长辈版在页面代码启动前就生效', () => {
	const html = readFileSync('src/app.html', 'utf8');
	const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

	it('app.html 的内联脚本与应用用同一个存储键、同一个 class', () => {
		expect(script).toContain(`'${ELDER_KEY}'`);
		expect(script).toContain(`'${ELDER_CLASS}'`);
	});

	it('应用接管开关后，内联脚本的点按处理让位（认同一个标记、同一个按钮）', () => {
		expect(script).toContain(`'${APP_READY_ATTR}'`);
		const toggle = readFileSync('src/lib/components/ElderToggle.svelte', 'utf8');
		const cls = /closest\('\.([\w-]+)'\)/.exec(script)?.[1];
		expect(cls).toBeTruthy();
		expect(toggle).toContain(`class="${cls}"`);
	});
});
