/** The id of the element that carries a prerendered page's data (layout, page-data.ts, page-html.ts). */
export const SNAPSHOT_ID = 'page-data';
