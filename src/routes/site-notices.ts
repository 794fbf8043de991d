/**
 * What the root layout shows of the data's state: the 新版本可用 button above the page and the status lines in the
 * footer. One chunk, loaded with the data state after the page is live (issue 14): nothing in it can be known
 * before then, and the prerendered page shows neither.
 */
export { default as UpdateNotice } from './UpdateNotice.svelte';
export { default as DataStatus } from './DataStatus.svelte';
