import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import compat from 'eslint-plugin-compat';
import svelteConfig from './svelte.config.js';
import path from 'node:path';

const ROUTES = path.resolve('src/routes');

/** The top-level route folder a file belongs to ('' for files directly in src/routes), or null outside it. */
function routeFolder(file) {
	const rel = path.relative(ROUTES, path.resolve(file));
	if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
	const parts = rel.split(path.sep);
	return parts.length > 1 ? parts[0] : '';
}

/**
 * Routes must not import each other's files: what two routes share belongs in $lib (ARCHITECTURE: one module
 * per idea). Relative imports that leave the importing file's top-level route folder are errors.
 */
const noCrossRouteImports = {
	meta: {
		type: 'problem',
		messages: { cross: 'Route "{{from}}" imports "{{spec}}" from route "{{to}}": move shared code to $lib.' }
	},
	create(context) {
		const from = routeFolder(context.filename);
		if (from === null) return {};
		const check = (node, spec) => {
			if (typeof spec !== 'string' || !spec.startsWith('.')) return;
			const to = routeFolder(path.resolve(path.dirname(context.filename), spec));
			if (to === null || to === from) return;
			context.report({ node, messageId: 'cross', data: { from: from || '/', to: to || '/', spec } });
		};
		return {
			ImportDeclaration: (node) => check(node, node.source.value),
			ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
			ExportAllDeclaration: (node) => check(node, node.source.value),
			ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value)
		};
	}
};

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
		files: ['src/routes/**/*.ts', 'src/routes/**/*.js', 'src/routes/**/*.svelte'],
		plugins: { local: { rules: { 'no-cross-route-imports': noCrossRouteImports } } },
		rules: { 'local/no-cross-route-imports': 'error' }
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
		// Browser specs take `test` from tests/e2e/base.ts, which sets the test start of the data download in the test's
		// context (Playwright's own `test` leaves the app's 5 s).
		files: ['tests/**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: '@playwright/test',
							importNames: ['test'],
							message: 'Import test from tests/e2e/base.ts (or returning-visitor.ts).'
						}
					]
				}
			]
		}
	},
	{
		// Browser APIs the phones of package.json's browserslist lack (issue 19); syntax is checked on the build.
		...compat.configs['flat/recommended'],
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/**/*.test.ts']
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'data/build/',
			'static/data/',
			'bench/results.json',
			'bench/reference/',
			'test-results/'
		]
	}
);
