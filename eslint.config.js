import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Data text must never be rendered as HTML (reliability issue: content safety).
			'svelte/no-at-html-tags': 'error',
			// Links are built as `${base}/service/${id}` from data; resolve() only checks literal route ids.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/**/*.test.ts'],
		rules: {
			// WeChat's Chrome 86 lacks these; see DESIGN.md.
			'no-restricted-properties': [
				'error',
				{ property: 'at', message: 'Array.prototype.at is missing on Chrome 86 (WeChat).' },
				{ object: 'Intl', property: 'Segmenter', message: 'Intl.Segmenter is missing on Chrome 86.' },
				{ object: 'Promise', property: 'withResolvers', message: 'Missing on Chrome 86.' }
			],
			'no-restricted-globals': ['error', { name: 'structuredClone', message: 'Missing on Chrome 86 (WeChat).' }]
		}
	},
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'data/build/', 'static/data/', 'bench/results.json', 'bench/reference/', 'test-results/']
	}
);
