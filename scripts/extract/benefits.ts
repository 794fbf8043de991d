/**
 * Loads the curated benefits (data/curated/benefits/*.yaml), validates them with zod and checks every
 * citation against the gazette text. Any error names the YAML file, the record, and the source file:line.
 */
import { readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { readYaml } from '../lib/yaml';
import { Benefit, PROFILE_FIELDS, type Condition, type ProfileFieldInfo } from '#lib/domain/schema';
import type { SourceRef } from '#lib/domain/schema';
import { SourceError, normaliseForQuote, verifyQuote } from '../lib/sources';

const ROOT = join(import.meta.dirname, '..', '..');
export const BENEFITS_DIR = join(ROOT, 'data', 'curated', 'benefits');

export class BenefitDataError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BenefitDataError';
	}
}

const FIELD_INFO = new Map<string, ProfileFieldInfo>(PROFILE_FIELDS.map((f) => [f.name, f]));

/** Human path of a record inside a benefit, e.g. 「amounts[3] (training-full-time)」. */
function where(path: (string | number)[], root: unknown): string {
	let node: unknown = root;
	let out = '';
	for (const key of path) {
		out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
		node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
		if (typeof key === 'number' && node && typeof node === 'object' && 'id' in node) out += ` (${String(node.id)})`;
	}
	return out || '(root)';
}

/** Every SourceRef in a benefit with its path (anything holding file + line + date is one). */
function* citations(node: unknown, path: (string | number)[] = []): Generator<[SourceRef, (string | number)[]]> {
	if (Array.isArray(node)) {
		for (let i = 0; i < node.length; i++) yield* citations(node[i], [...path, i]);
	} else if (node && typeof node === 'object') {
		const rec = node as Record<string, unknown>;
		if (typeof rec.file === 'string' && typeof rec.line === 'number' && typeof rec.date === 'string') {
			yield [rec as unknown as SourceRef, path];
			return;
		}
		for (const key of Object.keys(rec)) yield* citations(rec[key], [...path, key]);
	}
}

/** Field names, operators and values in a condition must fit the profile field they test. */
function checkCondition(c: Condition, at: string, errors: string[]): void {
	if ('all' in c) return c.all.forEach((x, i) => checkCondition(x, `${at}.all[${i}]`, errors));
	if ('any' in c) return c.any.forEach((x, i) => checkCondition(x, `${at}.any[${i}]`, errors));
	if ('not' in c) return checkCondition(c.not, `${at}.not`, errors);
	const info = FIELD_INFO.get(c.field);
	if (!info) return void errors.push(`${at}: unknown profile field ${c.field}`);
	const numeric = info.kind === 'integer' || info.kind === 'number';
	if (c.op === 'between' && !numeric) errors.push(`${at}: between on non-numeric field ${c.field}`);
	if (c.op === 'between' && c.min !== undefined && c.max !== undefined && c.min > c.max) {
		errors.push(`${at}: between min ${c.min} > max ${c.max}`);
	}
	const values = c.op === 'eq' ? [c.value] : c.op === 'in' ? c.values : [];
	for (const v of values) {
		if (info.kind === 'boolean' && typeof v !== 'boolean')
			errors.push(`${at}: ${c.field} takes true/false, got ${String(v)}`);
		if (numeric && typeof v !== 'number') errors.push(`${at}: ${c.field} takes numbers, got ${String(v)}`);
		if (info.values && !info.values.includes(String(v))) {
			errors.push(`${at}: ${c.field} has no value 「${String(v)}」 (allowed: ${info.values.join('、')})`);
		}
	}
}

/** Words by which a source says the person pays nothing: 免费, 免收, a fee 从…经费中支付. */
const FREE_WORDS = /免费|免收|经费中支付/;

/** TeX markup the gazette extraction left in table cells (「选净率 \\geq 99.9%」, 001:1442): fine in a quote, never shown. */
const TEX_MARKUP = /\\[A-Za-z]+|\$[^$]*\$/;

/** Every string a page can show (all but the verbatim quotes), with its path. */
function* shownStrings(node: unknown, path: (string | number)[] = []): Generator<[string, (string | number)[]]> {
	if (typeof node === 'string') yield [node, path];
	else if (Array.isArray(node)) for (let i = 0; i < node.length; i++) yield* shownStrings(node[i], [...path, i]);
	else if (node && typeof node === 'object') {
		for (const [key, value] of Object.entries(node)) if (key !== 'quote') yield* shownStrings(value, [...path, key]);
	}
}

/** Cross-record checks zod cannot express. */
function checkBenefit(b: Benefit, errors: string[]): void {
	for (const [text, at] of shownStrings(b)) {
		if (TEX_MARKUP.test(text))
			errors.push(`${where(at, b)}: TeX markup 「${TEX_MARKUP.exec(text)![0]}」 would show on the page; write ≥ ≤ …`);
	}
	const lists = { conditions: b.conditions, priority: b.priority, amounts: b.amounts, catalogue: b.catalogue };
	for (const [kind, rows] of Object.entries(lists)) {
		const ids: string[] = rows.map((r) => r.id);
		const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
		if (dup.length) errors.push(`${kind}: duplicate id ${dup.join(', ')}`);
	}
	const amountIds = new Set(b.amounts.map((a) => a.id));
	b.exclusions.forEach((x, i) => {
		for (const id of x.amountIds) if (!amountIds.has(id)) errors.push(`exclusions[${i}] (${x.id}): no amount ${id}`);
	});
	b.conditions.forEach((r, i) => checkCondition(r.test, `conditions[${i}] (${r.id}).test`, errors));
	b.priority.forEach((r, i) => checkCondition(r.test, `priority[${i}] (${r.id}).test`, errors));
	b.amounts.forEach((a, i) => {
		if (a.when) checkCondition(a.when, `amounts[${i}] (${a.id}).when`, errors);
		// A sum typed wrong is the costliest error: the quote must print it.
		if (a.value !== null && !normaliseForQuote(a.source.quote).includes(String(a.value))) {
			errors.push(`amounts[${i}] (${a.id}): value ${a.value} does not occur in its quote`);
		}
		// 「免费提供」 is a promise to the citizen: only a null amount whose own quote says so may carry it.
		if (a.free && (a.value !== null || !FREE_WORDS.test(normaliseForQuote(a.source.quote)))) {
			errors.push(`amounts[${i}] (${a.id}): free needs value null and a quote saying 免费/免收/…支付`);
		}
		if (a.period === '每个周期' && a.cycleYears === undefined)
			errors.push(`amounts[${i}] (${a.id}): 每个周期 without cycleYears`);
	});
	b.catalogue.forEach((r, i) => {
		if (r.when) checkCondition(r.when, `catalogue[${i}] (${r.id}).when`, errors);
		if (r.value !== null && !normaliseForQuote(r.source.quote).includes(String(r.value))) {
			errors.push(`catalogue[${i}] (${r.id}): value ${r.value} does not occur in its quote`);
		}
	});
}

/** Parse, validate and verify one YAML file. */
export function loadBenefitFile(path: string): Benefit {
	const rel = relative(ROOT, path).startsWith('..') ? path : relative(ROOT, path);
	const raw = readYaml(path);
	const parsed = Benefit.safeParse(raw);
	if (!parsed.success) {
		const lines = parsed.error.issues.map((i) => `  ${where(i.path as (string | number)[], raw)}: ${i.message}`);
		throw new BenefitDataError(`${rel}: invalid benefit\n${lines.join('\n')}`);
	}
	const benefit = parsed.data;
	const errors: string[] = [];
	const stem = basename(path).replace(/\.ya?ml$/, '');
	if (benefit.id !== stem) errors.push(`id ${benefit.id} differs from the file name ${stem}`);
	checkBenefit(benefit, errors);
	for (const [ref, at] of citations(benefit)) {
		try {
			verifyQuote(ref);
		} catch (err) {
			if (!(err instanceof SourceError)) throw err;
			errors.push(`${where(at, benefit)}: ${err.message}`);
		}
	}
	if (errors.length) throw new BenefitDataError(`${rel}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
	return benefit;
}

/** Every benefit in dir (*.yaml, sorted by file name), validated and with every quote verified. */
export function loadBenefits(dir = BENEFITS_DIR): Benefit[] {
	const files = readdirSync(dir)
		.filter((n) => /\.ya?ml$/.test(n))
		.sort();
	const benefits = files.map((n) => loadBenefitFile(join(dir, n)));
	const ids = benefits.map((b) => b.id);
	const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
	if (dup.length) throw new BenefitDataError(`${relative(ROOT, dir)}: duplicate benefit id ${dup.join(', ')}`);
	return benefits;
}
