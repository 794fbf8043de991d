/**
 * Parts of pages that load after the page shows (the checker, the calculators). A route registers its own
 * loaders here from its module script, so loading every route's code in the background (route-code.ts) also
 * loads these, without $lib importing route files.
 */
const loaders = new Set<() => Promise<unknown>>();

export function registerLazyPart(load: () => Promise<unknown>): void {
	loaders.add(load);
}

export function lazyParts(): (() => Promise<unknown>)[] {
	return [...loaders];
}
