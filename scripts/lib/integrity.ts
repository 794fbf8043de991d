/**
 * Cross-record checks on the core section: every id a record names exists, the two directions of each link
 * agree (a provider lists a service ⇔ the service lists the provider), and stored counts match the records.
 * Each problem names the record and its source line.
 */
import type { CoreData } from '#lib/domain/schema';
import { where, type PathOf } from './bundle';

export function checkCoreIntegrity(core: CoreData, pathOf: PathOf): string[] {
	const problems: string[] = [];
	const departments = new Set(core.departments.map((d) => d.id));
	const providers = new Map(core.providers.map((p) => [p.id, p]));
	const hotlines = new Map(core.hotlines.map((h) => [h.id, h]));
	const services = new Map(core.services.map((s) => [s.id, s]));
	const themes = new Map(core.themes.map((t) => [t.name, t]));
	const at = (key: keyof CoreData, i: number, record: unknown) => where('core', key, i, record, pathOf);

	/**
	 * A link named on one side must exist and be named back: `ids` of the record at `here` point into `targets`,
	 * and each target must list `ownId` in its `back` field.
	 */
	const linked = <T>(
		here: string,
		what: string,
		ids: readonly (string | number)[],
		targets: Map<string | number, T>,
		back: (t: T) => readonly (string | number)[],
		ownId: string | number
	) => {
		for (const id of ids) {
			const t = targets.get(id);
			if (!t) problems.push(`${here}: ${what}Id ${id} not found`);
			else if (!back(t).includes(ownId)) problems.push(`${here}: ${what} ${id} does not list this record`);
		}
	};

	core.services.forEach((s, i) => {
		if (!departments.has(s.departmentId))
			problems.push(`${at('services', i, s)}: departmentId ${s.departmentId} not found`);
		linked(at('services', i, s), 'provider', s.providerIds, providers, (p) => p.serviceIds, s.id);
		linked(at('services', i, s), 'hotline', s.hotlineIds, hotlines, (h) => h.serviceIds, s.id);
		if (!themes.has(s.theme)) problems.push(`${at('services', i, s)}: theme ${s.theme} not in themes`);
	});

	core.providers.forEach((p, i) => {
		for (const d of p.departmentIds)
			if (!departments.has(d)) problems.push(`${at('providers', i, p)}: departmentId ${d} not found`);
		linked(at('providers', i, p), 'service', p.serviceIds, services, (s) => s.providerIds, p.id);
	});

	core.hotlines.forEach((h, i) => {
		if (h.departmentId !== undefined && !departments.has(h.departmentId)) {
			problems.push(`${at('hotlines', i, h)}: departmentId ${h.departmentId} not found`);
		}
		linked(at('hotlines', i, h), 'service', h.serviceIds, services, (s) => s.hotlineIds, h.id);
	});

	core.departments.forEach((d, i) => {
		const own = core.services.filter((s) => s.departmentId === d.id).map((s) => s.id);
		if (own.length !== d.serviceCount)
			problems.push(`${at('departments', i, d)}: serviceCount ${d.serviceCount} but ${own.length} services`);
		if (own.length > 0 && (Math.min(...own) !== d.firstService || Math.max(...own) !== d.lastService)) {
			problems.push(`${at('departments', i, d)}: firstService/lastService do not match its services`);
		}
	});

	core.documents.forEach((d, i) => {
		for (const h of d.consultHotlineIds)
			if (!hotlines.has(h)) problems.push(`${at('documents', i, d)}: consultHotlineId ${h} not found`);
	});

	core.themes.forEach((t, i) => {
		const n = core.services.filter((s) => s.theme === t.name).length;
		if (n !== t.count) problems.push(`${at('themes', i, t)}: count ${t.count} but ${n} services`);
	});
	return problems;
}
