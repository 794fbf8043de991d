import { defineConfig } from '@playwright/test';
import { TEST_BROWSER_LAUNCH } from './scripts/lib/chromium';

/** Overridable so that several checkouts can run their browser tests at once. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4180);
/** `nginx` runs the browser tests against deploy/nginx.conf (scripts/serve-nginx.ts) instead of the preview server. */
export const E2E_SERVER = process.env.E2E_SERVER === 'nginx' ? 'nginx' : 'preview';

export default defineConfig({
	testDir: 'tests',
	testMatch: ['e2e/**/*.spec.ts', 'reliability/**/*.spec.ts'],
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON ?? '.tmp/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${E2E_PORT}`,
		browserName: 'chromium',
		locale: 'zh-CN',
		launchOptions: TEST_BROWSER_LAUNCH,
		viewport: { width: 360, height: 740 },
		// The data download's start in tests (1.5 s, not 5 s) is set by tests/e2e/base.ts, not by storageState here.
		trace: 'off'
	},
	projects: [
		{ name: 'chromium', use: { serviceWorkers: 'allow' } },
		{
			// As in iPhone WeChat (WKWebView), which gives sites no service worker: every test that goes offline
			// (tagged @offline) runs here too.
			name: 'no-service-worker',
			use: { serviceWorkers: 'block' },
			grep: /@offline/
		}
	],
	webServer: {
		command: `node --import tsx scripts/${E2E_SERVER === 'nginx' ? 'serve-nginx' : 'serve'}.ts --dir build --port ${E2E_PORT}`,
		url: `http://127.0.0.1:${E2E_PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
