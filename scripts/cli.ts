/**
 * Command-line entry for staff scripts and benchmarks, on the same code as the app:
 *   npm run -s cli -- search "<query>" [--json]
 *   npm run -s cli -- check --json '<profile JSON>'
 *   npm run -s cli -- route "<problem in words>" [--json]
 * Each command lives in scripts/cli/<name>.ts and exports `run(args: string[]): Promise<number>` (the exit code).
 */
type Command = { run(args: string[]): Promise<number> };

const COMMANDS: Record<string, () => Promise<Command>> = {
	search: () => import('./cli/search'),
	check: () => import('./cli/check'),
	route: () => import('./cli/route')
};

async function main(argv: string[]): Promise<number> {
	const [command, ...args] = argv;
	const load = command ? COMMANDS[command] : undefined;
	if (!load) {
		process.stderr.write(`用法: npm run -s cli -- <${Object.keys(COMMANDS).join('|')}> …\n`);
		return 2;
	}
	return (await load()).run(args);
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(err: unknown) => {
		process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
		process.exit(1);
	}
);
