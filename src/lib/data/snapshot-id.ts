/**
 * The element that carries a prerendered page's data (layout, page-data.ts, page-html.ts): a `<template>`, whose
 * content the browser neither shows nor runs nor counts as the page's text. The JSON is its text: as an attribute,
 * every `"` was written `&quot;`, 0.55 KB gzip of /hotlines' 15 KB budget and 1.8 KB on the longest benefit
 * page (issue 14).
 */
export const SNAPSHOT_ID = 'page-data';

/** The data a page's snapshot element carries for `path`, or undefined when it has none or it is unreadable. */
export function snapshotData(el: HTMLElement | null, path: string): unknown {
	if (!(el instanceof HTMLTemplateElement) || el.dataset.path !== path) return undefined;
	try {
		return JSON.parse(el.content.textContent ?? '');
	} catch {
		return undefined;
	}
}
