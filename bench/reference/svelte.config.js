import adapter from '@sveltejs/adapter-static';

/**
 * The bench's bare SvelteKit page: the same kit, Svelte and adapter versions as the app, nothing else.
 * Served under /__reference/ beside the app's build, by the same server in the same run.
 */
export default {
	kit: { adapter: adapter({ pages: 'build', assets: 'build', strict: true }), paths: { base: '/__reference' } }
};
