import { describe, expect, it } from 'vitest';
import type { BundleManifest } from '$lib/domain/schema';
import { searchIndexFile } from './search-index';

const file = (name: string, region?: string) => ({
	name,
	path: `data/${name}.0123456789abcdef.json`,
	bytes: 1,
	sha256: '0'.repeat(64),
	sri: `sha256-${name}`,
	...(region ? { region } : {})
});
const manifest = (files: ReturnType<typeof file>[]) => ({ version: 'v', sourceDate: '2023-12-29', files, counts: {} }) as unknown as BundleManifest;

describe('搜索页先下载搜索索引', () => {
	it('整包数据：预加载唯一的搜索索引，带完整性校验', () => {
		expect(searchIndexFile(manifest([file('core'), file('search'), file('benefits')]), '/app')).toEqual({
			href: '/app/data/search.0123456789abcdef.json',
			integrity: 'sha256-search'
		});
	});
	it('按地区拆分的数据没有单一索引，不预加载', () => {
		expect(searchIndexFile(manifest([file('core'), file('search-base'), file('search-r1', 'r1')]), '')).toBeNull();
		expect(searchIndexFile(manifest([file('core')]), '')).toBeNull();
	});
});
