import { expect, test } from '@playwright/test';

test('服务事项页写明目录是2019年的、可能已经变了，请先核实', async ({ page }) => {
	await page.goto('/service/166');
	const note = page.locator('main p.note.warn').first();
	await expect(note).toContainText('2019 年');
	await expect(note).toContainText('吕政办发〔2019〕29号');
	await expect(note).toContainText('可能已经变了');
});

test('“关于”页的收录内容没有英文标签', async ({ page }) => {
	await page.goto('/about');
	const list = page.locator('main h2:has-text("收录内容") + ul');
	await expect(list).toContainText('服务主题');
	expect(await list.textContent()).not.toMatch(/[A-Za-z]/);
});
