/** doiuse ships types but its package.json `exports` does not point at them; what css-compat.ts uses. */
declare module 'doiuse' {
	import type { Node, Result, Root } from 'postcss';
	interface FeatureUsage {
		feature: string;
		usage: Node;
		message: string;
	}
	interface Options {
		browsers?: string | string[];
		ignore?: string[];
		onFeatureUsage?: (usage: FeatureUsage) => void;
	}
	export default function doiuse(options?: Options): { postcss: (root: Root, result: Result) => unknown };
}
