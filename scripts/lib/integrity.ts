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

	core.services.forEach((s, i) => {
		if (!departments.has(s.departmentId))
			problems.push(`${at('services', i, s)}: departmentId ${s.departmentId} not found`);
		for (const p of s.providerIds) {
			const prov = providers.get(p);
			if (!prov) problems.push(`${at('services', i, s)}: providerId ${p} not found`);
			else if (!prov.serviceIds.includes(s.id))
				problems.push(`${at('services', i, s)}: provider ${p} does not list this service`);
		}
		for (const h of s.hotlineIds) {
			const line = hotlines.get(h);
			if (!line) problems.push(`${at('services', i, s)}: hotlineId ${h} not found`);
			else if (!line.serviceIds.includes(s.id))
				problems.push(`${at('services', i, s)}: hotline ${h} does not list this service`);
		}
		if (!themes.has(s.theme)) problems.push(`${at('services', i, s)}: theme ${s.theme} not in themes`);
	});

	core.departments.forEach((d, i) => {
		const own = core.services.filter((s) => s.departmentId === d.id).map((s) => s.id);
		if (own.length !== d.serviceCount)
			problems.push(`${at('departments', i, d)}: serviceCount ${d.serviceCount} but ${own.length} services`);
		if (own.length > 0 && (Math.min(...own) !== d.firstService || Math.max(...own) !== d.lastService)) {
			problems.push(`${at('departments', i, d)}: firstService/lastService do not match its services`);
		}
	});

	core.providers.forEach((p, i) => {
		for (const d of p.departmentIds)
			if (!departments.has(d)) problems.push(`${at('providers', i, p)}: departmentId ${d} not found`);
		for (const id of p.serviceIds) {
			const s = services.get(id);
			if (!s) problems.push(`${at('providers', i, p)}: serviceId ${id} not found`);
			else if (!s.providerIds.includes(p.id))
				problems.push(`${at('providers', i, p)}: service ${id} does not name this provider`);
		}
	});

	core.hotlines.forEach((h, i) => {
		if (h.departmentId !== undefined && !departments.has(h.departmentId)) {
			problems.push(`${at('hotlines', i, h)}: departmentId ${h.departmentId} not found`);
		}
		for (const id of h.serviceIds) {
			const s = services.get(id);
			if (!s) problems.push(`${at('hotlines', i, h)}: serviceId ${id} not found`);
			else if (!s.hotlineIds.includes(h.id))
				problems.push(`${at('hotlines', i, h)}: service ${id} does not name this hotline`);
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
