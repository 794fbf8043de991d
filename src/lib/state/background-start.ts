/**
 * The browser tests set this localStorage key (tests/e2e/base.ts) to start the background download sooner than
 * data-start.ts's 5 s: hundreds of them wait for 「整个应用可离线使用」, and 3.5 s more each made the suite about
 * 4 minutes longer. They test what happens once the download runs, not when it starts. No dependencies: the
 * browser tests import it in Node.
 */
export const BACKGROUND_START_KEY = 'lvliang:test:background-start-ms';
/** What the tests use: the start delay the app had before issue 14 moved it to 5 s. */
export const TEST_BACKGROUND_START_MS = 1500;
