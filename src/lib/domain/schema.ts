/**
 * The data model. These zod schemas are the types (`z.infer`): the build validates every record
 * with them, and the client imports only the inferred types (no zod at run time in the browser).
 */
import { z } from 'zod';

export { GazetteFile, isoDate, NationalFile, SourceFile, SourceRef, Slug } from './source-ref';
import { isoDate, SourceRef, Slug } from './source-ref';

export const Department = z.object({
	id: Slug,
	/** Normalised full name, e.g. 吕梁市人力资源和社会保障局. */
	name: z.string().min(2),
	/** Forms printed in the source (吕梁市人社局, 吕梁市 人社局 …). */
	printedNames: z.array(z.string()),
	/** 编号 range, first and last row of its contiguous block. */
	firstService: z.number().int().positive(),
	lastService: z.number().int().positive(),
	serviceCount: z.number().int().positive(),
	source: SourceRef,
	/** Where the normalised full name is printed, when it differs from every printed 填报单位 form. */
	nameSource: SourceRef.optional()
});
export type Department = z.infer<typeof Department>;

/** 服务提供单位. Some are not one office (各县市区公安局派出所) or not in 吕梁 (山西省公安厅 …). */
export const ProviderScope = z.enum(['city', 'county', 'multi-level', 'province']);
export const Provider = z.object({
	id: Slug,
	name: z.string().min(2),
	printedNames: z.array(z.string()),
	scope: ProviderScope,
	departmentIds: z.array(Slug).min(1),
	serviceIds: z.array(z.number().int().positive()).min(1),
	source: SourceRef
});
export type Provider = z.infer<typeof Provider>;

// Kept in a zod-free module so client pages can list the types without pulling zod into the browser.
import { SERVICE_TYPES } from './service-types';
export { SERVICE_TYPES };
export const ServiceType = z.enum(SERVICE_TYPES);
export type ServiceType = z.infer<typeof ServiceType>;

/** A row of the 吕梁市市级公共服务事项目录; id is its 编号 (1–372). */
export const Service = z.object({
	id: z.number().int().positive(),
	/** 事项名称, cleaned (outer quotes, wrap spaces); `nameRaw` is as printed. */
	name: z.string().min(2),
	nameRaw: z.string().min(2),
	theme: z.string().min(2),
	type: ServiceType,
	/** 服务类型 as printed when it differs (服务连接类, 场馆信息类, 办事服务类). */
	typeRaw: z.string().min(2),
	departmentId: Slug,
	providerIds: z.array(Slug).min(1),
	providerRaw: z.string().min(2),
	/** 备注 (only #262 and #267 have one). */
	note: z.string().optional(),
	/** Hotline ids named in 事项名称. */
	hotlineIds: z.array(z.string()),
	source: SourceRef
});
export type Service = z.infer<typeof Service>;

export const HotlineCategory = z.enum(['emergency', 'general', 'service']);
export const Hotline = z.object({
	/** The number itself for short numbers (12333); a slug for local numbers. */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** Digits as printed, no area code (12333, 8296700, 0358-8296700 stored as 8296700 with areaCode). */
	number: z.string().regex(/^\d{3,8}$/),
	/** Area code when the number is a local line (0358 for 吕梁). */
	areaCode: z
		.string()
		.regex(/^0\d{2,3}$/)
		.optional(),
	name: z.string().min(2),
	/** What a citizen calls it for, in plain words. */
	purpose: z.string().min(2),
	/** Who answers. */
	owner: z.string().min(2),
	departmentId: Slug.optional(),
	serviceIds: z.array(z.number().int().positive()),
	category: HotlineCategory,
	source: SourceRef,
	/**
	 * Other places that print the same number (咨询电话 of further documents, the 12369 WeChat account …), newest
	 * first. `source` stays the one the record's name and owner come from.
	 */
	otherSources: z.array(SourceRef).optional()
});
export type Hotline = z.infer<typeof Hotline>;
/**
 * A hotline as the router and the hotline list use it: which number, for what, who answers. The list shows its
 * source formatted (a CitationView), so the page carries no SourceRef (and no citation code at start-up).
 */
export type HotlineLine = Omit<Hotline, 'source'>;

/** A gazette document (通知, 方案, 意见 …). */
export const Document = z.object({
	id: Slug,
	title: z.string().min(4),
	/** 文号, e.g. 吕政办发〔2019〕29号; absent for a few documents printed without one. */
	docNo: z.string().optional(),
	issuer: z.string().min(2),
	/** Absent only where the source prints no date (003 吕政办发〔2019〕7号, 吕发改办发〔2019〕54号). */
	date: isoDate.optional(),
	/** Gazette issue, e.g. 2019年第2号. */
	issue: z.string().min(2),
	lineStart: z.number().int().positive(),
	lineEnd: z.number().int().positive(),
	consultUnit: z.string().optional(),
	/** Consultation phone(s) as printed in the document, ids into hotlines. */
	consultHotlineIds: z.array(z.string()),
	/** Whether ordinary citizens have a use for it (benefits, procedures, complaints). */
	citizenFacing: z.boolean(),
	summary: z.string().optional(),
	source: SourceRef
});
export type Document = z.infer<typeof Document>;

/** A citation with its verbatim quote (the build finds the quote at that place in the source). */
const QuotedRef = SourceRef.required({ quote: true });

/** Units a measure's figures are printed in. */
export const MEASURE_UNITS = ['元', '万元', '亿元', '%', '倍', '个'] as const;

/** A number a measure states (an amount, a rate, a share, a cap), with the quote that prints it. */
export const MeasureFigure = z
	.object({
		/** What the number is, in plain words: 「月销售额10万元以下的小规模纳税人」. */
		label: z.string().min(2),
		value: z.number().nonnegative(),
		unit: z.enum(MEASURE_UNITS),
		/** 'fixed': that number; 'upTo': a cap (不超过); 'atLeast': a floor (不低于). */
		kind: z.enum(['fixed', 'upTo', 'atLeast']),
		source: QuotedRef
	})
	.strict();
export type MeasureFigure = z.infer<typeof MeasureFigure>;

/** A deadline a measure sets: 「3个工作日内决定是否受理」. */
export const MeasureTimeLimit = z
	.object({
		label: z.string().min(2),
		value: z.number().int().positive(),
		unit: z.enum(['工作日', '日', '年']),
		source: QuotedRef
	})
	.strict();
export type MeasureTimeLimit = z.infer<typeof MeasureTimeLimit>;

// Kept in a zod-free module so client pages can group by kind without pulling zod into the browser.
import { MEASURE_KINDS } from './measure-kinds';
export { MEASURE_KINDS };

/**
 * A citizen-facing measure printed inside a gazette document (免费门票, 投诉办理时限, 禁止野外用火 …) that is not a
 * benefit one applies for: shown on its document's page with its citation. Curated in data/curated/measures.yaml.
 */
export const Measure = z
	.object({
		id: Slug,
		documentId: Slug,
		/** Short heading: 「国有A级景区头道门票免费」. */
		title: z.string().min(2),
		kind: z.enum(MEASURE_KINDS),
		/** Who it is for or who must follow it, in plain words. */
		audience: z.string().min(2),
		/** What the source says, in plain words. */
		text: z.string().min(4),
		figures: z.array(MeasureFigure),
		timeLimits: z.array(MeasureTimeLimit),
		/** Conditions and further rules, each cited. */
		conditions: z.array(z.object({ text: z.string().min(2), source: QuotedRef }).strict()),
		/** How long it runs, when the source says: 「至2027年底」. */
		until: z
			.object({ text: z.string().min(2), date: isoDate.optional(), source: QuotedRef })
			.strict()
			.optional(),
		/** 责任单位 / 牵头单位 as printed. */
		responsible: z.string().min(2).optional(),
		/** Lines the source ties to this measure (ids into hotlines). */
		hotlineIds: z.array(z.string().regex(/^[a-z0-9-]+$/)),
		source: QuotedRef
	})
	.strict();
export type Measure = z.infer<typeof Measure>;

export const County = z.object({
	id: Slug,
	name: z.string().min(2),
	kind: z.enum(['县', '市', '区']),
	townships: z.number().int().positive().optional(),
	villages: z.number().int().positive().optional(),
	source: SourceRef
});
export type County = z.infer<typeof County>;

/** 服务主题 with its number of services, in catalogue order of first appearance. */
export const Theme = z.object({ name: z.string().min(2), count: z.number().int().positive() });
export type Theme = z.infer<typeof Theme>;

/**
 * The data bundle the app runs on. Built by scripts/build-data.ts, written as content-hashed JSON under
 * static/data/ and described by static/data/manifest.json (see BundleManifest).
 * Sections that other parts of the pipeline add (benefits, search) are declared where they are defined.
 */
export const CoreData = z.object({
	departments: z.array(Department),
	providers: z.array(Provider),
	services: z.array(Service),
	hotlines: z.array(Hotline),
	documents: z.array(Document),
	counties: z.array(County),
	themes: z.array(Theme),
	/** Measures printed in documents (data/curated/measures.yaml); absent in bundles built before they existed. */
	measures: z.array(Measure).optional()
});
export type CoreData = z.infer<typeof CoreData>;

export const BundleFile = z.object({
	/** Section name, e.g. core. */
	name: z.string().regex(/^[a-z0-9-]+$/),
	/** Path relative to the site root, content-hashed: data/core.1a2b3c4d.json */
	path: z.string().regex(/^data\/[a-z0-9-]+\.[0-9a-f]{8,}\.json$/),
	bytes: z.number().int().positive(),
	sha256: z.string().regex(/^[0-9a-f]{64}$/),
	/** Subresource-integrity form of the same hash. */
	sri: z.string().startsWith('sha256-'),
	/** Set on the per-region sections of a split bundle (core-<region>, search-<region>): loaded on demand. Absent: a base file, always loaded. */
	region: Slug.optional()
});
export type BundleFile = z.infer<typeof BundleFile>;

/** A region of a split bundle, listed in the manifest so the app can offer it before downloading it. */
export const BundleRegion = z.object({ id: Slug, name: z.string().min(2), services: z.number().int().nonnegative() });
export type BundleRegion = z.infer<typeof BundleRegion>;

export const BundleManifest = z.object({
	/** Changes whenever any file's bytes change: the first 12 hex of sha256 over the file hashes. */
	version: z.string().regex(/^[0-9a-f]{12}$/),
	/** Newest issue date among the source gazettes (YYYY-MM-DD). */
	sourceDate: isoDate,
	files: z.array(BundleFile).min(1),
	counts: z.record(z.string(), z.number().int().nonnegative()),
	/** Only in a split bundle: the regions whose files carry `region`. */
	regions: z.array(BundleRegion).optional()
});
export type BundleManifest = z.infer<typeof BundleManifest>;

export * from './eligibility/schema';
