/**
 * Open data: the catalogue published as Open Referral HSDS 3.0 static JSON (open-data/hsds/ in the site):
 *   index.json                      the API root: version, profile, openapi_url
 *   services.json                   every service, as one HSDS page (total_items … contents)
 *   services/{id}.json              each service with its phones
 *   organizations.json, organizations/{id}.json   the departments (填报单位) and the providers (服务提供单位)
 *   phones.json                     the hotlines
 * Ids are UUIDv5 of the project's own ids, so they never change between builds. Every record carries its citation
 * (gazette file, line, 文号, date) as an attribute (link_type "citation") and its source date in metadata.
 * Checked with ajv (draft 2020-12) against the official schemas in data/hsds-3.0/, with every object closed to
 * fields the schema does not define: a field HSDS does not have stops the build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { CoreData, Department, Hotline, Provider, Service, SourceRef } from '#lib/domain/schema';
import { isNational } from '#lib/domain/format/citation';
import { GAZETTES, NATIONAL_FILES } from './sources';

export const HSDS_VERSION = '3.0';
export const HSDS_SCHEMA_DIR = join(import.meta.dirname, '..', '..', 'data', 'hsds-3.0');
/** Where the published files are described (the /open-data page) and the official OpenAPI description. */
export const HSDS_PROFILE = 'https://openreferral.org/imports/hsds/';
export const HSDS_OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';
/** The project's namespace for UUIDv5 ids: itself a v5 id of the project's name in the RFC 4122 URL namespace. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
const LOCAL_AREA_CODE_DIGITS = 7;
const PUBLISHER = '吕梁办事通（据吕梁市人民政府公报整理）';

export function uuidv5(name: string, namespace: string): string {
	const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
	const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
	hash[6] = (hash[6]! & 0x0f) | 0x50;
	hash[8] = (hash[8]! & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const NAMESPACE = uuidv5('https://github.com/lvliang-banshitong/hsds', URL_NAMESPACE);
export const hsdsId = (kind: string, id: string | number): string => uuidv5(`${kind}:${id}`, NAMESPACE);

type Json = Record<string, unknown>;

/** The citation as one line a person can follow: 吕梁市人民政府公报 2019年第2号（源文件 000）第 N 行，文号，日期 (or the national excerpt). */
export function citationText(ref: SourceRef): string {
	const lines = ref.lineEnd && ref.lineEnd !== ref.line ? `第 ${ref.line}–${ref.lineEnd} 行` : `第 ${ref.line} 行`;
	const where = isNational(ref.file)
		? `国家文件摘录（data/sources/${NATIONAL_FILES[ref.file]}）`
		: `吕梁市人民政府公报 ${GAZETTES[ref.file].issue}（源文件 ${ref.file}）`;
	const parts = [`${where}${lines}`];
	if (ref.docNo) parts.push(ref.docNo);
	parts.push(ref.date);
	return parts.join('，');
}

function provenance(
	kind: string,
	id: string,
	ref: SourceRef,
	entity: string
): { attributes: Json[]; metadata: Json[] } {
	return {
		attributes: [
			{
				id: hsdsId(`${kind}-citation`, id),
				link_id: hsdsId(kind, id),
				link_entity: entity,
				link_type: 'citation',
				value: citationText(ref)
			},
			{
				id: hsdsId(`${kind}-source-file`, id),
				link_id: hsdsId(kind, id),
				link_entity: entity,
				link_type: 'source_file',
				value: ref.file
			},
			{
				id: hsdsId(`${kind}-source-line`, id),
				link_id: hsdsId(kind, id),
				link_entity: entity,
				link_type: 'source_line',
				value: String(ref.line)
			},
			...(ref.docNo
				? [
						{
							id: hsdsId(`${kind}-doc-no`, id),
							link_id: hsdsId(kind, id),
							link_entity: entity,
							link_type: 'source_doc_no',
							value: ref.docNo
						}
					]
				: [])
		],
		metadata: [
			{
				id: hsdsId(`${kind}-metadata`, id),
				resource_id: hsdsId(kind, id),
				resource_type: entity,
				last_action_date: ref.date,
				last_action_type: 'create',
				field_name: '*',
				previous_value: '',
				replacement_value: citationText(ref),
				updated_by: PUBLISHER
			}
		]
	};
}

/** As dialled: local 7-digit numbers with the 0358 area code. */
function dialNumber(h: Hotline): string {
	return h.areaCode && h.number.length === LOCAL_AREA_CODE_DIGITS ? `${h.areaCode}-${h.number}` : h.number;
}

function phone(h: Hotline, link: { service_id?: string; organization_id?: string } = {}): Json {
	// Nested copies keep the hotline's id suffix apart per owner, so every phone record has its own id.
	const key = link.service_id
		? `${h.id}@${link.service_id}`
		: link.organization_id
			? `${h.id}@${link.organization_id}`
			: h.id;
	const p = provenance('phone', key, h.source, 'phone');
	return {
		id: hsdsId('phone', key),
		...link,
		number: dialNumber(h),
		type: 'voice',
		description: `${h.name}：${h.purpose}（${h.owner}）`,
		languages: [],
		...p
	};
}

function organization(
	kind: 'department' | 'provider',
	rec: Department | Provider,
	description: string,
	extra: Json
): Json {
	const p = provenance(`organization-${kind}`, rec.id, rec.source, 'organization');
	return {
		id: hsdsId(`organization-${kind}`, rec.id),
		name: rec.name,
		...(rec.printedNames.length && rec.printedNames[0] !== rec.name
			? { alternate_name: rec.printedNames.join('；') }
			: {}),
		description,
		...extra,
		attributes: p.attributes.map((a) => ({ ...a, link_id: hsdsId(`organization-${kind}`, rec.id) })),
		metadata: p.metadata.map((m) => ({ ...m, resource_id: hsdsId(`organization-${kind}`, rec.id) }))
	};
}

const SCOPE: Record<Provider['scope'], string> = {
	city: '市级',
	county: '县级',
	'multi-level': '市县多级',
	province: '省级'
};

function service(s: Service, hotlines: Map<string, Hotline>, providers: Map<string, Provider>): Json {
	const id = hsdsId('service', s.id);
	const p = provenance('service', String(s.id), s.source, 'service');
	const providerNames = s.providerIds.map((pid) => providers.get(pid)?.name ?? pid);
	return {
		id,
		organization_id: hsdsId('organization-department', s.departmentId),
		name: s.name,
		...(s.nameRaw !== s.name ? { alternate_name: s.nameRaw } : {}),
		description: [
			`服务主题：${s.theme}`,
			`服务类型：${s.type}`,
			`服务提供单位：${providerNames.join('、')}`,
			...(s.note ? [`备注：${s.note}`] : [])
		].join('；'),
		status: 'active',
		phones: s.hotlineIds.flatMap((hid) => {
			const h = hotlines.get(hid);
			return h ? [phone(h, { service_id: id })] : [];
		}),
		attributes: [
			...p.attributes,
			{
				id: hsdsId('service-number', s.id),
				link_id: id,
				link_entity: 'service',
				link_type: 'catalogue_number',
				value: String(s.id)
			},
			...s.providerIds.map((pid) => ({
				id: hsdsId('service-provider', `${s.id}:${pid}`),
				link_id: id,
				link_entity: 'service',
				link_type: 'provider_organization_id',
				value: hsdsId('organization-provider', pid)
			}))
		],
		metadata: p.metadata
	};
}

/** An HSDS page holding all items (a static site has no ?page= parameter). */
function page(items: Json[]): Json {
	return {
		total_items: items.length,
		total_pages: 1,
		page_number: 1,
		size: items.length,
		first_page: true,
		last_page: true,
		empty: items.length === 0,
		contents: items
	};
}

export interface HsdsExport {
	/** Path under open-data/hsds/ → record. */
	files: Map<string, unknown>;
	services: Json[];
	organizations: Json[];
	phones: Json[];
}

export function toHsds(core: CoreData): HsdsExport {
	const hotlines = new Map(core.hotlines.map((h) => [h.id, h]));
	const providers = new Map(core.providers.map((p) => [p.id, p]));
	const byId = <T extends { id: number | string }>(a: T[]) =>
		[...a].sort((x, y) => String(x.id).localeCompare(String(y.id), 'en', { numeric: true }));
	const services = byId(core.services).map((s) => service(s, hotlines, providers));
	const departments = byId(core.departments).map((d) => {
		const orgId = hsdsId('organization-department', d.id);
		return organization(
			'department',
			d,
			`吕梁市市级公共服务事项目录的填报单位，负责 ${d.serviceCount} 项服务（编号 ${d.firstService}–${d.lastService}）。`,
			{
				phones: core.hotlines.filter((h) => h.departmentId === d.id).map((h) => phone(h, { organization_id: orgId }))
			}
		);
	});
	const providerOrgs = byId(core.providers).map((p) =>
		organization('provider', p, `${SCOPE[p.scope]}服务提供单位，提供 ${p.serviceIds.length} 项服务。`, {
			...(p.departmentIds.length === 1
				? { parent_organization_id: hsdsId('organization-department', p.departmentIds[0]!) }
				: {})
		})
	);
	const organizations = [...departments, ...providerOrgs];
	const phones = byId(core.hotlines).map((h) =>
		phone(h, h.departmentId ? { organization_id: hsdsId('organization-department', h.departmentId) } : {})
	);

	const files = new Map<string, unknown>();
	files.set('index.json', { version: HSDS_VERSION, profile: HSDS_PROFILE, openapi_url: HSDS_OPENAPI_URL });
	files.set('services.json', page(services));
	for (const s of services) files.set(`services/${s.id}.json`, s);
	files.set('organizations.json', page(organizations));
	for (const o of organizations) files.set(`organizations/${o.id}.json`, o);
	files.set('phones.json', page(phones));
	return { files, services, organizations, phones };
}

/** Adds `additionalProperties: false` to every object schema, so a field HSDS does not define is an error. */
function closed(schema: unknown): unknown {
	if (Array.isArray(schema)) return schema.map(closed);
	if (!schema || typeof schema !== 'object') return schema;
	const out: Json = {};
	for (const [k, v] of Object.entries(schema))
		out[k] =
			k === 'properties' ? Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, closed(s)])) : closed(v);
	if ('properties' in out && !('additionalProperties' in out)) out.additionalProperties = false;
	return out;
}

const SCHEMA_BASE = 'https://hsds.invalid/schema/';

export interface HsdsValidator {
	service: ValidateFunction;
	organization: ValidateFunction;
	phone: ValidateFunction;
}

/** Ajv (draft 2020-12) with the official object schemas, each object closed to undefined fields. */
export function hsdsValidator(dir = HSDS_SCHEMA_DIR): HsdsValidator {
	const ajv = new Ajv2020({ strict: false, allErrors: true });
	addFormats.default(ajv);
	for (const name of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
		const schema = closed(JSON.parse(readFileSync(join(dir, name), 'utf8'))) as Json;
		ajv.addSchema({ ...schema, $id: `${SCHEMA_BASE}${name}` });
	}
	const get = (name: string) => {
		const v = ajv.getSchema(`${SCHEMA_BASE}${name}.json`);
		if (!v) throw new Error(`${dir}/${name}.json: schema missing`);
		return v;
	};
	return { service: get('service'), organization: get('organization'), phone: get('phone') };
}

/** Every problem as `<path>: <instance path> <message>`. */
export function validateHsds(out: HsdsExport, v: HsdsValidator = hsdsValidator()): string[] {
	const problems: string[] = [];
	const check = (validate: ValidateFunction, path: string, rec: unknown) => {
		if (validate(rec)) return;
		for (const e of validate.errors ?? [])
			problems.push(
				`open-data/hsds/${path}: ${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`
			);
	};
	for (const [path, rec] of out.files) {
		if (path.startsWith('services/')) check(v.service, path, rec);
		else if (path.startsWith('organizations/')) check(v.organization, path, rec);
	}
	out.phones.forEach((p, i) => check(v.phone, `phones.json#/contents/${i}`, p));
	const ids = [...out.services, ...out.organizations, ...out.phones].map((r) => r.id);
	if (new Set(ids).size !== ids.length) problems.push('open-data/hsds: duplicate ids');
	return problems;
}

/** Writes the export (sorted, stable JSON) after validating it; throws with every problem otherwise. */
export function writeHsds(core: CoreData, outDir: string): HsdsExport {
	const out = toHsds(core);
	const problems = validateHsds(out);
	if (problems.length) throw new Error(`HSDS 3.0 export is invalid:\n${problems.slice(0, 50).join('\n')}`);
	rmSync(outDir, { recursive: true, force: true });
	for (const [path, rec] of out.files) {
		mkdirSync(join(outDir, path, '..'), { recursive: true });
		writeFileSync(join(outDir, path), JSON.stringify(rec));
	}
	return out;
}

/** The tables of the HSDS tabular form this export fills, in the schemas' own order. */
const TABLES = ['organization', 'service', 'attribute', 'phone', 'metadata'] as const;
type Table = (typeof TABLES)[number];
const TABLE_FORMATS = new Set(['uuid', 'email', 'uri']);

interface Field {
	name: string;
	type: string;
	format?: string;
}

function scalarFields(schema: Json): Field[] {
	return Object.entries(schema.properties as Record<string, Json>)
		.filter(([, p]) => ['string', 'number', 'integer', 'boolean'].includes(String(p.type)))
		.map(([name, p]) => ({
			name,
			type: String(p.datapackage_type ?? p.type),
			...(TABLE_FORMATS.has(String(p.format)) ? { format: String(p.format) } : {})
		}));
}

function csvCell(v: unknown): string {
	if (v === undefined || v === null) return '';
	const s = String(v);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The HSDS tabular form: one CSV per table (every scalar field of its schema as a column) and a Frictionless
 * datapackage.json describing them, with the nested attributes, phones and metadata flattened into their tables.
 */
export function toTabular(out: HsdsExport, dir = HSDS_SCHEMA_DIR): Map<string, string> {
	const rows: Record<Table, Map<string, Json>> = {
		organization: new Map(),
		service: new Map(),
		attribute: new Map(),
		phone: new Map(),
		metadata: new Map()
	};
	const add = (table: Table, rec: Json) => {
		rows[table].set(String(rec.id), rec);
		for (const a of (rec.attributes as Json[] | undefined) ?? []) rows.attribute.set(String(a.id), a);
		for (const m of (rec.metadata as Json[] | undefined) ?? []) rows.metadata.set(String(m.id), m);
		for (const p of (rec.phones as Json[] | undefined) ?? []) add('phone', p);
	};
	for (const o of out.organizations) add('organization', o);
	for (const s of out.services) add('service', s);
	for (const p of out.phones) add('phone', p);

	const files = new Map<string, string>();
	const resources: Json[] = [];
	for (const table of TABLES) {
		const schema = JSON.parse(readFileSync(join(dir, `${table}.json`), 'utf8')) as Json;
		const fields = scalarFields(schema);
		const path = String(schema.path);
		const records = [...rows[table].values()].sort((a, b) => String(a.id).localeCompare(String(b.id)));
		const lines = [
			fields.map((f) => f.name).join(','),
			...records.map((r) => fields.map((f) => csvCell(r[f.name])).join(','))
		];
		files.set(path, `${lines.join('\r\n')}\r\n`);
		const meta = schema.datapackage_metadata as Json;
		resources.push({
			name: String(schema.name),
			path,
			profile: meta.profile,
			format: meta.format,
			mediatype: meta.mediatype,
			encoding: 'utf-8',
			schema: { fields, primaryKey: 'id' }
		});
	}
	files.set(
		'datapackage.json',
		JSON.stringify({
			name: 'lvliang-banshitong-hsds',
			title: '吕梁办事通 · 吕梁市公共服务事项（HSDS 3.0 表格）',
			profile: 'tabular-data-package',
			resources
		})
	);
	return files;
}

export function writeTabular(out: HsdsExport, outDir: string): void {
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	for (const [path, text] of toTabular(out)) writeFileSync(join(outDir, path), text);
}
