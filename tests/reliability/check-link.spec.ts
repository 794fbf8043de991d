/** A hand-edited 测一测 link with a value the page does not know (issue 17, item 8, the page's side). */
import { expect, test } from '../e2e/base';
import { NO_INSTALL } from '../e2e/helpers';

test.use(NO_INSTALL);

test('测一测链接里的县写错了（shi-lou）：页面用大白话说明已忽略，不按它判断', async ({ page }) => {
	await page.goto('/check#county=shi-lou');
	const alert = page.getByRole('alert').filter({ hasText: 'shi-lou' });
	await expect(alert).toContainText('链接里的答案有误，已忽略', { timeout: 20_000 });
	await expect(alert).toContainText('所在县');
	// It names the counties one can choose, as people call them.
	await expect(alert).toContainText('石楼县');
});
