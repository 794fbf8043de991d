/**
 * Runtime checks the client needs for data it did not build itself, derived from the zod schemas (which the
 * client cannot import without pulling zod into the bundle). Regenerate a schema after changing its zod source:
 * `npx tsx scripts/gen-guards.ts` (guards.test.ts says so when they drift).
 */
import type { BundleManifest } from '../schema';
import { guard, type JsonSchema } from './json-guard';
import manifestSchema from './manifest.schema.json';

export const MANIFEST_SCHEMA = manifestSchema as JsonSchema;
export const isManifest = guard<BundleManifest>(MANIFEST_SCHEMA);
