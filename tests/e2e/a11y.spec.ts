import { createRequire } from 'node:module';
import { type Page } from '@playwright/test';
import { expect, test } from './base';
import { ELDER_KEY } from '#lib/state/html-flags';
import { holdChunkWith, NO_INSTALL, waitUntilLive } from './helpers';
import { ELDER_HTML, openSettled, openStill, PAGE_TYPES, type PageType } from './pages';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** Every page type, and two layouts the other browser tests do not walk: a document with its measures, the receipt. */
const PAGES: PageType[] = [
	...PAGE_TYPES,
	{ name: '文件里的措施', path: '/document/lzbh-2023-42' },
	{ name: '告知单（小票）', path: '/print/benefit/disabled-children-rehab?format=receipt' }
];

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

async function axe(page: Page): Promise<AxeViolation[]> {
	await page.addScriptTag({ path: AXE_PATH });
	return page.evaluate(async () => {
		const w = window as unknown as {
			axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
		};
		const r = await w.axe.run(document, { resultTypes: ['violations'] });
		return r.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary }))
		}));
	});
}

// The site's CSP allows only its own scripts; the test injects axe-core as a script of its own.
test.use({ ...NO_INSTALL, bypassCSP: true, viewport: { width: 320, height: 640 } });

for (const mode of ['标准版', '长辈版'] as const) {
	test.describe(mode, () => {
		for (const p of PAGES) {
			test(`${mode}：${p.name}页没有无障碍问题（axe-core，320 像素宽）`, async ({ page }) => {
				if (mode === '长辈版') await page.addInitScript((key) => localStorage.setItem(key, '1'), ELDER_KEY);
				// The home page in its final state (the data saved, the status line at its longest); the others as
				// first shown, with nothing downloading while axe reads them (it raced the download before).
				await (p.path === '/' ? openSettled : openStill)(page, p);
				await expect(page.locator('main h1').first()).toBeAttached();
				if (mode === '长辈版') await expect(page.locator('html')).toHaveClass(ELDER_HTML);
				const violations = await axe(page);
				expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
			});
		}
	});
}

test('只用键盘：跳到正文、打开长辈版、收藏事项', async ({ page }) => {
	await page.goto('/service/35');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);

	const toggle = page.getByRole('button', { name: '长辈版' });
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');

	// 收藏 needs the app's code (长辈版 does not: it works before the code has started).
	await waitUntilLive(page);
	const save = page.getByRole('button', { name: /^☆?\s*收藏$/ });
	await save.focus();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: /已收藏/ })).toBeFocused();
});

test('键盘用户在收藏按钮的代码还没到时按了空格：收藏成功，焦点留在按钮上', async ({ page }) => {
	// Only the real 收藏 button's chunk (known by its confirmation words) is held: the key press lands on the placeholder.
	const release = await holdChunkWith(page, '没有网络也能看');
	await page.goto('/service/35');
	await waitUntilLive(page);
	const placeholder = page.getByRole('button', { name: /^☆?\s*收藏$/ });
	await expect(placeholder).toBeEnabled();
	await placeholder.focus();
	await page.keyboard.press('Space');
	release();
	const saved = page.getByRole('button', { name: /已收藏/ });
	await expect(saved).toBeVisible();
	await expect(saved).toBeFocused();
});

test('读屏软件能读到页面结构：一个 h1、页头页脚和主导航，图标按钮都有名字', async ({ page }) => {
	for (const path of ['/', '/service/35', '/saved', '/print/service/35', '/hotlines']) {
		await page.goto(path);
		await expect(page.locator('h1'), path).toHaveCount(1);
		await expect(page.getByRole('banner')).toHaveCount(1);
		await expect(page.getByRole('main')).toHaveCount(1);
		await expect(page.getByRole('contentinfo')).toHaveCount(1);
		await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(1);
		const unnamed = await page.$$eval('button, a[href]', (els) =>
			els
				.filter((el) => !(el.getAttribute('aria-label') || el.textContent || '').trim())
				.map((el) => el.outerHTML.slice(0, 80))
		);
		expect(unnamed, path).toEqual([]);
	}
});
