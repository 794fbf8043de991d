/**
 * The dataset at prerender time (Node): the built bundle in static/data, verified against its manifest.
 * Loaded once per build process.
 */
import { Dataset, type BundleSections } from '$lib/domain/dataset';
import { loadBuiltBundle } from './bundle-fs';

let cached: Promise<Dataset> | null = null;

export function diskDataset(): Promise<Dataset> {
	cached ??= Promise.resolve().then(() => {
		const { manifest, sections } = loadBuiltBundle();
		return new Dataset(manifest, sections as BundleSections);
	});
	return cached;
}
