import { type Page } from '@playwright/test';
import { expect, test } from './base';
import { NO_INSTALL } from './helpers';

test.use(NO_INSTALL);

/**
 * 读给我听 and 朗读 use the phone's own Chinese voice. The test browser has none, so a stand-in voice records what
 * would be read. Their text is made by code that loads after the page is live (issue 14).
 */
async function fakeVoice(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const said: string[] = [];
		const voice = { lang: 'zh-CN', name: 'test', default: true, localService: true, voiceURI: 'test' };
		Object.defineProperty(window, 'speechSynthesis', {
			configurable: true,
			value: {
				getVoices: () => [voice],
				speak: (u: { text: string }) => said.push(u.text),
				cancel: () => {},
				addEventListener: () => {},
				removeEventListener: () => {}
			}
		});
		Object.defineProperty(window, 'SpeechSynthesisUtterance', {
			configurable: true,
			value: class {
				constructor(public text: string) {}
			}
		});
		Object.defineProperty(window, 'said', { value: said });
	});
}

const said = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said.join('\n'));

test('热线页“读给我听”：读出一共几个热线，每个号码一位一位地读', async ({ page }) => {
	await fakeVoice(page);
	await page.goto('/hotlines');
	const count = await page.locator('main li.card').count();
	await page.getByRole('button', { name: '读给我听' }).click();
	await expect.poll(() => said(page)).toContain(`热线电话，共 ${count} 个`);
	expect(await said(page)).toContain('1 2 3 4 5');
});

test('给窗口看的页面点“朗读”，读出要办的事', async ({ page }) => {
	await fakeVoice(page);
	await page.goto('/show/service/1');
	const title = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
	expect(title).not.toBe('');
	await page.getByRole('button', { name: '朗读' }).click();
	await expect.poll(() => said(page)).toContain(title);
});
