/**
 * The checker's answers as text: the URL fragment (#age=5&hukou=吕梁户口) and typed numbers, checked with
 * messages that say what is allowed. Pure, so it is unit-tested in Node; the state class is in check.svelte.ts.
 */
import { normaliseProfile } from '$lib/domain/eligibility/engine';
import { PROFILE_FIELDS, UNKNOWN, type ProfileFieldInfo } from '$lib/domain/eligibility/fields';
import { QUESTIONS, type AnswerValue, type Question } from '$lib/domain/eligibility/questions';
import type { Profile, ProfileField } from '$lib/domain/eligibility/schema';

const FIELD = new Map<string, ProfileFieldInfo>(PROFILE_FIELDS.map((f) => [f.name, f]));
const QUESTION = new Map<string, Question>(QUESTIONS.map((q) => [q.id, q]));
const SLUG = /^[a-z0-9-]+$/;
/** Separator of the choices of a multi-choice answer in the fragment. */
const LIST_SEP = ',';

/** Answers as a fragment; browsers never send the fragment to a server, so they stay on the phone. */
export function encodeProfile(p: Profile, order: readonly string[]): string {
	const params = new URLSearchParams();
	const rec = p as Record<string, unknown>;
	for (const key of order) {
		const v = rec[key];
		if (v === undefined) continue;
		params.set(key, Array.isArray(v) ? v.join(LIST_SEP) : String(v));
	}
	return params.toString();
}

function rangeText(info: ProfileFieldInfo): string {
	return `${info.min ?? 0} 到 ${info.max ?? '∞'}${info.unit ?? ''}`;
}

/** One field's text (from the fragment or a typed number) as a profile value, or a message saying what is allowed. */
export function parseField(
	field: string,
	raw: string
): { ok: true; value: AnswerValue } | { ok: false; message: string } {
	const info = FIELD.get(field);
	if (!info) return { ok: false, message: `不认识的项目「${field}」` };
	const text = raw.trim();
	if (text === UNKNOWN || text === '不确定') return { ok: true, value: UNKNOWN };
	switch (info.kind) {
		case 'integer':
		case 'number':
			return parseNumber(info, text);
		case 'boolean':
			if (text === 'true' || text === '是') return { ok: true, value: true };
			if (text === 'false' || text === '否') return { ok: true, value: false };
			return { ok: false, message: `${info.label}：只能答“是”“否”或“不确定”，收到「${text}」` };
		case 'choice':
			if (info.values?.includes(text)) return { ok: true, value: text };
			return { ok: false, message: `${info.label}：应为${(info.values ?? []).join('、')}之一，收到「${text}」` };
		case 'multi': {
			const parts = text === '' ? [] : text.split(LIST_SEP);
			// Fields without a fixed list (deviceNeeds) take names from the data; the engine ignores unknown ones.
			const bad = info.values ? parts.filter((x) => !info.values?.includes(x)) : parts.filter((x) => x.trim() === '');
			if (bad.length === 0) return { ok: true, value: parts };
			return {
				ok: false,
				message: `${info.label}：不认识「${bad.join('、')}」，可选${(info.values ?? []).join('、')}`
			};
		}
		case 'id':
			if (SLUG.test(text)) return { ok: true, value: text };
			return { ok: false, message: `${info.label}：格式不对，收到「${text}」` };
	}
}

/** Full-width digits, minus and point, as phone keyboards in Chinese mode type them. */
function halfWidth(s: string): string {
	return s.replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A typed number: digits only, within the field's range, whole where the field needs it. */
export function parseNumber(
	info: ProfileFieldInfo,
	raw: string
): { ok: true; value: number } | { ok: false; message: string } {
	const text = halfWidth(raw.trim()).replace(/,/g, '');
	if (text === '') return { ok: false, message: `请填写${info.label}，不知道就点“不确定”` };
	if (!/^-?\d+(\.\d+)?$/.test(text))
		return { ok: false, message: `${info.label}只能填数字，例如 5；收到「${raw.trim()}」` };
	const n = Number(text);
	if (info.min !== undefined && n < info.min)
		return {
			ok: false,
			message: `${info.label}不能小于 ${info.min}${info.unit ?? ''}（应在 ${rangeText(info)} 之间）`
		};
	if (info.max !== undefined && n > info.max)
		return {
			ok: false,
			message: `${info.label}不能大于 ${info.max}${info.unit ?? ''}（应在 ${rangeText(info)} 之间），请看看是不是多打了数字`
		};
	if (info.kind === 'integer' && !Number.isInteger(n)) return { ok: false, message: `${info.label}请填整数` };
	return { ok: true, value: n };
}

/** Answers from a fragment; wrong entries are left out and each gets a message. */
export function decodeProfile(hash: string): { profile: Profile; order: ProfileField[]; errors: string[] } {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const profile: Record<string, AnswerValue> = {};
	const order: ProfileField[] = [];
	const errors: string[] = [];
	params.forEach((raw, key) => {
		const r = parseField(key, raw);
		if (!r.ok) errors.push(r.message);
		else if (!(key in profile)) {
			profile[key] = r.value;
			order.push(key as ProfileField);
		}
	});
	return { profile: profile as Profile, order, errors };
}

/** Drops answers to questions the other answers make irrelevant (no disability → no category), until stable. */
export function prune(p: Profile): Profile {
	let out: Record<string, unknown> = { ...p };
	for (;;) {
		const n = normaliseProfile(out as Profile);
		const drop = Object.keys(out).filter((k) => {
			const q = QUESTION.get(k);
			return q !== undefined && !q.relevant(n);
		});
		if (drop.length === 0) return out as Profile;
		out = Object.fromEntries(Object.entries(out).filter(([k]) => !drop.includes(k)));
	}
}
