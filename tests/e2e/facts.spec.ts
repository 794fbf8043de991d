import { expect, test } from './base';
import { holdAppCode, NO_INSTALL, searchFor, waitUntilLive } from './helpers';

test.use(NO_INSTALL);

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

test('申请政府信息公开被拒绝：文件页写明投诉理由、3个工作日内决定是否受理，并能直接拨打投诉电话', async ({ page }) => {
	await page.goto('/document/lzbh-2023-42');
	const m = page.locator('#m-gov-info-complaint-deadlines');
	await expect(m).toContainText('决定是否受理：3个工作日');
	await expect(m).toContainText('可以延长：20个工作日');
	const grounds = page.locator('#m-gov-info-complaint-grounds');
	await expect(grounds).toContainText('拒绝公开');
	await expect(grounds.locator('a[href="tel:03588227519"]')).toBeVisible();
});

test('搜“公交免费”能找到助企纾困措施，文件页写明城区公交免费乘坐', async ({ page }) => {
	await page.goto('/');
	await searchFor(page, '公交免费');
	await page.locator('ol.results').getByRole('link').filter({ hasText: '助企纾困' }).first().click();
	await expect(page).toHaveURL(/\/document\/lzbf-2022-18/);
	await expect(page.locator('#m-free-city-buses')).toContainText('城区范围内的城市公交全部免费乘坐');
	await expect(page.locator('#m-free-scenic-gate-tickets')).toContainText('头道门票');
	await expect(page.locator('section.measures .note.warn')).toContainText('可能已经调整或到期');
});

test('从政策文件页进入“便民措施”，在“教育和医疗”一类找到孕妇免费产前筛查，点开看到原文出处', async ({ page }) => {
	await page.goto('/documents');
	await page.getByRole('link', { name: '文件里的便民措施' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('文件里的便民措施');
	const free = page.locator('section', { has: page.getByRole('heading', { name: '教育和医疗' }) });
	await free.getByRole('link', { name: /产前筛查/ }).click();
	await expect(page).toHaveURL(/\/document\/lzbf-2019-14#m-free-prenatal-screening$/);
	await expect(page.locator('#m-free-prenatal-screening')).toContainText('原文第 1030 行');
});

test('政策文件页：网页还没加载完就勾上“显示全部”，加载完列出全部文件，取消后只列给群众的', async ({ page }) => {
	const release = await holdAppCode(page);
	await page.goto('/documents', { waitUntil: 'domcontentloaded' });
	const docs = page.locator('ul.docs > li');
	const citizen = await docs.count();
	const all = page.getByRole('checkbox', { name: /显示全部/ });
	const total = Number(/显示全部 (\d+) 份/.exec((await all.locator('..').textContent()) ?? '')?.[1]);
	expect(total).toBeGreaterThan(citizen);
	await all.check();
	release();
	await waitUntilLive(page);
	await expect(docs).toHaveCount(total);
	await all.uncheck();
	await expect(docs).toHaveCount(citizen);
});
