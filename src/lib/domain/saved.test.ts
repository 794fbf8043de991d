import { describe, expect, it } from 'vitest';
import { loadBuiltBundle } from '$lib/server/bundle-fs';
import { Dataset, type BundleSections } from './dataset';
import { MAX_SHARED_ITEMS, shareIds, itemKey, parseIdsParam, parseKey, resolveItems } from './saved';

const built = loadBuiltBundle();
const ds = new Dataset(built.manifest, built.sections as BundleSections);

describe('item keys and shared list links', () => {
	it('parses the keys a shared link carries, dropping malformed and repeated ones', () => {
		expect(parseKey('service-35')).toEqual({ kind: 'service', id: '35', key: 'service-35' });
		expect(parseKey('hotline-12333')?.id).toBe('12333');
		for (const bad of ['service-0', 'service-abc', 'svc-1', '-1', 'service-', 'benefit-Ab', 'hotline-<x>']) {
			expect(parseKey(bad)).toBeNull();
		}
		expect(parseIdsParam(' service-35,SERVICE-35,,bad,hotline-12333 ').map((r) => r.key)).toEqual([
			'service-35',
			'hotline-12333'
		]);
		expect(parseIdsParam(null)).toEqual([]);
		const many = Array.from({ length: MAX_SHARED_ITEMS + 10 }, (_, i) => itemKey('service', i + 1)).join(',');
		expect(parseIdsParam(many)).toHaveLength(MAX_SHARED_ITEMS);
		expect(shareIds(['service-1', 'hotline-12345']).param).toBe('service-1,hotline-12345');
	});

	it('别人分享的清单在另一部手机上用数据包里的名称打开', () => {
		const benefit = ds.section<{ benefits: { id: string; shortTitle: string }[] }>('benefits')?.benefits[0];
		expect(benefit).toBeDefined();
		const refs = parseIdsParam(`service-35,benefit-${benefit!.id},hotline-12333,service-9999`);
		const { items, missing } = resolveItems(ds, refs);
		expect(items.map((i) => i.key)).toEqual(['service-35', `benefit-${benefit!.id}`, 'hotline-12333']);
		expect(items[0]).toMatchObject({ title: ds.services.get(35)!.name, href: '/service/35' });
		expect(items[1]).toMatchObject({ title: benefit!.shortTitle, href: `/benefit/${benefit!.id}` });
		expect(items[2]).toMatchObject({ href: '/hotlines#h-12333', phone: { number: '12333' } });
		expect(missing.map((m) => m.key)).toEqual(['service-9999']);
	});
});
