/**
 * Which CSS the target engines cannot use, by caniuse data (doiuse), for the gate (scripts/check-compat.ts) and for
 * the old-engine browser test, which serves the build with exactly those rules removed (tests/e2e/old-engine.spec.ts).
 * The engines are the `browserslist` entry of package.json: WeChat's Chrome-86-era Android engine, iOS 14.5+ WebView.
 */
import { readFileSync } from 'node:fs';
import postcss, { type AtRule, type Declaration, type Node, type Rule } from 'postcss';
import doiuse from 'doiuse';

export interface CssFinding {
	feature: string;
	message: string;
	line: number;
	column: number;
	/** The rule's selector or the declaration, for the report. */
	text: string;
	/** The allow-list's reason, when the use is harmless. */
	allowed?: string;
}

interface Allowed {
	feature: string;
	/** Only this kind of use is harmless; other uses of the same feature still fail. */
	applies: (node: Node) => boolean;
	/** True when the target engines apply the declaration as written (caniuse's "partial" is about other values). */
	kept: boolean;
	reason: string;
}

const decl = (node: Node): Declaration | null => (node.type === 'decl' ? (node as Declaration) : null);
const SINGLE_OVERFLOW = /^(visible|hidden|scroll|auto)$/;

/** Harmless partial support, each with why. Anything not listed here fails the gate. */
export const ALLOWED: readonly Allowed[] = [
	{
		feature: 'css-logical-props',
		applies: (n) => /^(margin|padding)-(block|inline)-(start|end)$/.test(decl(n)?.prop ?? ''),
		kept: true,
		reason:
			'margin/padding-*-start/-end work since Chrome 69 and Safari 12.1; the partial support is about the shorthands and inset-*, not used'
	},
	{
		feature: 'css-overflow',
		applies: (n) => decl(n)?.prop === 'overflow' && SINGLE_OVERFLOW.test(decl(n)?.value.trim() ?? ''),
		kept: true,
		reason:
			'a single overflow keyword works everywhere; the partial support is about `overflow: clip` and the two-value form, not used'
	},
	{
		feature: 'text-decoration',
		applies: (n) => /^(text-decoration-thickness|text-underline-offset)$/.test(decl(n)?.prop ?? ''),
		kept: false,
		reason:
			'only the declaration is dropped: the link keeps its default underline, slightly thinner or closer to the text'
	},
	{
		feature: 'css-focus-visible',
		applies: (n) => n.type === 'rule' && (n as Rule).selector.includes(':focus-visible'),
		kept: false,
		reason:
			'iOS before 15.4 drops the custom focus ring rule and draws its own focus ring instead; Chrome 86 supports it'
	},
	{
		feature: 'css-paged-media',
		applies: (n) => n.type === 'atrule' && (n as AtRule).name === 'page',
		kept: false,
		reason: 'print only: iOS ignores @page and prints the 一次性告知单 on its default paper size and margins'
	}
];

/** The `browserslist` entry of package.json: the one list the CSS gate, eslint-plugin-compat and the test share. */
export function targetBrowsers(): string[] {
	const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
		browserslist: string[];
	};
	return pkg.browserslist;
}

function describe(node: Node): string {
	if (node.type === 'rule') return (node as Rule).selector;
	if (node.type === 'decl') return `${(node as Declaration).prop}: ${(node as Declaration).value}`;
	if (node.type === 'atrule') return `@${(node as AtRule).name} ${(node as AtRule).params}`;
	return node.type;
}

interface Usage {
	finding: CssFinding;
	node: Node;
	rule?: Allowed;
}

function usages(css: string, browsers: string[], from: string): Usage[] {
	const found: Usage[] = [];
	const root = postcss.parse(css, { from });
	const plugin = doiuse({
		browsers,
		onFeatureUsage: ({ feature, usage, message }) => {
			const rule = ALLOWED.find((a) => a.feature === feature && a.applies(usage));
			const start = usage.source?.start;
			found.push({
				node: usage,
				rule,
				finding: {
					feature,
					message: message.replace(/^[^:]*:\d+:\d+: /, ''),
					line: start?.line ?? 0,
					column: start?.column ?? 0,
					text: describe(usage).slice(0, 160),
					...(rule ? { allowed: rule.reason } : {})
				}
			});
		}
	});
	// doiuse walks the tree synchronously; the Result is only where it would put warnings.
	plugin.postcss(root, new postcss.Result(postcss(), root, { from }));
	return found;
}

/** Every use of a feature the engines lack or only partly support; `allowed` marks the harmless ones. */
export function cssFindings(css: string, browsers: string[] = targetBrowsers(), from = 'inline.css'): CssFinding[] {
	return usages(css, browsers, from).map((u) => u.finding);
}

/**
 * The CSS as an engine of `browsers` sees it: every rule whose selector it cannot parse is gone (the whole rule, as
 * engines drop it), and every declaration it does not know. Allow-listed uses it applies as written are kept.
 */
export function asOldEngineSees(css: string, browsers: string[] = ['chrome 86']): string {
	const root = postcss.parse(css);
	const drop = new Set<Node>();
	const plugin = doiuse({
		browsers,
		onFeatureUsage: ({ feature, usage }) => {
			const rule = ALLOWED.find((a) => a.feature === feature && a.applies(usage));
			if (!rule?.kept) drop.add(usage);
		}
	});
	plugin.postcss(root, new postcss.Result(postcss(), root, {}));
	for (const node of drop) node.remove();
	return root.toString();
}

/** The contents of the inline `<style>` elements of an HTML page. */
export function inlineStyles(html: string): string[] {
	return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
}
