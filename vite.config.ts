import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// WeChat's Android engine can be as old as Chrome 86 (see DESIGN.md).
	build: { target: ['chrome86', 'safari14'] },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/reliability/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30000
	}
});
