/**
 * Writes src/lib/generated/emergency-lines.json: the four emergency numbers with their cited names, purposes and
 * national citation, taken from the built hotline records. The emergency block imports it statically, so 110/119/
 * 120/122 show on every page even when the data bundle has not loaded or IndexedDB is gone; a unit test fails
 * when the file no longer matches the data (run `npx tsx scripts/gen-emergency.ts`, also run by `npm run data`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CoreData } from '#lib/domain/schema';
import { emergencyLines, type EmergencyBlock } from '#lib/domain/danger';
import { citationText } from '#lib/domain/format/citation';

export const EMERGENCY_JSON = join(import.meta.dirname, '..', 'src', 'lib', 'generated', 'emergency-lines.json');

export function emergencyBlock(core: CoreData): EmergencyBlock {
	const lines = emergencyLines(core.hotlines);
	const citations = new Map<string, string>();
	for (const l of lines) citations.set(citationText(l.source), l.source.quote ?? '');
	return {
		lines: lines.map(({ number, name, purpose, when }) => ({ number, name, purpose, when })),
		citations: [...citations].map(([text, quote]) => ({ text, quote }))
	};
}

export function emergencyJson(core: CoreData): string {
	return `${JSON.stringify(emergencyBlock(core), null, '\t')}\n`;
}

/** Writes the file only when it changed, so an unchanged build touches nothing. */
export function writeEmergencyJson(core: CoreData, path = EMERGENCY_JSON): boolean {
	const text = emergencyJson(core);
	let old = '';
	try {
		old = readFileSync(path, 'utf8');
	} catch {
		// first run
	}
	if (old === text) return false;
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	return true;
}

async function main(): Promise<void> {
	const { buildCoreOnly } = await import('./build-data');
	writeEmergencyJson(buildCoreOnly());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
