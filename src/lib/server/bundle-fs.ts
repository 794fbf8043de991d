/**
 * Node only (prerendering, CLI, tests): the built bundle from static/data, every file checked against the
 * sha256 in its manifest, so nothing runs on a half-written or stale build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeSections } from '../domain/dataset';
import { BundleManifest, CoreData } from '../domain/schema';

const MANIFEST = 'manifest.json';
const HINT = 'run npm run data';

export interface BuiltBundle {
	manifest: BundleManifest;
	/** One entry per manifest file (a split bundle's core-<region> … included, not merged). */
	sections: Record<string, unknown>;
	/** The whole catalogue: core with every region merged in. */
	core: CoreData;
}

/** Reads and verifies the bundle in `dir` (default static/data, relative to the working directory). */
export function loadBuiltBundle(dir = 'static/data'): BuiltBundle {
	const manifestPath = join(dir, MANIFEST);
	if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: ${HINT}`);
	const parsed = BundleManifest.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
	if (!parsed.success)
		throw new Error(`${manifestPath} is not a valid manifest (${parsed.error.issues[0]?.message}): ${HINT}`);
	const manifest = parsed.data;

	const sections: Record<string, unknown> = {};
	for (const file of manifest.files) {
		// Manifest paths are relative to the site root (data/core.1a2b3c4d.json); the files sit in `dir`.
		const path = join(dir, file.path.replace(/^data\//, ''));
		if (!existsSync(path)) throw new Error(`${path} is missing (listed in ${manifestPath}): ${HINT}`);
		const bytes = readFileSync(path);
		const hash = createHash('sha256').update(bytes).digest('hex');
		if (hash !== file.sha256) throw new Error(`${path} does not match its sha256 in ${manifestPath}: ${HINT}`);
		sections[file.name] = JSON.parse(bytes.toString('utf8')) as unknown;
	}
	if (!sections.core) throw new Error(`${manifestPath} lists no core section: ${HINT}`);
	// Validated once more: a bundle from an older schema must fail here, not deep inside a page.
	const core = CoreData.parse(mergeSections(manifest, sections).core);
	return { manifest, sections, core };
}
