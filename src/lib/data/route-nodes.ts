/**
 * The loaders SvelteKit calls for each route node (layout or page), in place of the `nodes` list of its generated
 * app.js (vite.config.ts, `leanRouteNodes`). Vite writes beside each route's `import()` the chunks and stylesheets
 * that route needs, so that a navigation fetches them in parallel and brings the route's CSS: about 1 KB gzip of
 * file names in the start-up JS of every page (issue 14), needed only when the app first navigates to a route it
 * has not loaded. Those loaders now live in a chunk of their own, fetched on that first navigation (or when the
 * background loading of route code, route-code.ts, asks for a route).
 *
 * A node the page started with is in the browser already: the prerendered page lists its chunk as a
 * modulepreload and carries its CSS. That one is imported from the link, so hydration waits for nothing more.
 */
type Loader = () => Promise<unknown>;

/** SvelteKit names route node chunks `nodes/<index>.<hash>.js`; the dot keeps node 1 from matching node 10. */
function startedChunk(index: number): string | undefined {
	return document.querySelector<HTMLLinkElement>(`link[rel="modulepreload"][href*="/nodes/${index}."]`)?.href;
}

export function routeNodes(count: number, loaders: () => Promise<{ nodes: Loader[] }>): Loader[] {
	return Array.from({ length: count }, (_, index) => () => {
		const href = startedChunk(index);
		return href ? import(/* @vite-ignore */ href) : loaders().then((m) => m.nodes[index]?.());
	});
}
