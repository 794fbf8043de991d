/**
 * Per-region bundle split. One region's catalogue is ≈30 KB gzip of core and ≈35 KB of search; a second
 * city (or the 13 counties) multiplies that, and a phone would download and parse every region on first
 * visit. Beyond SPLIT_THRESHOLD_GZIP_BYTES the catalogue (departments, providers, services) and their
 * search docs go into one `core-<region>` and one `search-<region>` section per region, loaded on demand;
 * the base `core` and `search` keep what every page needs (hotlines, documents, counties, themes, benefits'
 * docs) and the manifest lists the regions. Below the threshold nothing changes: one region ships as today.
 */
import { gzipSync } from 'node:zlib';
import type { BundleRegion, CoreData, Department, Provider, Service } from '#lib/domain/schema';
import type { PackedSearchData } from '#lib/domain/search/pack';
import { BuildError, type EmittedSection } from './bundle';

/**
 * Unsplit core + search above this (gzip) are split per region. Today's one region is ≈66 KB; at 150 KB a
 * first visit on a 2G/Slow-3G phone still fits the 200 KB data budget with benefits beside it.
 */
export const SPLIT_THRESHOLD_GZIP_BYTES = 150 * 1024;

/** One region's catalogue: the records that move into its own sections when the bundle is split. */
export interface RegionCatalogue {
	id: string;
	name: string;
	departments: Department[];
	providers: Provider[];
	services: Service[];
}

/** Sections whose lists are split by region. */
const CORE = 'core';
const SEARCH = 'search';
/** Search doc kinds that belong to a region, with the region record list that owns their ids. */
const REGIONAL_DOCS = { service: 'services', department: 'departments' } as const;

const gzipSize = (data: unknown) => gzipSync(JSON.stringify(data), { level: 9 }).length;

/** gzip bytes of the core and search sections as they would ship unsplit. */
export function catalogueGzip(sections: readonly EmittedSection[]): number {
	return sections.filter((s) => s.name === CORE || s.name === SEARCH).reduce((n, s) => n + gzipSize(s.data), 0);
}

/** The region list the manifest carries. */
export function bundleRegions(regions: readonly RegionCatalogue[]): BundleRegion[] {
	return regions.map((r) => ({ id: r.id, name: r.name, services: r.services.length }));
}

/**
 * Replaces core and search by a base section each plus `core-<id>` / `search-<id>` per region, keeping the
 * sorted order of every list (filtering never reorders) so the output stays deterministic.
 */
export function splitSections(
	sections: readonly EmittedSection[],
	regions: readonly RegionCatalogue[]
): EmittedSection[] {
	const owner = {
		services: new Map<unknown, string>(),
		departments: new Map<unknown, string>(),
		providers: new Map<unknown, string>()
	};
	const problems: string[] = [];
	for (const r of regions) {
		for (const key of ['services', 'departments', 'providers'] as const) {
			for (const rec of r[key]) {
				const seen = owner[key].get(rec.id);
				if (seen !== undefined) problems.push(`regions: ${key} id ${String(rec.id)} in both ${seen} and ${r.id}`);
				owner[key].set(rec.id, r.id);
			}
		}
	}
	if (problems.length > 0) throw new BuildError(problems);

	const out: EmittedSection[] = [];
	const regional: EmittedSection[] = [];
	for (const s of sections) {
		if (s.name === CORE) {
			const core = s.data as CoreData;
			out.push({ name: CORE, data: { ...core, departments: [], providers: [], services: [] } });
			for (const r of regions) {
				const mine = <T extends { id: unknown }>(list: T[], key: keyof typeof owner) =>
					list.filter((x) => owner[key].get(x.id) === r.id);
				regional.push({
					name: `${CORE}-${r.id}`,
					region: r.id,
					data: {
						departments: mine(core.departments, 'departments'),
						providers: mine(core.providers, 'providers'),
						services: mine(core.services, 'services')
					}
				});
			}
		} else if (s.name === SEARCH) {
			const { docs } = s.data as PackedSearchData;
			const regionOf = (doc: PackedSearchData['docs'][number]) => {
				const key = REGIONAL_DOCS[doc[0] as keyof typeof REGIONAL_DOCS] as keyof typeof owner | undefined;
				return key ? owner[key].get(doc[1]) : undefined;
			};
			out.push({
				name: SEARCH,
				data: { ...(s.data as PackedSearchData), docs: docs.filter((d) => regionOf(d) === undefined) }
			});
			for (const r of regions) {
				regional.push({
					name: `${SEARCH}-${r.id}`,
					region: r.id,
					data: { docs: docs.filter((d) => regionOf(d) === r.id) }
				});
			}
		} else out.push(s);
	}
	// Base files first, then region by region (core-x, search-x): the order a client downloads them in.
	const order = new Map(regions.map((r, i) => [r.id, i]));
	regional.sort((a, b) => (order.get(a.region ?? '') ?? 0) - (order.get(b.region ?? '') ?? 0));
	return [...out, ...regional];
}
