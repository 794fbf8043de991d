/**
 * SvelteKit's client starts the root component as a class: `new Root({ target, props, hydrate, … })`, then
 * `root.$set(props)` on every navigation. Its generated root module makes that class with Svelte's
 * `asClassComponent`, the whole Svelte 4 compatibility layer (0.4 KB gzip on every page, issue 14). vite.config.ts
 * puts this in its place; it does what that layer does for kit: props that are reactive, `$set` that updates
 * them, and effects flushed once the page is hydrated (asClassComponent does so too).
 *
 * One version for all props rather than one per prop: kit changes the page and the route's data together, so a
 * finer split saves nothing, and a per-prop signal created on first read inside an effect would not be tracked by
 * that effect.
 */
import { flushSync, hydrate, mount, type Component } from 'svelte';

type Props = Record<PropertyKey, unknown>;

interface RootOptions {
	target: Element | Document | ShadowRoot;
	props: Props;
	hydrate?: boolean;
	transformError?: (error: unknown) => unknown;
}

export function kitRoot(Root: Component<Props>) {
	return class KitRoot {
		$set: (next: Props) => void;

		constructor(options: RootOptions) {
			let version = $state(0);
			const props = new Proxy<Props>(
				{ ...options.props },
				{
					get(values, key) {
						void version;
						return Reflect.get(values, key);
					},
					set(values, key, value) {
						Reflect.set(values, key, value);
						version++;
						return true;
					}
				}
			);
			const mountOptions = { target: options.target, props, intro: false, transformError: options.transformError };
			if (options.hydrate) hydrate(Root, mountOptions);
			else mount(Root, mountOptions);
			flushSync();
			this.$set = (next) => void Object.assign(props, next);
		}
	};
}
