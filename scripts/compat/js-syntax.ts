/**
 * Syntax the target engines cannot parse, found in built JavaScript. One unparsable construct makes the engine
 * reject the whole chunk, so the page never becomes interactive. The limits (MDN browser-compat-data):
 * Chrome 86 and Safari 14.1 (iOS 14.5) parse ES2021 plus public and private class fields; they do not parse
 *   - top-level await (Chrome 89, Safari 15),
 *   - class static blocks (Chrome 94, Safari 16.4),
 *   - private methods and accessors `#m() {}` (Chrome 84 but Safari 15),
 *   - `#x in obj` brand checks (Chrome 91, Safari 15),
 *   - RegExp lookbehind (Safari 16.4) and the `d` flag (Chrome 90, Safari 15).
 * Chrome before 91 also runs a call with spread arguments inside an optional chain wrongly (crbug.com/v8/11558);
 * the build keeps `?.` as written (vite.config.ts), so such a call is refused here too.
 * acorn at ecmaVersion 2022 rejects anything newer than that (the RegExp `v` flag, `using`, …); the walk below
 * rejects the ES2022 parts the engines lack.
 */
import { parse, type Node } from 'acorn';

export interface SyntaxFinding {
	line: number;
	column: number;
	what: string;
}

const LOOKBEHIND = /(^|[^\\])\(\?<[=!]/;

interface AnyNode extends Node {
	[key: string]: unknown;
}

function isNode(v: unknown): v is AnyNode {
	return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}

function offences(node: AnyNode, inFunction: boolean): string | null {
	switch (node.type) {
		case 'StaticBlock':
			return 'class static block';
		case 'AwaitExpression':
			return inFunction ? null : 'top-level await';
		case 'ForOfStatement':
			return node.await && !inFunction ? 'top-level for await' : null;
		case 'MethodDefinition':
			return isNode(node.key) && node.key.type === 'PrivateIdentifier' ? 'private method or accessor (#m)' : null;
		case 'BinaryExpression':
			return node.operator === 'in' && isNode(node.left) && node.left.type === 'PrivateIdentifier' ? '#x in obj' : null;
		case 'ChainExpression':
			return spreadCallInChain(node) ? 'spread arguments in an optional chain (Chrome 86–90)' : null;
		case 'Literal': {
			const regex = node.regex as { pattern: string; flags: string } | undefined;
			if (!regex) return null;
			if (regex.flags.includes('d')) return 'RegExp d flag';
			return LOOKBEHIND.test(regex.pattern) ? 'RegExp lookbehind' : null;
		}
		default:
			return null;
	}
}

/** A call with `...args` along an optional chain (`a?.b(...c)`, `a?.(...c)`, `a?.b.c(...d)`). */
function spreadCallInChain(chain: AnyNode): boolean {
	let node = chain.expression as AnyNode | undefined;
	while (node) {
		if (node.type === 'CallExpression') {
			if ((node.arguments as AnyNode[]).some((a) => a.type === 'SpreadElement')) return true;
			node = node.callee as AnyNode;
		} else if (node.type === 'MemberExpression') node = node.object as AnyNode;
		else return false;
	}
	return false;
}

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** What in `code` the engines cannot parse; empty when every engine of the list can. */
export function syntaxFindings(code: string, sourceType: 'module' | 'script' = 'module'): SyntaxFinding[] {
	const found: SyntaxFinding[] = [];
	let ast: AnyNode;
	try {
		ast = parse(code, { ecmaVersion: 2022, sourceType, locations: true }) as unknown as AnyNode;
	} catch (e) {
		const err = e as { loc?: { line: number; column: number }; message: string };
		return [{ line: err.loc?.line ?? 0, column: err.loc?.column ?? 0, what: `not ES2022: ${err.message}` }];
	}
	// Iterative walk: minified chunks nest deeply enough to overflow a recursive one.
	const stack: [AnyNode, boolean][] = [[ast, false]];
	while (stack.length) {
		const [node, inFunction] = stack.pop() as [AnyNode, boolean];
		const what = offences(node, inFunction);
		if (what) found.push({ line: node.loc?.start.line ?? 0, column: node.loc?.start.column ?? 0, what });
		const inner = inFunction || FUNCTIONS.has(node.type);
		for (const [key, value] of Object.entries(node)) {
			if (key === 'loc') continue;
			if (Array.isArray(value)) for (const v of value) if (isNode(v)) stack.push([v, inner]);
			if (isNode(value)) stack.push([value, inner]);
		}
	}
	return found;
}
