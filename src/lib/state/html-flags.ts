/**
 * What the page's <html> says about the app, shared by the app, the inline script in src/app.html (which applies
 * 长辈版 before the first paint) and the browser tests. A plain module, not a runes one, so that Playwright's specs
 * can import it.
 */

/** Where the 长辈版 choice is remembered (localStorage). */
export const ELDER_KEY = 'lvliang.elder';
/** Set on <html> once the app is live and handles the 长辈版 switch itself. */
export const APP_READY_ATTR = 'data-app';
/** The class on <html> that app.css keys the bigger type and targets on. */
export const ELDER_CLASS = 'elder';
