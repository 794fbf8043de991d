import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ELDER_CLASS, ELDER_KEY } from '#lib/state/prefs.svelte';

describe('长辈版 before the first paint', () => {
	it("app.html's inline script reads the same key and sets the same class as the app", () => {
		const html = readFileSync('src/app.html', 'utf8');
		const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
		expect(script).toContain(`'${ELDER_KEY}'`);
		expect(script).toContain(`'${ELDER_CLASS}'`);
	});
});
