import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentVersion } from './content-version.js';

/** A project folder with two inputs, one of them a folder. */
function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'version-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}
const INPUTS = ['src', 'app.config.js'];

describe('应用版本号 (SvelteKit version.name)', () => {
	it('重新构建没改过的代码：版本号不变，装在手机上的应用不会提示新版本、不会重新下载', () => {
		const files = { 'src/a.ts': 'export const a = 1;', 'src/sub/b.svelte': '<p>b</p>', 'app.config.js': 'x' };
		const first = project(files);
		// The same files written in the other order: the version does not depend on the disk's listing order.
		const second = project(Object.fromEntries(Object.entries(files).reverse()));
		expect(contentVersion(first, INPUTS)).toBe(contentVersion(second, INPUTS));
		expect(contentVersion(first, INPUTS)).toMatch(/^[0-9a-f]{12}$/);
	});

	it('改了一个字节、改了文件名或加了文件：版本号变了，应用会提示更新', () => {
		const root = project({ 'src/a.ts': 'export const a = 1;', 'app.config.js': 'x' });
		const seen = new Set([contentVersion(root, INPUTS)]);
		writeFileSync(join(root, 'src/a.ts'), 'export const a = 2;');
		seen.add(contentVersion(root, INPUTS));
		renameSync(join(root, 'src/a.ts'), join(root, 'src/b.ts'));
		seen.add(contentVersion(root, INPUTS));
		writeFileSync(join(root, 'app.config.js'), 'x');
		writeFileSync(join(root, 'src/c.ts'), '');
		seen.add(contentVersion(root, INPUTS));
		expect(seen.size).toBe(4);
	});

	it('the built site carries the version of the sources it was built from, not the build time', () => {
		const built = JSON.parse(readFileSync('build/_app/version.json', 'utf8')) as { version: string };
		expect(built.version).toMatch(/^[0-9a-f]{12}$/);
	});
});
