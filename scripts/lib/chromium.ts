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

/**
 * The features Playwright 1.65 turns off itself (playwright-core's chromiumSwitches.ts). Chromium reads only the last
 * `--disable-features` on its command line, so a list of our own must repeat these and replace Playwright's switch.
 * tests/e2e/browser-switches.spec.ts fails if Playwright's list changes (a new Playwright version).
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'TcpPortRandomizationWin',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch',
	'msForceBrowserSignIn',
	'msEdgeUpdateLaunchServicesPreferredVersion'
];

/**
 * Headless Chromium 156 gives every new window the address bar's popup as a WebUI page of its own (chrome://omnibox-
 * popup.top-chrome), in a renderer that then works for about 0.65 CPU-s. A browser test opens a window for each test,
 * so each test spent that much CPU (a quarter of the whole browser run's) on a popup no headless test can show.
 */
export const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

const featureSwitch = (features: string[]): string => `--disable-features=${features.join(',')}`;

/** Launch options for the browser tests: the project's switches, and Playwright's feature list with the popup's added. */
export const TEST_BROWSER_LAUNCH = {
	executablePath: CHROMIUM,
	args: [...CHROMIUM_ARGS, featureSwitch([...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_FEATURES])],
	ignoreDefaultArgs: [featureSwitch(PLAYWRIGHT_DISABLED_FEATURES)]
};
