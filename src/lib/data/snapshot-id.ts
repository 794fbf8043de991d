/**
 * The element that carries a prerendered page's data (layout, page-data.ts, page-html.ts): a `<template>`, whose
 * content the browser neither shows nor runs nor counts as the page's text. The JSON is its text: as an attribute,
 * every `"` was written `&quot;`, 0.55 KB gzip of /hotlines' 15 KB budget and 1.8 KB on the longest benefit
 * page (issue 14).
 */
export const SNAPSHOT_ID = 'page-data';

/** The page path and data a snapshot element carries, or undefined when it has none or they are unreadable. */
export function readSnapshotElement(el: HTMLElement | null): { path: string; data: unknown } | undefined {
	const path = el?.dataset.path;
	if (!(el instanceof HTMLTemplateElement) || !path) return undefined;
	try {
		return { path, data: JSON.parse(el.content.textContent ?? '') as unknown };
	} catch {
		return undefined;
	}
}
