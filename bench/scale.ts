/**
 * What happens at 100× the catalogue (37,200 services): the real core section with its departments,
 * providers and services copied once per synthetic region (county names from bench/counties.ts, so names
 * and ids differ), the search section enlarged by bench/search.ts's enlarge(), benefits unchanged.
 * Gives the single-file bundle and, beside it, the same data split into one section per region, to show
 * what a page pays when it loads only its region.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { CoreData, Department, Provider, Service } from '#lib/domain/schema';
import { packDocs, unpackDocs, type PackedSearchData } from '#lib/domain/search/pack';
import { enlarge, SCALE } from './search';
import { pathToFileURL } from 'node:url';
import { DEFAULT_REGION, datasetFromTexts, filesFor, type Dataset } from '#lib/domain/dataset';
import type { BundleFile, BundleManifest } from '#lib/domain/schema';
import { createSearcher } from '#lib/domain/search/engine';
import { QUERY_CASES } from '#lib/domain/search/queries';
import { buildBundle } from '../scripts/build-data';
import type { RegionCatalogue } from '../scripts/lib/split';
import { median, round, type Bundle } from './data';
import { countyNames } from './counties';

/** Service ids of copy c are id + c × ID_STRIDE: the real 编号 run 1–372, so copies never collide. */
const ID_STRIDE = 1000;

/** Region copy c is named after a real county plus a number (孝义市2): distinct strings of realistic length. */
const regionName = (c: number) => {
	const counties = countyNames();
	return `${counties[c % counties.length] ?? ''}${Math.ceil(c / counties.length)}`;
};
const slug = (id: string, c: number) => (c === 0 ? id : `${id}-r${c}`);
const sid = (id: number, c: number) => id + c * ID_STRIDE;

/** The catalogue part (departments, providers, services) of region copy c; copy 0 is the real one. */
export function regionCopy(core: CoreData, c: number): Pick<CoreData, 'departments' | 'providers' | 'services'> {
	if (c === 0) return { departments: core.departments, providers: core.providers, services: core.services };
	const prefix = regionName(c);
	const rename = (name: string) => name.replace(/^吕梁市/, prefix);
	return {
		departments: core.departments.map((d): Department => ({
			...d,
			id: slug(d.id, c),
			name: rename(d.name),
			printedNames: d.printedNames.map(rename),
			firstService: sid(d.firstService, c),
			lastService: sid(d.lastService, c)
		})),
		providers: core.providers.map((p): Provider => ({
			...p,
			id: slug(p.id, c),
			name: rename(p.name),
			printedNames: p.printedNames.map(rename),
			departmentIds: p.departmentIds.map((d) => slug(d, c)),
			serviceIds: p.serviceIds.map((s) => sid(s, c))
		})),
		services: core.services.map((s): Service => ({
			...s,
			id: sid(s.id, c),
			departmentId: slug(s.departmentId, c),
			providerIds: s.providerIds.map((p) => slug(p, c)),
			providerRaw: rename(s.providerRaw)
		}))
	};
}

/** The 100× input as build regions: copy 0 is the real 吕梁市 catalogue (DEFAULT_REGION), copy c is region r<c>. */
export function scaleRegions(scale = SCALE): (core: CoreData) => RegionCatalogue[] {
	return (core) =>
		Array.from({ length: scale }, (_, c) => {
			const copy = regionCopy(core, c);
			// The city's hotlines (base data) list the city's services only: copies link to none, as the build's integrity check demands.
			const services = c === 0 ? copy.services : copy.services.map((s) => ({ ...s, hotlineIds: [] }));
			return { id: c === 0 ? DEFAULT_REGION : `r${c}`, name: c === 0 ? '吕梁市' : regionName(c), ...copy, services };
		});
}

export function enlargeCore(core: CoreData, scale = SCALE): CoreData {
	const out: CoreData = { ...core, departments: [], providers: [], services: [] };
	for (let c = 0; c < scale; c++) {
		const r = regionCopy(core, c);
		out.departments.push(...r.departments);
		out.providers.push(...r.providers);
		out.services.push(...r.services);
	}
	return out;
}

function row(name: string, text: string) {
	return { name, sha256: createHash('sha256').update(text).digest('hex'), text };
}

/** The real bundle with core and search enlarged `scale` times, as one file per section (today's layout). */
export function scaledBundle(real: Bundle, scale = SCALE): Bundle {
	const rows = real.rows.map((r) => {
		if (r.name === 'core') return row('core', JSON.stringify(enlargeCore(JSON.parse(r.text) as CoreData, scale)));
		if (r.name === 'search') {
			const data = JSON.parse(r.text) as PackedSearchData;
			return row('search', JSON.stringify({ ...data, docs: packDocs(enlarge(unpackDocs(data.docs), scale)) }));
		}
		return r;
	});
	const manifest = {
		...real.manifest,
		files: real.manifest.files.map((f) => {
			const r = rows.find((x) => x.name === f.name);
			return r ? { ...f, bytes: Buffer.byteLength(r.text), sha256: r.sha256 } : f;
		})
	};
	return { manifest, rows };
}

export interface SplitFigures {
	regions: number;
	/** Core without the regional catalogue (hotlines, documents, counties, themes). */
	baseGzip: number;
	/** One region's departments + providers + services. */
	regionGzip: number;
	/** What a page in one region loads: base + its region (vs the whole core at 100×). */
	oneRegionGzip: number;
	wholeCoreGzip: number;
	/** Node JSON.parse of base + one region vs the whole 100× core. */
	oneRegionParseMs: number;
	wholeCoreParseMs: number;
	/** Search docs of one region (its services, departments, providers, named for it) vs all regions. */
	searchRegionGzip: number;
	wholeSearchGzip: number;
}

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

function parseMs(texts: string[], runs: number): number {
	const times: number[] = [];
	for (let i = 0; i <= runs; i++) {
		const t0 = performance.now();
		for (const t of texts) JSON.parse(t);
		if (i > 0) times.push(performance.now() - t0);
	}
	return median(times);
}

/** The split this benchmark proposes: one core-base section plus one section per region, loaded on demand. */
export function splitFigures(realCore: CoreData, realSearch: PackedSearchData, scale = SCALE, runs = 5): SplitFigures {
	const docs = unpackDocs(realSearch.docs);
	const regionDocs = enlarge(docs, 2).slice(docs.length);
	const base = JSON.stringify({ ...realCore, departments: [], providers: [], services: [] });
	const region = JSON.stringify(regionCopy(realCore, 1));
	const whole = JSON.stringify(enlargeCore(realCore, scale));
	return {
		regions: scale,
		baseGzip: gz(base),
		regionGzip: gz(region),
		oneRegionGzip: gz(base) + gz(region),
		wholeCoreGzip: gz(whole),
		oneRegionParseMs: round(parseMs([base, region], runs * 4)),
		wholeCoreParseMs: round(parseMs([whole], runs)),
		searchRegionGzip: gz(JSON.stringify({ ...realSearch, docs: packDocs(regionDocs) })),
		wholeSearchGzip: gz(JSON.stringify({ ...realSearch, docs: packDocs(enlarge(docs, scale)) }))
	};
}

/** What the split build (scripts/lib/split.ts) ships at `scale` regions, beside the same input unsplit. */
export interface SplitBundleFigures {
	regions: number;
	files: number;
	/** scripts/build-data buildBundle on the `scale`-region input, split. */
	buildMs: number;
	/** Base files (core without catalogue, benefits, search without catalogue docs): loaded on every first visit. */
	baseGzip: number;
	/** The home region's files (core-lvliang, search-lvliang). */
	homeRegionGzip: number;
	/** First visit on a phone: base + home region. */
	firstVisitGzip: number;
	/** The same input unsplit: every file of the bundle. */
	unsplitGzip: number;
	/** One more region on demand (its two files). */
	extraRegionGzip: number;
	/** Node: JSON.parse + Dataset (maps, merge) of the first visit's files vs of the unsplit bundle. */
	firstVisitParseMs: number;
	unsplitParseMs: number;
	/** Search over the first visit's docs vs over all regions' docs: build of the searcher and query p95. */
	searchDocsOneRegion: number;
	searchDocsAll: number;
	searchBuildOneRegionMs: number;
	searchBuildAllMs: number;
	searchP95OneRegionMs: number;
	searchP95AllMs: number;
}

/** Hits asked for per query (a result page), as in bench/search.ts. */
const SEARCH_LIMIT = 20;
const P95 = 0.95;

function searchTimes(ds: Dataset, runs: number): { docs: number; buildMs: number; p95: number } {
	const docs = unpackDocs(ds.section<PackedSearchData>('search')?.docs ?? []);
	const t0 = performance.now();
	const searcher = createSearcher(docs);
	const buildMs = performance.now() - t0;
	const times: number[] = [];
	for (const c of QUERY_CASES) {
		searcher.search(c.query, { limit: SEARCH_LIMIT });
		for (let r = 0; r < runs; r++) {
			const s = performance.now();
			searcher.search(c.query, { limit: SEARCH_LIMIT });
			times.push(performance.now() - s);
		}
	}
	times.sort((a, b) => a - b);
	return { docs: docs.length, buildMs, p95: times[Math.min(times.length - 1, Math.floor(times.length * P95))] ?? 0 };
}

export function splitBundleFigures(scale = SCALE, runs = 5): SplitBundleFigures {
	const t0 = performance.now();
	const split = buildBundle({ regions: scaleRegions(scale) });
	const buildMs = performance.now() - t0;
	const unsplit = buildBundle({ regions: scaleRegions(scale), splitThresholdGzip: Number.POSITIVE_INFINITY });
	if (!split.manifest.regions) throw new Error(`${scale} regions did not split: threshold too high?`);
	const rows = (b: typeof split, files: BundleFile[]) =>
		files.map((f) => ({ name: f.name, text: b.files.find((x) => x.name === f.name)?.json ?? '' }));
	const size = (b: typeof split, files: BundleFile[]) => rows(b, files).reduce((n, r) => n + gz(r.text), 0);
	const base = split.manifest.files.filter((f) => f.region === undefined);
	const home = split.manifest.files.filter((f) => f.region === DEFAULT_REGION);
	const other = split.manifest.files.filter((f) => f.region === 'r1');
	const first = rows(split, filesFor(split.manifest, [DEFAULT_REGION]));
	const all = rows(unsplit, unsplit.manifest.files);
	const parse = (m: BundleManifest, r: { name: string; text: string }[], n: number) => {
		const times: number[] = [];
		for (let i = 0; i <= n; i++) {
			const s = performance.now();
			datasetFromTexts(m, r);
			if (i > 0) times.push(performance.now() - s);
		}
		return median(times);
	};
	const one = searchTimes(datasetFromTexts(split.manifest, first), runs);
	const whole = searchTimes(datasetFromTexts(unsplit.manifest, all), runs);
	return {
		regions: scale,
		files: split.manifest.files.length,
		buildMs: round(buildMs, 0),
		baseGzip: size(split, base),
		homeRegionGzip: size(split, home),
		firstVisitGzip: size(split, [...base, ...home]),
		unsplitGzip: size(unsplit, unsplit.manifest.files),
		extraRegionGzip: size(split, other),
		firstVisitParseMs: round(parse(split.manifest, first, runs * 4)),
		unsplitParseMs: round(parse(unsplit.manifest, all, runs)),
		searchDocsOneRegion: one.docs,
		searchDocsAll: whole.docs,
		searchBuildOneRegionMs: round(one.buildMs),
		searchBuildAllMs: round(whole.buildMs),
		searchP95OneRegionMs: round(one.p95, 3),
		searchP95AllMs: round(whole.p95, 3)
	};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.stdout.write(`${JSON.stringify(splitBundleFigures(), null, '\t')}\n`);
}
