import { expect, type Page } from '@playwright/test';

/** Waits until the data bundle is saved on the device (the footer says so). */
export async function waitUntilOffline(page: Page): Promise<void> {
	await expect(page.getByRole('status').filter({ hasText: '已可离线使用' }).first()).toBeVisible({ timeout: 20_000 });
}

/** Waits until the service worker controls the page (Chromium), so offline reloads are served by it. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 20_000 });
}

/** Searches from the search box of the current page, as a person would. */
export async function searchFor(page: Page, query: string): Promise<void> {
	const box = page.getByRole('searchbox').first();
	await box.fill(query);
	await box.press('Enter');
	await expect(page).toHaveURL(/\/search\?q=/);
}
