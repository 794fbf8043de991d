import { expect, test } from './base';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BundleManifest } from '#lib/domain/schema';
import { replaceSection } from '../fixtures/bundle';
import { waitUntilOffline } from './helpers';
import { serveCopy, writeSiteFile } from './site-server';

/** Publishes a new data bundle into a served copy of the site: one service renamed, new hashes and manifest. */
function publishNewData(dir: string, serviceId: number, newName: string): void {
	const manifestPath = join(dir, 'data', 'manifest.json');
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BundleManifest;
	const core = manifest.files.find((f) => f.name === 'core')!;
	const data = JSON.parse(readFileSync(join(dir, core.path), 'utf8'));
	data.services.find((s: { id: number }) => s.id === serviceId).name = newName;
	const text = JSON.stringify(data);
	const next = replaceSection(manifest, 'core', text);
	writeSiteFile(join(dir, next.files.find((f) => f.name === 'core')!.path), text);
	writeSiteFile(manifestPath, JSON.stringify(next));
}

let dir: string;
let close: () => Promise<void>;
let origin: string;

test.beforeEach(async () => {
	dir = mkdtempSync(join(tmpdir(), 'lvliang-site-'));
	cpSync('build', dir, { recursive: true });
	({ url: origin, close } = await serveCopy(dir));
});

test.afterEach(async () => {
	await close();
	rmSync(dir, { recursive: true, force: true });
});

test('发布新数据后提示“新版本可用”，点一下就换成新数据', async ({ page }) => {
	await page.goto(`${origin}/service/35`);
	await waitUntilOffline(page);
	const oldName = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';

	publishNewData(dir, 35, `${oldName}（新版）`);
	await page.reload();
	const prompt = page.getByRole('button', { name: '新版本可用，点此更新' });
	await expect(prompt).toBeVisible({ timeout: 20_000 });
	await prompt.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${oldName}（新版）`);
});

test('数据文件被篡改时不会替换原有数据', async ({ page }) => {
	await page.goto(`${origin}/`);
	await waitUntilOffline(page);
	publishNewData(dir, 35, '被篡改的名称');
	// Corrupt the new file after the manifest was written: its hash no longer matches.
	const manifest = JSON.parse(readFileSync(join(dir, 'data', 'manifest.json'), 'utf8'));
	const core = manifest.files.find((f: { name: string }) => f.name === 'core');
	writeSiteFile(join(dir, core.path), readFileSync(join(dir, core.path), 'utf8').replace('被篡改的名称', '另一个名称'));

	await page.reload();
	await page.waitForTimeout(4000);
	await expect(page.getByRole('button', { name: '新版本可用，点此更新' })).toHaveCount(0);
	await page.getByRole('searchbox').first().fill('身份证');
	await page.getByRole('searchbox').first().press('Enter');
	await expect(page.locator('ol.results')).toContainText('身份证申办');
	await expect(page.locator('ol.results')).not.toContainText('另一个名称');
});

test('使用中发布了新版本：先提示，点了才切换，页面始终可用', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${origin}/`);
	await waitUntilOffline(page);
	await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 20_000 });
	const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

	// A new deploy: the service worker's bytes change.
	const swPath = join(dir, 'service-worker.js');
	writeSiteFile(swPath, `${readFileSync(swPath, 'utf8')}\n// next release\n`);
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

	const prompt = page.getByRole('button', { name: '新版本可用，点此更新' });
	await expect(prompt).toBeVisible({ timeout: 20_000 });
	// Until the tap, the old worker keeps serving this session: no mixed old and new assets.
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstWorker);
	await page.getByRole('searchbox').first().fill('护照');
	await page.getByRole('searchbox').first().press('Enter');
	await expect(page.locator('ol.results')).toContainText('护照');

	await Promise.all([page.waitForEvent('load'), prompt.click()]);
	await expect(page.getByRole('button', { name: '新版本可用，点此更新' })).toHaveCount(0);
	await page.getByRole('searchbox').first().fill('身份证');
	await page.getByRole('searchbox').first().press('Enter');
	await expect(page.locator('ol.results')).toContainText('身份证');
	expect(errors).toEqual([]);
});
