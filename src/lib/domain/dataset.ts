/**
 * The in-memory working set: the bundle's sections plus the lookups every page needs.
 * Pure: built the same way from disk at prerender time and from IndexedDB or the network in the browser.
 */
import type { BundleManifest, CoreData, Department, Document, Hotline, Provider, Service } from './schema';

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

	constructor(
		readonly manifest: BundleManifest,
		readonly sections: BundleSections
	) {
		const core = sections.core;
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

	section<T>(name: string): T | undefined {
		return this.sections[name] as T | undefined;
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
