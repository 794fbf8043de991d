/**
 * The facts that make this app 吕梁's rather than another city's, as one validated config (data/city.json):
 * the gazettes and their issues, the area code, the 户口 wording, where the service catalogue and the county table
 * are, the region id.
 * A second city is a second config (plus its own data/sources and data/curated), not a hunt through the code.
 * Zod, so build-time only; the client reads the same file through ./city.ts.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');
/** A place in a gazette with the words that must be found there (checked by the build like any quote). */
const Place = z
	.object({ file: z.string().regex(/^\d{3}$/), line: z.number().int().positive(), quote: z.string().min(1) })
	.strict();

export const CityConfig = z
	.object({
		/** URL-safe id; also the region id of an unsplit bundle. */
		id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
		name: z.string().min(2),
		appName: z.string().min(2),
		/** The city's long-distance prefix, dialled before a bare 7- or 8-digit landline. */
		areaCode: z.object({ code: z.string().regex(/^0\d{2,3}$/), source: Place }).strict(),
		/** The gazette's title; each source file reproduces one issue of it. */
		gazette: z.string().min(2),
		/** Source file id (its 3-digit prefix in data/sources/) → the issue it reproduces and its date. */
		gazettes: z.record(z.string().regex(/^\d{3}$/), z.object({ issue: z.string().min(2), date: isoDate }).strict()),
		/** 户口 answers in the check, as the city's rules word them. */
		hukou: z
			.object({ local: z.string().min(2), residencePermit: z.string().min(2), other: z.string().min(1) })
			.strict(),
		/**
		 * The 公共服务事项目录: its title as printed above the table (the parser finds the table by it), the source file
		 * that prints it and the notice publishing it (文号, date, both cited).
		 */
		catalogue: z
			.object({
				title: z.string().min(2),
				file: z.string().regex(/^\d{3}$/),
				docNo: z.string().min(2),
				date: isoDate,
				docNoSource: Place,
				dateSource: Place
			})
			.strict(),
		/** Where the county (县市区) table is, and how many counties it must yield. */
		counties: z
			.object({
				file: z.string().regex(/^\d{3}$/),
				docNoLine: z.number().int().positive(),
				docNo: z.string().min(2),
				headerLine: z.number().int().positive(),
				count: z.number().int().positive(),
				countSource: Place
			})
			.strict()
	})
	.strict();
export type CityConfig = z.infer<typeof CityConfig>;
