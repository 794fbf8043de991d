import { type Page } from '@playwright/test';
import { expect, test } from './base';
import { waitForServiceWorker, waitUntilOffline, workersBlocked, NO_INSTALL } from './helpers';

/** One question card: its legend names the question. */
const card = (page: Page) => page.locator('form.q');

async function expectQuestion(page: Page, text: string | RegExp): Promise<void> {
	await expect(card(page).locator('legend')).toContainText(text);
}

async function choose(page: Page, label: string): Promise<void> {
	await card(page).getByRole('button', { name: label, exact: true }).click();
}

/** The parent of a 5-year-old with a hearing disability, 吕梁户口, answers until the results show. */
async function answerAsParent(page: Page): Promise<void> {
	await expectQuestion(page, '多大了');
	await card(page).getByRole('textbox').fill('5');
	await choose(page, '下一步');
	await expectQuestion(page, '有残疾吗');
	await choose(page, '是');
	await expectQuestion(page, '哪一类残疾');
	await card(page).getByRole('checkbox', { name: '听力' }).check();
	await choose(page, '确定');
	await expectQuestion(page, '重度听力残疾');
	await choose(page, '不确定');
	await expectQuestion(page, '残疾证明');
	await choose(page, '残疾人证');
	await expectQuestion(page, '户口');
	await choose(page, '吕梁户口');
	// The rest does not matter for this family: 不确定 is always allowed.
	for (let i = 0; i < 20 && (await card(page).count()) > 0; i++) {
		await choose(page, '不确定');
	}
	await expect(page.getByRole('heading', { name: '结果' })).toBeVisible();
}

test('家长离线查询5岁听力残疾孩子能领的康复救助', { tag: '@offline' }, async ({ page, context }) => {
	await page.goto('/');
	await waitUntilOffline(page);
	// The reload at the end is served by the service worker.
	await waitForServiceWorker(page);
	await context.setOffline(true);

	await page.getByRole('link', { name: '测一测我能领什么' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('测一测我能领什么');
	await expect(page.locator('main')).toContainText('您填的情况只在这台手机上计算，不会发送出去');
	await answerAsParent(page);

	const rehab = page.locator('article.result').filter({ hasText: '残疾儿童康复救助' });
	await expect(rehab).toHaveCount(1);
	await expect(rehab.locator('.verdict')).toHaveText('符合');
	await expect(rehab).toContainText('助听器适配服务（0—6岁）：最多1200元/人');
	await expect(rehab).toContainText('全日制康复训练：每年最多15000元/人');
	await expect(rehab).toContainText('残联');
	// Its document prints no number for it (issue 10): the card says so and points to the hotlines page.
	await expect(rehab.locator('a[href^="tel:"]')).toHaveCount(0);
	await expect(rehab).toContainText('文件没有写这项的咨询电话');
	await expect(rehab).toContainText('吕政发〔2019〕4号');
	// 7—14岁 standard does not fit a 5-year-old.
	await expect(rehab).not.toContainText('助听器适配服务（7—14岁）：');

	// Answers are kept in memory only, until the person taps 存进网址: then they sit in the fragment.
	expect(new URL(page.url()).hash).toBe('');
	await page.getByRole('button', { name: '把答案存进网址' }).click();
	expect(new URL(page.url()).hash).toContain('age=5');
	// Reopening offline needs the app's code on the device: a service worker's cache (none in iPhone WeChat).
	if (workersBlocked()) return;
	await page.reload();
	await expect(page.locator('article.result').filter({ hasText: '残疾儿童康复救助' })).toContainText('最多1200元/人');
});

/** The site's fixed files: content-hashed code and styles, and the icons and manifest that src/app.html links. */
const SITE_FILES = /^\/(_app\/immutable\/[\w./-]+|favicon\.svg|manifest\.webmanifest|icon-\d+\.png)$/;

test('检查时没有任何请求离开这台手机', async ({ page }) => {
	const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1').origin;
	const seen: string[] = [];
	page.on('request', (r) => seen.push(r.url()));
	await page.goto('/');
	await waitUntilOffline(page);
	await page.getByRole('link', { name: '测一测我能领什么' }).first().click();
	await expectQuestion(page, '多大了');
	expect(seen.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);

	// Fixed files of the site may still be on their way: the code of other pages, which the app loads in the background
	// (route-code.ts; with a service worker the status says 「整个应用…」 before that ends), and the icon and manifest
	// app.html names, which the browser fetches when it gets to them. Plain GETs of fixed addresses carry nothing of
	// the answers. Nothing else may go out while the questions are answered.
	const fixedFile = (url: string) => {
		const u = new URL(url);
		return u.origin === origin && !u.search && SITE_FILES.test(u.pathname);
	};
	const sent: string[] = [];
	page.on('request', (r) => {
		if (r.method() !== 'GET' || !fixedFile(r.url())) sent.push(`${r.method()} ${r.url()}`);
	});
	await answerAsParent(page);
	expect(sent).toEqual([]);
});

/** How to answer a question, by words in its legend: a choice, a number, or boxes to tick then 确定. */
type Reply = string | number | string[];

/** Answers each question the page asks with the first reply whose key is in its legend, else 不确定. */
async function answerAs(page: Page, replies: [string, Reply][]): Promise<void> {
	// The checker loads after first paint: wait for its first question.
	await expectQuestion(page, '多大了');
	for (let i = 0; i < 30 && (await card(page).count()) > 0; i++) {
		const legend = (await card(page).locator('legend').textContent()) ?? '';
		const reply = replies.find(([key]) => legend.includes(key))?.[1];
		if (typeof reply === 'number') {
			await card(page).getByRole('textbox').fill(String(reply));
			await choose(page, '下一步');
		} else if (Array.isArray(reply)) {
			for (const box of reply) await card(page).getByRole('checkbox', { name: box }).check();
			await choose(page, '确定');
		} else await choose(page, reply ?? '不确定');
		// The next card replaces this one; wait for it so the legend read next is the new question.
		await expect
			.poll(
				async () => (await card(page).count()) === 0 || (await card(page).locator('legend').textContent()) !== legend
			)
			.toBe(true);
	}
	await expect(page.getByRole('heading', { name: '结果' })).toBeVisible();
}

const result = (page: Page, title: string) => page.locator('article.result').filter({ hasText: title });

// What these tests check is the same with or without a service worker: they run without one (NO_INSTALL says why).
test.describe(() => {
	test.use(NO_INSTALL);

	test('填错年龄时说清楚：-1、300 和文字都不接受', async ({ page }) => {
		await page.goto('/check');
		await expectQuestion(page, '多大了');
		const box = card(page).getByRole('textbox');
		await box.fill('-1');
		await expect(card(page).getByRole('alert')).toContainText('不能小于 0');
		await box.fill('300');
		await expect(card(page).getByRole('alert')).toContainText('不能大于 120');
		await box.fill('五岁');
		await expect(card(page).getByRole('alert')).toContainText('只能填数字');
		await choose(page, '下一步');
		await expectQuestion(page, '多大了');
		await box.fill('5');
		await expect(card(page).getByRole('alert')).toHaveCount(0);
		await choose(page, '下一步');
		await expectQuestion(page, '有残疾吗');
		// 上一题 brings the age back with the answer kept.
		await page.getByRole('button', { name: '上一题' }).click();
		await expectQuestion(page, '多大了');
	});

	test('老人打开存下的链接：按账户 12000 元算出每月约 120 元', async ({ page }) => {
		const answers = new URLSearchParams({
			age: '70',
			basicPension: '已领取待遇',
			supplementaryYearsPaid: '15',
			pensionAccountBalance: '12000',
			householdStatus: ''
		});
		await page.goto(`/check#${answers.toString()}`);
		await expectQuestion(page, '有残疾吗');
		await page.getByRole('button', { name: '直接看结果' }).click();
		const pension = page.locator('article.result').filter({ hasText: '补充养老保险' });
		await expect(pension).toContainText('按您填的储存额，每月约 120 元');
		await expect(pension.locator('a[href^="tel:"]')).toHaveCount(0);
		await expect(pension).toContainText('文件没有写这项的咨询电话');
	});

	test('补充养老保险：账户 12000 元、70 岁，每月领 120 元（12000÷120 + 出口补 20 元）', async ({ page }) => {
		await page.goto('/benefit/supplementary-pension');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('补充养老保险');
		const calc = page.locator('form.calc').filter({ hasText: '每月能领多少' });
		await calc.getByLabel('个人账户储存额（元）').fill('12000');
		await calc.getByLabel('年龄（周岁）').fill('70');
		await expect(calc.locator('output')).toContainText('每月约 120 元');
		await expect(calc.locator('output')).toContainText('100 元');
		// From 80 the government adds 10 元 a month (004:4745).
		await calc.getByLabel('年龄（周岁）').fill('82');
		await expect(calc.locator('output')).toContainText('每月约 130 元');
		await calc.getByLabel('年龄（周岁）').fill('300');
		await expect(calc.getByRole('alert')).toContainText('不能大于 120');
		await calc.getByLabel('年龄（周岁）').fill('60');
		await expect(calc.getByRole('alert')).toContainText('未满 65 周岁');

		const tier = page.locator('form.calc').filter({ hasText: '政府补多少' });
		await tier.getByLabel('每年缴费（元）').fill('1000');
		await expect(tier.locator('output')).toContainText('政府每年补贴 200 元');
		await tier.getByLabel('每年缴费（元）').fill('300');
		await expect(tier.getByRole('alert')).toContainText('没有 300 元这个缴费档次');
	});

	test('残疾儿童康复救助页：辅助器具全表，轮椅 2000 元只报 1500 元', async ({ page }) => {
		await page.goto('/benefit/disabled-children-rehab');
		await expect(page.locator('main')).toContainText('辅助器具配置目录（12 项）');
		await expect(page.locator('main')).toContainText('请向县（市、区）残联核实本县现行标准');
		const calc = page.locator('form.calc').filter({ hasText: '辅助器具能报销多少' });
		await calc.getByRole('combobox').selectOption({ label: '肢体残疾类 · 儿童轮椅（标准 1500 元）' });
		await calc.getByLabel('购买价格（元）').fill('2000');
		await expect(calc.locator('output')).toContainText('可报销 1500 元，自己付 500 元');
		await calc.getByLabel('购买价格（元）').fill('800');
		await expect(calc.locator('output')).toContainText('可报销 800 元');
	});

	test('城管包容免罚：条件都勾上就不罚；换一种违法行为，勾选重新开始；单位和个人罚款不同', async ({ page }) => {
		await page.goto('/benefit/urban-management-lenient-penalties');
		const calc = page.locator('form.calc').filter({ hasText: '能不能不罚' });
		const conditions = calc.locator('fieldset').first().getByRole('checkbox');
		await expect(conditions.first()).toBeVisible();
		const n = await conditions.count();
		for (let i = 0; i < n; i++) await conditions.nth(i).check();
		await expect(calc.locator('output')).toContainText('可以不予处罚');

		await calc
			.getByRole('combobox')
			.selectOption({ label: '在城市建成区内露天焚烧垃圾、油毡、橡胶、塑料、皮革、沥青' });
		await expect(conditions).toHaveCount(4);
		for (let i = 0; i < 4; i++) await expect(conditions.nth(i)).not.toBeChecked();
		await expect(calc.locator('output')).toContainText('还差第 1、2、3、4 项条件');
		for (let i = 0; i < 4; i++) await conditions.nth(i).check();
		// 对单位处一万元以上十万元以下罚款，对个人处五百元以上二千元以下罚款 (002:2475), 从轻 within each.
		await calc.getByRole('radio', { name: '个人' }).check();
		await expect(calc.locator('output')).toContainText('罚款在 500 元至');
		await calc.getByRole('radio', { name: '单位' }).check();
		await expect(calc.locator('output')).toContainText('罚款在 10000 元至');
	});

	test('石楼县的农民测一测：问到住在哪个县，林下经济显示符合', async ({ page }) => {
		await page.goto('/check');
		await expectQuestion(page, '多大了');
		await card(page).getByRole('textbox').fill('45');
		await choose(page, '下一步');
		// Answer 不确定 until the farming and county questions come up.
		for (let i = 0; i < 25 && (await card(page).count()) > 0; i++) {
			const legend = (await card(page).locator('legend').textContent()) ?? '';
			if (legend.includes('户口')) await choose(page, '吕梁户口');
			else if (legend.includes('从事农业生产')) await choose(page, '是');
			else if (legend.includes('哪个县')) await choose(page, '石楼县');
			else await choose(page, '不确定');
		}
		await expect(page.getByRole('heading', { name: '结果' })).toBeVisible();
		const forest = page.locator('article.result').filter({ hasText: '林下经济' });
		await expect(forest.locator('.verdict')).toHaveText('符合');
	});

	test('70岁老人填账户12000元：补充养老保险每月120元，写出算法', async ({ page }) => {
		await page.goto('/check');
		await answerAs(page, [
			['多大了', 70],
			['有残疾吗', '否'],
			['户口', '吕梁户口'],
			['家里属于', '都不是'],
			['基本养老保险', '已领取待遇'],
			['个人账户里有多少钱', 12000],
			['经营个体工商户', '无'],
			['从事农业生产', '否']
		]);
		const pension = result(page, '补充养老保险');
		await expect(pension.locator('.verdict')).toHaveText('符合');
		await expect(pension.locator('.headline').first()).toContainText('12000 ÷ 120 + 20 = 120 元/月');
		// A farm subsidy is ruled out by 不从事农业生产 and listed among the 不符合, with what would change it.
		const pig = result(page, '生猪养殖保险');
		await expect(pig.locator('.verdict')).toHaveText('不符合');
		await expect(pig.locator('.change')).toContainText('如果从事农业生产');
	});

	test('5岁听力残疾、还没有残疾证明的孩子：可能符合，第一步去定点医院诊断，写明怎样会变成符合', async ({ page }) => {
		await page.goto('/check');
		await answerAs(page, [
			['多大了', 5],
			['有残疾吗', '是'],
			['哪一类残疾', ['听力']],
			['残疾证明', '都没有'],
			['户口', '吕梁户口']
		]);
		const rehab = result(page, '残疾儿童康复救助');
		await expect(rehab.locator('.verdict')).toHaveText('可能符合');
		const first = rehab.getByRole('heading', { name: '第一步' });
		await expect(first).toBeVisible();
		await expect(rehab.locator('li.step').first()).toContainText('先到儿童残疾筛查诊断定点医院做诊断');
		await expect(rehab.locator('li.step').first()).toContainText('最多400元');
		await expect(rehab.locator('.change')).toContainText(/如果残疾证明为(残疾人证|诊断建议书) → 符合/);
	});

	test('3岁需要轮椅的肢体残疾孩子：问到辅助器具，列出儿童轮椅1500元、每3年一次', async ({ page }) => {
		await page.goto('/check');
		await answerAs(page, [
			['多大了', 3],
			['有残疾吗', '是'],
			['哪一类残疾', ['肢体']],
			['残疾证明', '残疾人证'],
			['户口', '吕梁户口'],
			['辅助器具', ['儿童轮椅']]
		]);
		const rehab = result(page, '残疾儿童康复救助');
		await expect(rehab.locator('.verdict')).toHaveText('符合');
		const devices = rehab.locator('ul.devices');
		await expect(devices).toBeVisible();
		await expect(devices).toContainText('儿童轮椅：1500元，每3年一次');
		// The cited table row (003:372) is one tap away.
		await expect(devices.locator('li')).toHaveCount(1);
	});

	test('只答了年龄就看结果：没有问到的补贴单独列出，写明要回答哪一题，还能继续回答', async ({ page }) => {
		await page.goto('/check');
		await expectQuestion(page, '多大了');
		await card(page).getByRole('textbox').fill('45');
		await choose(page, '下一步');
		await page.getByRole('button', { name: '直接看结果' }).click();
		const untouched = page.locator('section.untouched');
		await expect(untouched.getByRole('heading')).toContainText('没有问到的补贴');
		const pig = untouched.locator('li').filter({ hasText: '生猪养殖保险' });
		await expect(pig).toContainText('要回答：您从事农业生产');
		// Untouched benefits are not also shown as results.
		await expect(result(page, '生猪养殖保险')).toHaveCount(0);
		await untouched.getByRole('button', { name: '继续回答问题' }).click();
		await expect(card(page)).toBeVisible();
	});
});
