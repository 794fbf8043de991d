/**
 * From catalogue rows to the records the app runs on: departments (填报单位), providers (服务提供单位),
 * services, themes and the hotlines whose numbers are printed inside 事项名称.
 *
 * Ids are ASCII slugs from the pinyin of the Chinese name without the 「吕梁市」 prefix, syllables joined
 * without separators (吕梁市公安局 → gonganju, 吕梁市人社局 → rensheju). Pinyin rather than an ordered code
 * because an id must survive a reordered or extended catalogue, and a readable URL helps staff who share links.
 * Departments are slugged from their printed name (not the normalised full name) so that a later
 * correction of a full name does not change any URL. A collision between two different names throws.
 * pinyin-pro is a build-time dependency only: the client gets the finished ids.
 */
import { pinyin } from 'pinyin-pro';
import { CITY, type CatalogueRow } from './catalogue';
import { SourceError } from '../lib/sources';
import { CATALOGUE } from '#lib/domain/city';
import type { Department, Hotline, Provider, Service, SourceRef, Theme } from '#lib/domain/schema';

/** The notice that publishes the catalogue (data/city.json, its 文号 and date checked against the source). */
export const CATALOGUE_DOC = { file: CATALOGUE.file, docNo: CATALOGUE.docNo, date: CATALOGUE.date } as const;

const WS = /[\s\u3000\u00a0]+/g;

/**
 * Full names for departments the catalogue prints in short form, each where the source itself prints it
 * (the quote is checked against the source by the build). 「市X」 in a 吕梁 gazette is 吕梁市X, so a quote
 * 「市文化和旅游局」 supports 吕梁市文化和旅游局. 吕梁市税务局 stays as printed: its national form is printed nowhere.
 */
const FULL_NAMES: Record<string, { name: string; source: SourceRef }> = {
	吕梁市人社局: {
		name: '吕梁市人力资源和社会保障局',
		// The provider column of the department's own first row.
		source: {
			file: '000',
			line: 1192,
			docNo: CATALOGUE_DOC.docNo,
			date: CATALOGUE_DOC.date,
			quote: '吕梁市人力资源和社会保障局'
		}
	},
	吕梁市文化旅游局: {
		name: '吕梁市文化和旅游局',
		source: { file: '000', line: 1310, docNo: CATALOGUE_DOC.docNo, date: CATALOGUE_DOC.date, quote: '市文化和旅游局' }
	},
	吕梁市市场监管局: {
		name: '吕梁市市场监督管理局',
		source: {
			file: '002',
			line: 2147,
			docNo: '吕政办发〔2023〕32号',
			date: '2023-12-02',
			quote: '咨询单位：吕梁市市场监督管理局'
		}
	},
	规划和自然资源局: {
		name: '吕梁市规划和自然资源局',
		source: {
			file: '001',
			line: 499,
			docNo: '吕政发〔2022〕4号',
			date: '2022-04-21',
			quote: '咨询单位：吕梁市规划和自然资源局'
		}
	}
};

/** Numbers that are emergency lines nationwide; every other catalogue number is a service line. */
const EMERGENCY_NUMBERS = new Set(['110', '119', '120', '122']);
/** Short hotline numbers inside 事项名称 (12348, 96302, 120 …). Only that cell: 编号 110/119/120/122 exist too. */
const HOTLINE_NUMBER = /(?<!\d)(1\d{2,4}|96\d{3})(?!\d)/g;
/** What is left of a hotline's name once these words go is what a citizen calls it for. */
const HOTLINE_WORDS = /(热线服务|热线|电话|服务)$/;

/** 「法律援助热线服务」 → 法律援助; a bare office name (「工商局热线服务」 → 工商局) says nothing, so the name stays. */
function hotlinePurpose(name: string): string {
	const purpose = name.replace(HOTLINE_WORDS, '');
	return purpose.length >= 2 && !purpose.endsWith('局') ? purpose : name;
}

/** ASCII slug from the pinyin of a Chinese name (吕 → lv); the 「吕梁市」 prefix is dropped. */
export function slugify(name: string): string {
	const bare = name.replace(WS, '');
	const short = bare.startsWith(CITY) && bare.length > CITY.length ? bare.slice(CITY.length) : bare;
	const syllables = pinyin(short, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
	const slug = syllables
		.join('')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');
	if (!slug) throw new Error(`no slug for 「${name}」`);
	return slug;
}

/** Keeps one id per name: two different names with the same slug would silently merge records. */
class SlugRegistry {
	private readonly names = new Map<string, string>();
	constructor(private readonly kind: string) {}
	id(name: string, path: string, line: number): string {
		const id = slugify(name);
		const other = this.names.get(id);
		if (other !== undefined && other !== name) {
			throw new SourceError(path, line, `${this.kind} id ${id} is shared by 「${other}」 and 「${name}」`);
		}
		this.names.set(id, name);
		return id;
	}
}

/** 「市文化和旅游局」 → 吕梁市文化和旅游局; 市县…, 市级…, 市局… name several offices or an unnamed one and stay. */
function expandCity(name: string): string {
	return /^市(?![县级局])/.test(name) ? `吕梁${name}` : name;
}

/** The units named in a 服务提供单位 cell, printed form and normalised name. */
export function providerNames(raw: string): { printed: string; name: string }[] {
	const parts = raw.trim().split(WS).filter(Boolean);
	// 000:1097 prints two units in one cell, separated by a space, each a full name with the city prefix.
	const printed = parts.length > 1 && parts.every((p) => p.startsWith(CITY)) ? parts : [raw.trim()];
	return printed.map((p) => {
		const name = expandCity(p.replace(WS, ''));
		return { printed: p, name: FULL_NAMES[name]?.name ?? name };
	});
}

export function providerScope(name: string): Provider['scope'] {
	if (name.startsWith('山西省')) return 'province';
	// 各县市区公安局派出所, 市县车辆管理所, 市县两级…, 公安机关…: not one office but any of several levels.
	if (/^(各县|市县|公安机关)/.test(name)) return 'multi-level';
	return 'city';
}

export interface CatalogueEntities {
	departments: Department[];
	providers: Provider[];
	services: Service[];
	hotlines: Hotline[];
	themes: Theme[];
}

function ref(row: CatalogueRow): SourceRef {
	return { file: CATALOGUE_DOC.file, line: row.line, docNo: CATALOGUE_DOC.docNo, date: CATALOGUE_DOC.date };
}

function pushUnique<T>(list: T[], value: T): void {
	if (!list.includes(value)) list.push(value);
}

const byNumber = (a: number, b: number): number => a - b;
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the catalogue's entities. `path` names the source file in errors. */
export function catalogueEntities(rows: CatalogueRow[], path: string): CatalogueEntities {
	const deptIds = new SlugRegistry('department');
	const provIds = new SlugRegistry('provider');
	const departments = new Map<string, Department>();
	const resolvedNames = new Map<string, string>();
	const providers = new Map<string, Provider>();
	const hotlines = new Map<string, Hotline>();
	const themes = new Map<string, Theme>();
	const services: Service[] = [];

	for (const row of rows) {
		const departmentId = deptIds.id(row.department, path, row.line);
		let dept = departments.get(departmentId);
		if (!dept) {
			const full = FULL_NAMES[row.department];
			dept = {
				id: departmentId,
				name: full?.name ?? row.department,
				printedNames: [],
				firstService: row.no,
				lastService: row.no,
				serviceCount: 0,
				source: ref(row)
			};
			if (full) dept.nameSource = full.source;
			departments.set(departmentId, dept);
			resolvedNames.set(departmentId, row.department);
		}
		// A lone 「吕梁市」 or 「发展和改革委员会」 is half a name split by a page break, not a printed form.
		if (row.departmentCell && row.departmentCell.replace(WS, '') === row.department) {
			pushUnique(dept.printedNames, row.departmentCell);
		}
		dept.lastService = row.no;
		dept.serviceCount++;

		const providerIds: string[] = [];
		for (const { printed, name } of providerNames(row.providerRaw)) {
			const id = provIds.id(name, path, row.line);
			let prov = providers.get(id);
			if (!prov) {
				prov = {
					id,
					name,
					printedNames: [],
					scope: providerScope(name),
					departmentIds: [],
					serviceIds: [],
					source: ref(row)
				};
				providers.set(id, prov);
			}
			pushUnique(prov.printedNames, printed);
			pushUnique(prov.departmentIds, departmentId);
			prov.serviceIds.push(row.no);
			pushUnique(providerIds, id);
		}

		const hotlineIds: string[] = [];
		for (const m of row.name.matchAll(HOTLINE_NUMBER)) {
			const number = m[1] ?? '';
			if (hotlines.has(number)) throw new SourceError(path, row.line, `hotline ${number} named by two services`);
			const name = row.name.replace(number, '').replace(/[“”"]/g, '').replace(WS, '');
			hotlines.set(number, {
				id: number,
				number,
				name,
				purpose: hotlinePurpose(name),
				owner: providerNames(row.providerRaw)[0]?.name ?? row.department,
				departmentId,
				serviceIds: [row.no],
				category: EMERGENCY_NUMBERS.has(number) ? 'emergency' : 'service',
				source: ref(row)
			});
			hotlineIds.push(number);
		}

		const theme = themes.get(row.theme);
		if (theme) theme.count++;
		else themes.set(row.theme, { name: row.theme, count: 1 });

		const service: Service = {
			id: row.no,
			name: row.name,
			nameRaw: row.nameRaw,
			theme: row.theme,
			type: row.type,
			typeRaw: row.typeRaw,
			departmentId,
			providerIds,
			providerRaw: row.providerRaw,
			hotlineIds,
			source: ref(row)
		};
		if (row.note) service.note = row.note;
		services.push(service);
	}

	for (const [id, d] of departments) {
		// A name printed only in halves across a page break is known by the joined form.
		if (d.printedNames.length === 0) d.printedNames.push(resolvedNames.get(id) ?? d.name);
	}
	for (const p of providers.values()) {
		p.departmentIds.sort(byCodePoint);
		p.serviceIds.sort(byNumber);
	}
	return {
		departments: [...departments.values()].sort((a, b) => byCodePoint(a.id, b.id)),
		providers: [...providers.values()].sort((a, b) => byCodePoint(a.id, b.id)),
		services: services.sort((a, b) => a.id - b.id),
		hotlines: [...hotlines.values()].sort((a, b) => byCodePoint(a.id, b.id)),
		themes: [...themes.values()]
	};
}
