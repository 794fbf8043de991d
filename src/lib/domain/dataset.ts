/**
 * The in-memory working set: the bundle's sections plus the lookups every page needs.
 * Pure: built the same way from disk at prerender time and from IndexedDB or the network in the browser.
 */
import { CITY_ID } from './city';
import type { Benefit } from './eligibility/schema';
import type { BundleFile, BundleManifest, CoreData, Department, Document, Hotline, Provider, Service } from './schema';

/**
 * The home region of a split bundle, loaded with the base on first visit: 吕梁市 city level, the catalogue
 * the gazettes publish. Other regions are downloaded when a page asks for them (Repository.loadRegion).
 */
export const DEFAULT_REGION = CITY_ID;

/** Regions that have files in the manifest, in manifest order; empty for an unsplit bundle. */
export function manifestRegions(manifest: BundleManifest): string[] {
	const out: string[] = [];
	for (const f of manifest.files) if (f.region !== undefined && !out.includes(f.region)) out.push(f.region);
	return out;
}

/** The files to hold for these regions: every base file (no region) plus each listed region's files. */
export function filesFor(manifest: BundleManifest, regions: readonly string[]): BundleFile[] {
	return manifest.files.filter((f) => f.region === undefined || regions.includes(f.region));
}

/** Regions whose files are all among `names`: what a set of loaded sections covers. */
export function regionsCovered(manifest: BundleManifest, names: ReadonlySet<string>): string[] {
	return manifestRegions(manifest).filter((r) => manifest.files.every((f) => f.region !== r || names.has(f.name)));
}

/**
 * A region's section `<base>-<region>` holds more records of the base section `<base>` (core-r1 → core,
 * search-r1 → search): its lists are appended to the base's lists of the same key. One concatenation per
 * list, no re-sorting and no re-parsing, so loading a region costs in proportion to that region only.
 * Sections without a region are returned as they are.
 */
export function mergeSections(manifest: BundleManifest, parts: Record<string, unknown>): Record<string, unknown> {
	const regional = manifest.files.filter((f) => f.region !== undefined && parts[f.name] !== undefined);
	if (regional.length === 0) return parts;
	const out: Record<string, unknown> = { ...parts };
	const lists = new Map<string, Record<string, unknown[][]>>();
	for (const f of regional) {
		const baseName = f.name.slice(0, f.name.length - (f.region ?? '').length - 1);
		delete out[f.name];
		let byKey = lists.get(baseName);
		if (!byKey) lists.set(baseName, (byKey = {}));
		for (const [key, value] of Object.entries(parts[f.name] as Record<string, unknown>)) {
			if (Array.isArray(value)) (byKey[key] ??= []).push(value);
		}
	}
	for (const [baseName, byKey] of lists) {
		const merged: Record<string, unknown> = { ...((parts[baseName] as Record<string, unknown> | undefined) ?? {}) };
		for (const [key, chunks] of Object.entries(byKey)) {
			const own = merged[key];
			merged[key] = (Array.isArray(own) ? own : []).concat(...chunks);
		}
		out[baseName] = merged;
	}
	return out;
}

export interface BundleSections {
	core: CoreData;
	/** Other sections (benefits, search …) as parsed JSON, typed by their own modules. */
	[name: string]: unknown;
}

export class Dataset {
	readonly services = new Map<number, Service>();
	readonly departments = new Map<string, Department>();
	readonly providers = new Map<string, Provider>();
	readonly hotlines = new Map<string, Hotline>();
	readonly documents = new Map<string, Document>();
	readonly servicesByDepartment = new Map<string, Service[]>();
	readonly servicesByProvider = new Map<string, Service[]>();

	/** Sections with every loaded region merged in (core, search … as if unsplit). */
	readonly sections: BundleSections;
	/** Regions whose sections are loaded; empty for an unsplit bundle. */
	readonly regions: string[];

	constructor(
		readonly manifest: BundleManifest,
		/** Sections as loaded, one per manifest file (core, core-r1 …); kept so a new region merges without re-parsing. */
		readonly parts: BundleSections
	) {
		this.sections = mergeSections(manifest, parts) as BundleSections;
		this.regions = regionsCovered(manifest, new Set(Object.keys(parts)));
		const core = this.sections.core;
		for (const s of core.services) {
			this.services.set(s.id, s);
			push(this.servicesByDepartment, s.departmentId, s);
			for (const p of s.providerIds) push(this.servicesByProvider, p, s);
		}
		for (const d of core.departments) this.departments.set(d.id, d);
		for (const p of core.providers) this.providers.set(p.id, p);
		for (const h of core.hotlines) this.hotlines.set(h.id, h);
		for (const d of core.documents) this.documents.set(d.id, d);
	}

	get core(): CoreData {
		return this.sections.core;
	}

	/** The benefits section; empty when the bundle has none. */
	get benefits(): Benefit[] {
		return this.section<{ benefits: Benefit[] }>('benefits')?.benefits ?? [];
	}

	section<T>(name: string): T | undefined {
		return this.sections[name] as T | undefined;
	}

	/** A new dataset with more sections (a region's rows) parsed and merged in; this one is left as it is. */
	withTexts(rows: readonly { name: string; text: string }[]): Dataset {
		const parts: Record<string, unknown> = { ...this.parts };
		for (const row of rows) parts[row.name] = JSON.parse(row.text);
		return new Dataset(this.manifest, parts as BundleSections);
	}
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Parses downloaded or stored section texts. Throws when the core section is missing. */
export function datasetFromTexts(manifest: BundleManifest, rows: { name: string; text: string }[]): Dataset {
	const sections: Record<string, unknown> = {};
	for (const row of rows) sections[row.name] = JSON.parse(row.text);
	if (!sections.core) throw new Error('数据包缺少 core 部分');
	return new Dataset(manifest, sections as BundleSections);
}
