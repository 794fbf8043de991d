/**
 * Command-line entry for staff scripts and benchmarks, on the same code as the app:
 *   npm run -s cli -- search "<query>" [--json]
 *   npm run -s cli -- check --json '<profile JSON>'
 * Each command lives in scripts/cli/<name>.ts and exports `run(args: string[]): Promise<number>` (the exit code).
 */
const COMMANDS: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
	search: () => import('./cli/search'),
	check: () => import('./cli/check')
};

const [name, ...args] = process.argv.slice(2);
const load = name ? COMMANDS[name] : undefined;
if (!load) {
	process.stderr.write(`用法: npm run -s cli -- <${Object.keys(COMMANDS).join('|')}> …\n`);
	process.exit(2);
}
load()
	.then((cmd) => cmd.run(args))
	.then((code) => process.exit(code))
	.catch((err: unknown) => {
		process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
		process.exit(1);
	});
