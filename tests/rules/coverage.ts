/**
 * The rule tests in tests/rules/*.yaml (OpenFisca style: a profile in, the verdict and amounts out, with the
 * clause it tests) and the check that they cover every numeric threshold in the benefit data on each side.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { readYaml } from '../../scripts/lib/yaml';
import { PROFILE_FIELDS } from '#lib/domain/eligibility/fields';
import type { Benefit, Condition } from '#lib/domain/eligibility/schema';

export const RULES_DIR = join(import.meta.dirname);

/** A citation as 「004:4735」: source file and line, which must lie in a range the benefit's data cites. */
const REFERENCE = /^(\d{3}):(\d+)$/;

export const RuleCase = z
	.object({
		name: z.string().min(4),
		reference: z.string().regex(REFERENCE, 'reference is 「file:line」, e.g. 004:4735'),
		input: z.record(z.string(), z.unknown()),
		output: z
			.object({
				verdict: z.enum(['符合', '可能符合', '不符合']),
				/** The headline amount for this person (null: none). */
				amount: z.number().nullable().optional(),
				amountText: z.string().nullable().optional(),
				/** Ids of the benefit's amounts that fit the answers, in any order. */
				amounts: z.array(z.string()).optional(),
				/** Ids of the amounts that depend on a question not answered yet. */
				maybeAmounts: z.array(z.string()).optional(),
				devices: z.array(z.string()).optional(),
				/** Words the first step starts with. */
				step: z.string().optional(),
				change: z.string().nullable().optional()
			})
			.strict()
	})
	.strict();
export type RuleCase = z.infer<typeof RuleCase>;

export const RuleFile = z.object({ benefit: z.string(), cases: z.array(RuleCase).min(2) }).strict();
export type RuleFile = z.infer<typeof RuleFile>;

/** Every tests/rules/*.yaml, parsed; a bad file throws with its name and the zod message. */
export function loadRuleFiles(dir = RULES_DIR): { file: string; rules: RuleFile }[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.map((f) => {
			const parsed = RuleFile.safeParse(readYaml(join(dir, f)));
			if (!parsed.success)
				throw new Error(
					`${basename(f)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`
				);
			return { file: f, rules: parsed.data };
		});
}

/** Every [file, first line, last line] the benefit's data cites (conditions, amounts, rows, steps …). */
export function citedRanges(node: unknown, out: [string, number, number][] = []): [string, number, number][] {
	if (Array.isArray(node)) node.forEach((x) => citedRanges(x, out));
	else if (node && typeof node === 'object') {
		const o = node as Record<string, unknown>;
		if (typeof o.file === 'string' && typeof o.line === 'number')
			out.push([o.file, o.line, typeof o.lineEnd === 'number' ? o.lineEnd : o.line]);
		for (const v of Object.values(o)) citedRanges(v, out);
	}
	return out;
}

/** Whether 「004:4735」 falls in a range the benefit cites. */
export function isCited(benefit: Benefit, reference: string): boolean {
	const m = REFERENCE.exec(reference);
	if (!m) return false;
	const line = Number(m[2]);
	return citedRanges(benefit).some(([f, a, b]) => f === m[1] && line >= a && line <= b);
}

/** A number in a rule: a bound of an age band, or a listed value such as a 缴费档次. */
export interface Threshold {
	field: string;
	value: number;
	kind: 'min' | 'max' | 'eq';
}

function thresholdsIn(c: Condition, out: Threshold[]): void {
	if ('all' in c) c.all.forEach((x) => thresholdsIn(x, out));
	else if ('any' in c) c.any.forEach((x) => thresholdsIn(x, out));
	else if ('not' in c) thresholdsIn(c.not, out);
	else if (c.op === 'between') {
		if (c.min !== undefined) out.push({ field: c.field, value: c.min, kind: 'min' });
		if (c.max !== undefined) out.push({ field: c.field, value: c.max, kind: 'max' });
	} else if (c.op === 'eq' && typeof c.value === 'number') out.push({ field: c.field, value: c.value, kind: 'eq' });
	else if (c.op === 'in')
		for (const v of c.values) if (typeof v === 'number') out.push({ field: c.field, value: v, kind: 'eq' });
}

/** The numeric thresholds of a benefit, wherever its data tests a number (rules, priority, amounts, table rows). */
export function thresholdsOf(b: Benefit): Threshold[] {
	const out: Threshold[] = [];
	for (const r of [...b.conditions, ...b.priority]) thresholdsIn(r.test, out);
	for (const x of [...b.amounts, ...b.catalogue]) if (x.when) thresholdsIn(x.when, out);
	const seen = new Set<string>();
	return out.filter((t) => {
		const key = `${t.field}:${t.kind}:${t.value}`;
		return seen.has(key) ? false : (seen.add(key), true);
	});
}

/** Answers are whole numbers of years and 元, so 「just below」 a bound is one less. */
const STEP = 1;
const RANGE = new Map<string, { min?: number; max?: number }>(
	PROFILE_FIELDS.map((f) => [f.name, { min: f.min, max: f.max }])
);

/**
 * What the cases leave untested: for a bound, the values just below, at and just above it (those the field
 * allows); for a listed value (a tier), the value itself, and once per field a value that is not listed.
 * Each gap reads 「age 14: no case with 15」.
 */
export function missingCases(b: Benefit, inputs: readonly Record<string, unknown>[]): string[] {
	const tried = (field: string, v: number) => inputs.some((i) => i[field] === v);
	const gaps: string[] = [];
	const thresholds = thresholdsOf(b);
	for (const t of thresholds) {
		const range = RANGE.get(t.field) ?? {};
		const wanted = t.kind === 'eq' ? [t.value] : [t.value - STEP, t.value, t.value + STEP];
		for (const v of wanted) {
			if ((range.min !== undefined && v < range.min) || (range.max !== undefined && v > range.max)) continue;
			if (!tried(t.field, v)) gaps.push(`${t.field} ${t.kind} ${t.value}: no case with ${v}`);
		}
	}
	for (const field of new Set(thresholds.filter((t) => t.kind === 'eq').map((t) => t.field))) {
		const listed = new Set(thresholds.filter((t) => t.field === field && t.kind === 'eq').map((t) => t.value));
		if (!inputs.some((i) => typeof i[field] === 'number' && !listed.has(i[field] as number)))
			gaps.push(`${field}: no case with a value that is not listed (${[...listed].join('、')})`);
	}
	return gaps;
}
