import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltBundle } from '#lib/server/bundle-fs';
import { CoreData } from '#lib/domain/schema';
import { HSDS_SCHEMA_DIR, HSDS_VERSION, hsdsValidator, toHsds, toTabular, uuidv5, validateHsds } from './hsds';

const core = CoreData.parse(loadBuiltBundle().sections.core);
const validator = hsdsValidator();
const PUBLISHED = join('static', 'open-data', 'hsds');
const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

type Rec = Record<string, unknown> & { id: string; attributes: { link_type: string; value: string }[] };

describe('开放数据（HSDS 3.0）', () => {
	const out = toHsds(core);

	it('全部 372 项服务、34 个部门、各服务提供单位和热线都通过 HSDS 3.0 官方 JSON Schema 校验', () => {
		expect(out.services).toHaveLength(372);
		expect(out.services).toHaveLength(core.services.length);
		expect(out.organizations).toHaveLength(core.departments.length + core.providers.length);
		expect(core.departments).toHaveLength(34);
		expect(out.phones).toHaveLength(core.hotlines.length);
		expect(validateHsds(out, validator)).toEqual([]);
	});

	it('HSDS 没有的字段、错的状态或缺了名称都会被校验拦下', () => {
		const service = out.services[0]!;
		const bad = toHsds(core);
		bad.files.set(`services/${service.id}.json`, { ...service, wechat_id: 'x' });
		const problems = validateHsds(bad, validator);
		expect(problems.join('\n')).toContain('wechat_id');
		expect(validator.service({ ...service, status: 'open' })).toBe(false);
		const { name: _name, ...nameless } = service;
		expect(validator.service(nameless)).toBe(false);
		expect(validator.phone({ ...out.phones[0]!, attributes: [{ id: 'not-a-uuid' }] })).toBe(false);
	});

	it('每条记录都注明出处：公报期号、行号、文号和日期', () => {
		for (const rec of [...out.services, ...out.organizations, ...out.phones] as Rec[]) {
			const citation = rec.attributes.find((a) => a.link_type === 'citation');
			expect(citation?.value, rec.id).toMatch(
				/^(吕梁市人民政府公报 |国家文件摘录).+第 \d+(–\d+)? 行，.*\d{4}-\d{2}-\d{2}$/
			);
		}
		const s35 = out.services.find((s) =>
			(s as Rec).attributes.some((a) => a.link_type === 'catalogue_number' && a.value === '35')
		) as Rec;
		const ref = core.services.find((s) => s.id === 35)!.source;
		expect(s35.attributes.find((a) => a.link_type === 'source_line')?.value).toBe(String(ref.line));
	});

	it('编号是固定的 UUIDv5：重新生成不变', () => {
		// RFC 4122 test vector.
		expect(uuidv5('www.example.com', DNS_NAMESPACE)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
		expect(toHsds(core).services.map((s) => s.id)).toEqual(out.services.map((s) => s.id));
		expect(new Set(out.services.map((s) => s.id)).size).toBe(372);
	});

	it('构建发布的文件就是校验过的内容：入口、分页列表和每项服务一个文件', () => {
		const index = JSON.parse(readFileSync(join(PUBLISHED, 'index.json'), 'utf8'));
		expect(index).toEqual({
			version: HSDS_VERSION,
			profile: expect.stringMatching(/^https:\/\//),
			openapi_url: expect.stringMatching(/openapi\.json$/)
		});
		const list = JSON.parse(readFileSync(join(PUBLISHED, 'services.json'), 'utf8'));
		expect(list).toMatchObject({
			total_items: 372,
			total_pages: 1,
			page_number: 1,
			first_page: true,
			last_page: true,
			empty: false
		});
		expect(list.contents).toEqual(out.services);
		expect(readdirSync(join(PUBLISHED, 'services'))).toHaveLength(372);
		const one = out.services[100]!;
		expect(JSON.parse(readFileSync(join(PUBLISHED, 'services', `${one.id}.json`), 'utf8'))).toEqual(one);
	});

	it('仓库里带着官方 schema 的副本、说明和许可证', () => {
		for (const f of ['README.md', 'LICENSE', 'service.json', 'organization.json', 'phone.json', 'openapi.json']) {
			expect(existsSync(join(HSDS_SCHEMA_DIR, f)), f).toBe(true);
		}
		expect(JSON.parse(readFileSync(join(HSDS_SCHEMA_DIR, 'service.json'), 'utf8')).required).toEqual([
			'id',
			'name',
			'status'
		]);
	});

	it('表格形式：每张表一个 CSV，datapackage.json 描述全部列', () => {
		const tabular = toTabular(out);
		const pkg = JSON.parse(tabular.get('datapackage.json')!) as {
			resources: { path: string; schema: { fields: { name: string }[] } }[];
		};
		expect(pkg.resources.map((r) => r.path)).toEqual([
			'organizations.csv',
			'services.csv',
			'attributes.csv',
			'phones.csv',
			'metadata.csv'
		]);
		for (const r of pkg.resources) {
			const [header] = tabular.get(r.path)!.split('\r\n');
			expect(header, r.path).toBe(r.schema.fields.map((f) => f.name).join(','));
		}
		const services = tabular.get('services.csv')!.trimEnd().split('\r\n');
		expect(services).toHaveLength(1 + 372);
		expect(tabular.get('organizations.csv')!.trimEnd().split('\r\n')).toHaveLength(1 + out.organizations.length);
		expect(readFileSync(join('static', 'open-data', 'hsds-tabular', 'services.csv'), 'utf8')).toBe(
			tabular.get('services.csv')
		);
	});
});
