/**
 * How every browser the project starts is launched: Debian's Chromium (Playwright cannot download its own here),
 * with no sandbox (CI runs as root), no GPU and none of Chromium's own traffic (updates, sync, QUIC probes), so
 * that tests and benchmarks see only the site's requests. Used by playwright.config.ts, scripts/ and bench/.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-quic',
	'--no-first-run',
	'--disable-sync'
];
