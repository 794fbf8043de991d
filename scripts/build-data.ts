/**
 * npm run data: gazette texts (data/sources) + curated facts (data/curated) → static/data/<section>.<hash>.json
 * and static/data/manifest.json. Same input, same bytes. Any bad input stops the build with file:line.
 *
 * To add a section, append to SECTIONS: `section('benefits', BenefitsData, (ctx) => buildBenefits(ctx))`.
 * To add records to core (documents, counties, more hotlines), extend buildCore.
 */
import { checkCityConfig } from './lib/city';
import { CATALOGUE, CITY } from '#lib/domain/city';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { BenefitsData, CoreData, type SourceFile } from '#lib/domain/schema';
import { parseCatalogue } from './extract/catalogue';
import { catalogueEntities } from './extract/entities';
import { extractDocumentsWithPhones, loadCuratedDocuments } from './extract/documents';
import { curatedHotlines, loadCuratedHotlines, mergeHotlines } from './extract/hotlines';
import { extractCounties } from './extract/counties';
import { loadMeasures } from './extract/measures';
import {
	BuildError,
	checkQuotes,
	emitBundle,
	gzipBytes,
	sortRecords,
	validateSection,
	writeBundle,
	type Bundle,
	type EmittedSection
} from './lib/bundle';
import { DEFAULT_REGION } from '#lib/domain/dataset';
import { checkCoreIntegrity } from './lib/integrity';
import {
	bundleRegions,
	catalogueGzip,
	splitSections,
	SPLIT_THRESHOLD_GZIP_BYTES,
	type RegionCatalogue
} from './lib/split';
import { buildSearchSection } from './lib/search-index';
import { SearchData } from '#lib/domain/search/schema';
import { loadBenefits } from './extract/benefits';
import { checkLifeEvents, loadLifeEvents } from './lib/life-events';
import { EventsData } from '#lib/domain/events/schema';
import { findPersonalData } from './lib/privacy';
import { writeEmergencyJson } from './gen-emergency';
import { GAZETTES, SOURCES_DIR, sourceFileName, sourceLines, sourcePath } from './lib/sources';
import { writeHsds, writeTabular } from './lib/hsds';

const ROOT = join(import.meta.dirname, '..');
export const CURATED_DIR = join(ROOT, 'data', 'curated');
export const OUT_DIR = join(ROOT, 'static', 'data');
/** Open data (HSDS 3.0), published beside the app at /open-data/hsds/. */
export const HSDS_OUT_DIR = join(ROOT, 'static', 'open-data', 'hsds');
/** The same records in HSDS's tabular form: CSV files and datapackage.json. */
export const HSDS_TABULAR_DIR = join(ROOT, 'static', 'open-data', 'hsds-tabular');

export interface BuildContext {
	sourcesDir: string;
	curatedDir: string;
	/** Lines of a source file; index 0 is line 1. */
	lines(file: SourceFile): string[];
	/** The file as error messages name it. */
	path(file: SourceFile): string;
	/** The core section, built first so that other sections can refer to its records. */
	core: CoreData;
}

export interface SectionBuilder {
	name: string;
	schema: z.ZodType;
	build(ctx: BuildContext): unknown;
	/** Cross-record checks on the validated data; each problem names its record and source line. */
	check?(data: never, ctx: BuildContext): string[];
}

/** Keeps build and check typed against the section's schema. */
export function section<S extends z.ZodType>(
	name: string,
	schema: S,
	build: (ctx: BuildContext) => z.input<S>,
	check?: (data: z.output<S>, ctx: BuildContext) => string[]
): SectionBuilder {
	return { name, schema, build, check };
}

/** The core section alone (no benefits, no search index): for tools that only need the records, such as `cli route`. */
export function buildCoreOnly(sourcesDir = SOURCES_DIR): CoreData {
	return CoreData.parse(
		buildCore({
			sourcesDir,
			curatedDir: CURATED_DIR,
			lines: (file: SourceFile) => sourceLines(file, sourcesDir),
			path: (file: SourceFile) => sourcePath(file, sourcesDir)
		})
	);
}

function buildCore(ctx: Omit<BuildContext, 'core'>): CoreData {
	const { file } = CATALOGUE;
	const { rows } = parseCatalogue(ctx.lines(file), { file, path: ctx.path(file) });
	const catalogue = catalogueEntities(rows, ctx.path(file));
	const extracted = extractDocumentsWithPhones(
		loadCuratedDocuments(join(ctx.curatedDir, 'documents.yaml')),
		ctx.sourcesDir
	);
	const others = curatedHotlines({
		extracted,
		curated: loadCuratedHotlines(join(ctx.curatedDir, 'hotlines.yaml')),
		departments: catalogue.departments,
		dir: ctx.sourcesDir
	});
	// Same number in the catalogue and elsewhere (12369) → one record, the catalogue's, with the other sources added.
	const hotlines = mergeHotlines(catalogue.hotlines, others);
	return {
		departments: catalogue.departments,
		providers: catalogue.providers,
		services: catalogue.services,
		hotlines,
		documents: extracted.documents,
		counties: extractCounties(ctx.sourcesDir),
		themes: catalogue.themes,
		measures: loadMeasures(
			{ documents: extracted.documents, hotlines },
			join(ctx.curatedDir, 'measures.yaml'),
			ctx.sourcesDir
		)
	};
}

export const SECTIONS: SectionBuilder[] = [
	section(
		'core',
		CoreData,
		(ctx) => ctx.core,
		(core, ctx) => checkCoreIntegrity(core, ctx.path)
	),
	// Benefits with their rules, amounts and citations: the checker and benefit pages run on this offline.
	section('benefits', BenefitsData, (ctx) => ({ benefits: loadBenefits(join(ctx.curatedDir, 'benefits')) })),
	// 一件事: life events and the records each leads to (vocabulary, checked against the other sections).
	section(
		'events',
		EventsData,
		(ctx) => ({ events: loadLifeEvents(ctx.curatedDir) }),
		(data, ctx) => checkLifeEvents(data.events, ctx.core, loadBenefits(join(ctx.curatedDir, 'benefits')))
	),
	// Search docs (text, pinyin, initials) for services, hotlines, benefits, departments, documents, life events.
	section('search', SearchData, (ctx) =>
		buildSearchSection({
			core: ctx.core,
			benefits: loadBenefits(join(ctx.curatedDir, 'benefits')),
			events: loadLifeEvents(ctx.curatedDir)
		})
	)
];

export interface BuildOptions {
	/** data/city.json by default. */
	cityConfig?: string;
	sourcesDir?: string;
	curatedDir?: string;
	sections?: SectionBuilder[];
	/**
	 * The catalogue per region, from the real core. Default: one region, 吕梁市 city level (the gazettes'
	 * catalogue). Benchmarks and tests pass several (bench/scale.ts scaleRegions) to exercise the split.
	 */
	regions?: (core: CoreData) => RegionCatalogue[];
	/** Split per region when unsplit core + search exceed this many gzip bytes (default SPLIT_THRESHOLD_GZIP_BYTES). */
	splitThresholdGzip?: number;
}

/** The catalogue of all regions in one core; theme counts are over every region's services. */
function mergeRegions(real: CoreData, regions: RegionCatalogue[]): CoreData {
	const services = regions.flatMap((r) => r.services);
	const perTheme = new Map<string, number>();
	for (const s of services) perTheme.set(s.theme, (perTheme.get(s.theme) ?? 0) + 1);
	return {
		...real,
		departments: regions.flatMap((r) => r.departments),
		providers: regions.flatMap((r) => r.providers),
		services,
		themes: real.themes.map((t) => ({ ...t, count: perTheme.get(t.name) ?? t.count }))
	};
}

/** The one region of the real data: every catalogue record is 吕梁市 city level. */
export function homeRegion(core: CoreData): RegionCatalogue[] {
	return [
		{
			id: DEFAULT_REGION,
			name: CITY.name,
			departments: core.departments,
			providers: core.providers,
			services: core.services
		}
	];
}

/** Builds the whole bundle in memory (nothing written). Throws SourceError or BuildError on bad input. */
export function buildBundle(opts: BuildOptions = {}): Bundle {
	const sourcesDir = opts.sourcesDir ?? SOURCES_DIR;
	const base = {
		sourcesDir,
		curatedDir: opts.curatedDir ?? CURATED_DIR,
		lines: (file: SourceFile) => sourceLines(file, sourcesDir),
		path: (file: SourceFile) =>
			sourcesDir === SOURCES_DIR ? sourcePath(file) : join(sourcesDir, sourceFileName(file, sourcesDir))
	};
	checkCityConfig(opts.cityConfig, sourcesDir);
	const real = buildCore(base);
	const regions = (opts.regions ?? homeRegion)(real);
	const core = opts.regions ? mergeRegions(real, regions) : real;
	const ctx: BuildContext = { ...base, core };

	const problems: string[] = [];
	let emitted: EmittedSection[] = [];
	for (const s of opts.sections ?? SECTIONS) {
		const data = validateSection({ name: s.name, schema: s.schema, data: s.build(ctx) }, ctx.path);
		problems.push(...sortRecords(s.name, data, ctx.path));
		problems.push(...checkQuotes(s.name, data, sourcesDir, ctx.path));
		problems.push(...(s.check?.(data as never, ctx) ?? []));
		emitted.push({ name: s.name, data });
	}
	if (problems.length > 0) throw new BuildError(problems);

	const sourceDate = Object.values(GAZETTES)
		.map((g) => g.date)
		.sort()
		.reverse()[0];
	// One region never splits, and its size is not even measured: the real build stays as it was.
	const split = regions.length > 1 && catalogueGzip(emitted) > (opts.splitThresholdGzip ?? SPLIT_THRESHOLD_GZIP_BYTES);
	if (split) emitted = splitSections(emitted, regions);
	const bundle = emitBundle(emitted, sourceDate ?? '', split ? bundleRegions(regions) : undefined);
	const leaks = bundle.files.flatMap((f) => findPersonalData(f.path, f.json, sourcesDir));
	if (leaks.length > 0) throw new BuildError(leaks);
	return bundle;
}

const KB = 1024;

/** One line for the terminal: counts, destination, sizes. */
export function summary(bundle: Bundle, outDir: string): string {
	const counts = Object.entries(bundle.manifest.counts)
		.map(([k, n]) => `${n} ${k}`)
		.join(', ');
	const sizes = bundle.files.map((f) => `${f.name} ${(gzipBytes(f.json) / KB).toFixed(1)} KB gzip`).join(', ');
	const rel = outDir.startsWith(ROOT) ? outDir.slice(ROOT.length + 1) : outDir;
	return `data: ${counts} → ${rel} (${sizes}; version ${bundle.manifest.version})`;
}

function main(): void {
	try {
		const bundle = buildBundle();
		writeBundle(bundle, OUT_DIR);
		// The emergency block's numbers ship inside the app code, so they never wait for (or lose) the bundle.
		writeEmergencyJson(CoreData.parse(bundle.sections.core));
		process.stdout.write(`${summary(bundle, OUT_DIR)}\n`);
		const core = bundle.files.find((f) => f.name === 'core');
		if (!core) throw new Error('no core section to publish as open data');
		const hsds = writeHsds(CoreData.parse(JSON.parse(core.json)), HSDS_OUT_DIR);
		writeTabular(hsds, HSDS_TABULAR_DIR);
		process.stdout.write(
			`open data: HSDS 3.0, ${hsds.services.length} services, ${hsds.organizations.length} organizations, ${hsds.phones.length} phones, all valid → static/open-data/hsds (tabular: hsds-tabular)\n`
		);
	} catch (e) {
		process.stderr.write(`data: build failed\n${e instanceof Error ? e.message : String(e)}\n`);
		process.exit(1);
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
