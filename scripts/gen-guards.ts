/**
 * Writes the JSON Schemas of src/lib/domain/guards/ from their zod sources, for the client's zod-free guards.
 * Deterministic: the same zod schema always gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BundleManifest } from '#lib/domain/schema';

export const GUARDS_DIR = join(import.meta.dirname, '..', 'src', 'lib', 'domain', 'guards');

/**
 * zod's JSON Schema of what it accepts (`io: 'input'`: unknown keys allowed, as zod's parse strips rather than
 * rejects them, so an older client still reads a newer manifest), without the `$schema` URL (no third-party host
 * in the client bundle).
 */
export function guardSchema(schema: z.ZodType): unknown {
	const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
	return rest;
}

export const GUARDS: Record<string, z.ZodType> = { 'manifest.schema.json': BundleManifest };

export function guardFileText(schema: z.ZodType): string {
	return `${JSON.stringify(guardSchema(schema), null, '\t')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const [file, schema] of Object.entries(GUARDS)) writeFileSync(join(GUARDS_DIR, file), guardFileText(schema));
}
