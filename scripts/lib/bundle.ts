/**
 * Turning section data into the shipped bundle: validate with zod (errors name the record and its source
 * line), verify every curated quote, sort, serialise deterministically, content-hash, describe in a manifest
 * and write to static/data. Pure of any particular section: scripts/build-data.ts says which sections exist.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { z } from 'zod';
import { BundleManifest, SourceFile, type BundleFile, type BundleRegion } from '#lib/domain/schema';
import { SourceError, verifyQuote } from './sources';

/** Everything wrong with the input at once, one `where: reason` per line. Stops the build. */
export class BuildError extends Error {
	constructor(readonly problems: string[]) {
		super(problems.join('\n'));
		this.name = 'BuildError';
	}
}

/** Hex digits of a file's sha256 in its name: enough to bust caches, short enough for URLs. */
export const FILE_HASH_HEX = 8;
/** Hex digits of the bundle version. */
export const VERSION_HEX = 12;
export const MANIFEST_NAME = 'manifest.json';
/** Files this module writes and may therefore delete: <section>.<hash>.json. */
const HASHED_FILE = /^[a-z0-9-]+\.[0-9a-f]{8,}\.json$/;

export interface Section {
	name: string;
	schema: z.ZodType;
	data: unknown;
}

export interface BuiltFile extends BundleFile {
	json: string;
}

export interface Bundle {
	manifest: BundleManifest;
	files: BuiltFile[];
	/** Section data as emitted (parsed back from the JSON), by section name. */
	sections: Record<string, unknown>;
}

/** Names a source file in messages, e.g. data/sources/000_….txt. */
export type PathOf = (file: SourceFile) => string;

interface RecordLike {
	id?: unknown;
	source?: { file?: unknown; line?: unknown };
}

/** `core.services[id=13] (data/sources/000_….txt:1085)`: where a problem is, for a person fixing it. */
export function where(section: string, key: string, index: number, record: unknown, pathOf: PathOf): string {
	const r = (record ?? {}) as RecordLike;
	const id = r.id !== undefined ? `id=${String(r.id)}` : String(index);
	const src = r.source;
	const file = SourceFile.safeParse(src?.file);
	const at = file.success && typeof src?.line === 'number' ? ` (${pathOf(file.data)}:${src.line})` : '';
	return `${section}.${key}[${id}]${at}`;
}

function entries(data: unknown): [string, unknown][] {
	return data && typeof data === 'object' && !Array.isArray(data) ? Object.entries(data) : [];
}

/** Validates a section; each zod issue is reported with the record it is in. Returns the parsed data. */
export function validateSection(section: Section, pathOf: PathOf): unknown {
	const result = section.schema.safeParse(section.data);
	if (result.success) return result.data;
	const data = section.data as Record<string, unknown>;
	throw new BuildError(
		result.error.issues.map((issue) => {
			const [key, index, ...rest] = issue.path;
			const list = typeof key === 'string' ? data?.[key] : undefined;
			if (typeof key === 'string' && typeof index === 'number' && Array.isArray(list)) {
				return `${where(section.name, key, index, list[index], pathOf)}: ${rest.join('.') || '(record)'}: ${issue.message}`;
			}
			return `${section.name}: ${issue.path.join('.') || '(section)'}: ${issue.message}`;
		})
	);
}

function isQuotedRef(v: unknown): v is { file: SourceFile; line: number; date: string; quote: string } {
	if (!v || typeof v !== 'object') return false;
	const r = v as Record<string, unknown>;
	return SourceFile.safeParse(r.file).success && typeof r.line === 'number' && typeof r.quote === 'string';
}

/** Every SourceRef with a quote, anywhere in a section, must find its quote at its line. */
export function checkQuotes(name: string, data: unknown, sourcesDir: string, pathOf: PathOf): string[] {
	const problems: string[] = [];
	const visit = (v: unknown, at: string): void => {
		if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${at}[${i}]`));
		else if (v && typeof v === 'object') {
			if (isQuotedRef(v)) {
				try {
					verifyQuote(v as never, sourcesDir);
				} catch (e) {
					if (!(e instanceof SourceError)) throw e;
					problems.push(`${at}: ${pathOf(v.file)}:${e.line}: ${e.reason}`);
				}
			}
			for (const [k, x] of Object.entries(v)) visit(x, `${at}.${k}`);
		}
	};
	for (const [key, list] of entries(data)) {
		if (Array.isArray(list)) list.forEach((r, i) => visit(r, where(name, key, i, r, pathOf)));
		else visit(list, `${name}.${key}`);
	}
	return problems;
}

const compareIds = (a: unknown, b: unknown): number => {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	const x = String(a);
	const y = String(b);
	return x < y ? -1 : x > y ? 1 : 0;
};

function hasId(v: unknown): v is { id: unknown } {
	return !!v && typeof v === 'object' && 'id' in v;
}

/**
 * Top-level record lists sorted by id (numbers numerically, strings by code point, never by locale), so the
 * bytes do not depend on extraction order; lists without ids (themes) keep their meaningful order.
 * Also reports duplicate ids.
 */
export function sortRecords(name: string, data: unknown, pathOf: PathOf): string[] {
	const problems: string[] = [];
	for (const [key, list] of entries(data)) {
		if (!Array.isArray(list) || !list.every(hasId)) continue;
		list.sort((a, b) => compareIds(a.id, b.id));
		list.forEach((r, i) => {
			if (i > 0 && compareIds(list[i - 1]?.id, r.id) === 0)
				problems.push(`${where(name, key, i, r, pathOf)}: duplicate id`);
		});
	}
	return problems;
}

export function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

export interface EmittedSection {
	name: string;
	data: unknown;
	/** A per-region section of a split bundle (see scripts/lib/split.ts). */
	region?: string;
}

/**
 * Serialises validated, sorted sections into hashed files and a manifest. Deterministic.
 * Counts are per list name over the whole bundle: a region's lists add to the base section's.
 */
export function emitBundle(sections: EmittedSection[], sourceDate: string, regions?: BundleRegion[]): Bundle {
	const counts: Record<string, number> = {};
	const owner = new Map<string, string>();
	const files: BuiltFile[] = sections.map(({ name, data, region }) => {
		for (const [key, list] of entries(data)) {
			if (!Array.isArray(list)) continue;
			const first = owner.get(key);
			if (first !== undefined && region === undefined) {
				throw new BuildError([`${name}.${key}: count name ${key} already used by another section`]);
			}
			if (first === undefined) owner.set(key, name);
			counts[key] = (counts[key] ?? 0) + list.length;
		}
		const json = JSON.stringify(data);
		const digest = createHash('sha256').update(json).digest();
		const hex = digest.toString('hex');
		return {
			name,
			path: `data/${name}.${hex.slice(0, FILE_HASH_HEX)}.json`,
			bytes: Buffer.byteLength(json),
			sha256: hex,
			sri: `sha256-${digest.toString('base64')}`,
			// Only split bundles carry the key: an unsplit manifest stays byte-identical to earlier builds.
			...(region === undefined ? {} : { region }),
			json
		};
	});
	const version = sha256(
		files
			.map((f) => f.sha256)
			.sort()
			.join('\n')
	).slice(0, VERSION_HEX);
	const manifest = BundleManifest.parse({
		version,
		sourceDate,
		files: files.map(({ json: _json, ...file }) => file),
		counts,
		...(regions === undefined ? {} : { regions })
	});
	return { manifest, files, sections: Object.fromEntries(files.map((f) => [f.name, JSON.parse(f.json) as unknown])) };
}

/** Writes the files, then the manifest, then removes hashed files of earlier builds. */
export function writeBundle(bundle: Bundle, outDir: string): void {
	mkdirSync(outDir, { recursive: true });
	const keep = new Set<string>();
	for (const f of bundle.files) {
		const name = f.path.slice('data/'.length);
		keep.add(name);
		writeFileSync(join(outDir, name), f.json);
	}
	writeFileSync(join(outDir, MANIFEST_NAME), JSON.stringify(bundle.manifest));
	for (const name of readdirSync(outDir)) {
		if (HASHED_FILE.test(name) && !keep.has(name)) rmSync(join(outDir, name));
	}
}

export function gzipBytes(text: string): number {
	return gzipSync(text, { level: 9 }).length;
}
