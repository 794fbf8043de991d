/**
 * A served copy of the site for tests that change files while a page is open (publishing an update): the preview
 * server by default, nginx with deploy/nginx.conf in `npm test` (E2E_SERVER=nginx).
 */
import { test } from '@playwright/test';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { E2E_PORT, E2E_SERVER } from '../../playwright.config';
import { startServer } from '../../scripts/serve';
import { startNginx } from '../../scripts/serve-nginx';

/** Ports after the run's own (E2E_PORT), one per parallel worker. */
const FIRST_COPY_PORT_OFFSET = 1;

export async function serveCopy(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
	if (E2E_SERVER === 'nginx') {
		// nginx started by root serves as an unprivileged worker user, which must be able to read the copy.
		chmodSync(dir, 0o755);
		const { url, stop } = await startNginx({
			dir,
			port: E2E_PORT + FIRST_COPY_PORT_OFFSET + test.info().parallelIndex
		});
		return { url, close: stop };
	}
	const { server, url } = await startServer({ dir, port: 0 });
	return { url, close: () => new Promise((ok) => server.close(() => ok())) };
}

/**
 * Replaces a file of the served site as a deploy does: a deploy writes fresh .br/.gz copies, so the old ones go
 * (nginx would go on sending them; the preview server ignores copies older than their file).
 */
export function writeSiteFile(path: string, text: string): void {
	writeFileSync(path, text);
	rmSync(`${path}.br`, { force: true });
	rmSync(`${path}.gz`, { force: true });
}
