/**
 * Turning what someone typed (CLI JSON, a shared link) into a Profile, with messages in Chinese that say
 * which answer is wrong and what is allowed. Uses zod: for the CLI and build scripts, not the client bundle.
 */
import { PROFILE_FIELDS, UNKNOWN, type ProfileFieldInfo } from './fields';
import { Profile } from './schema';

export type ParsedProfile = { ok: true; profile: Profile } | { ok: false; errors: string[] };

/** Far longer than any real profile (every field filled is under 1 KB); bounds the work pasted text can cause. */
export const MAX_PROFILE_CHARS = 16 * 1024;
/** A profile is an object of scalars and flat lists (depth 2); deeper input is a mistake or an attack. */
export const MAX_PROFILE_DEPTH = 4;

export interface ProfileOptions {
	/** The counties of the data (id and name): a county answer must be one of them. */
	counties?: readonly { id: string; name: string }[];
	/** The device names of the benefits' tables (儿童轮椅 …): a deviceNeeds answer must name them. */
	deviceNames?: readonly string[];
}

const FIELD = new Map<string, ProfileFieldInfo>(PROFILE_FIELDS.map((f) => [f.name, f]));

/** People type 不确定 as often as unknown. */
const UNKNOWN_WORDS = new Set([UNKNOWN, '不确定']);

function allowed(info: ProfileFieldInfo): string {
	const unknown = `或 "${UNKNOWN}"（不确定）`;
	switch (info.kind) {
		case 'integer':
			return `${info.min ?? 0}到${info.max ?? '∞'}之间的整数${info.unit ? `（${info.unit}）` : ''}，${unknown}`;
		case 'number':
			return `${info.min ?? 0}到${info.max ?? '∞'}之间的数${info.unit ? `（${info.unit}）` : ''}，${unknown}`;
		case 'boolean':
			return `true（是）、false（否），${unknown}`;
		case 'choice':
			return `以下之一：${(info.values ?? []).join('、')}，${unknown}`;
		case 'multi':
			return info.values
				? `列表，每项是以下之一：${info.values.join('、')}（空列表表示都不是），${unknown}`
				: `名称列表（空列表表示都不需要），${unknown}`;
		case 'id':
			return `小写英文编号（如 lishi），${unknown}`;
	}
}

/** The value as the person typed it: JSON cannot hold 1e400, so its source text is echoed, not 「null」. */
function show(value: unknown, sourceText?: string): string {
	if (sourceText !== undefined) return sourceText;
	return typeof value === 'string' ? `「${value}」` : (JSON.stringify(value) ?? String(value));
}

/** The source text of a number given for a top-level key, e.g. 1e400. */
function numberText(json: string, key: string): string | undefined {
	const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`"${escaped}"\\s*:\\s*(-?[0-9][0-9.eE+-]*)`).exec(json)?.[1];
}

/** Deepest nesting of [ and { outside strings, counted without recursion (a deep input cannot overflow it). */
function nestingDepth(json: string): number {
	let depth = 0;
	let max = 0;
	let inString = false;
	for (let i = 0; i < json.length; i++) {
		const c = json[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '[' || c === '{') max = Math.max(max, ++depth);
		else if (c === ']' || c === '}') depth--;
	}
	return max;
}

/**
 * Validate a profile given as an object or a JSON string. Never throws: either the profile, or one
 * Chinese message per wrong answer (「年龄：应为0到120之间的整数（岁），或 "unknown"（不确定）；收到 -1」).
 */
export function parseProfile(input: unknown, options: ProfileOptions = {}): ParsedProfile {
	let raw = input;
	if (typeof input === 'string') {
		if (input.length > MAX_PROFILE_CHARS) {
			return { ok: false, errors: [`情况描述太长（${input.length} 个字符，最多 ${MAX_PROFILE_CHARS} 个）`] };
		}
		if (nestingDepth(input) > MAX_PROFILE_DEPTH) {
			return { ok: false, errors: [`情况描述嵌套太深（最多 ${MAX_PROFILE_DEPTH} 层）：每项应是一个值或一个列表`] };
		}
		try {
			raw = JSON.parse(input);
		} catch {
			return { ok: false, errors: ['情况描述不是有效的 JSON，例如：{"age": 5, "disabilityCategories": ["听力"]}'] };
		}
	}
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		return { ok: false, errors: ['情况描述应是一个 JSON 对象，例如：{"age": 5}'] };
	}
	// No prototype: a key such as __proto__ stays an ordinary (and rejected) key instead of changing the object.
	const record: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
	for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
		record[k] = typeof v === 'string' && UNKNOWN_WORDS.has(v.trim()) ? UNKNOWN : v;
	}

	const errors: string[] = [];
	const bad = new Set<string>();
	for (const key of Object.keys(record).sort()) {
		if (!FIELD.has(key)) {
			errors.push(`不认识的项目「${key}」。可以填的项目：${PROFILE_FIELDS.map((f) => f.name).join('、')}`);
			bad.add(key);
		}
	}
	const parsed = Profile.safeParse(record);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const key = issue.path[0];
			if (typeof key !== 'string' || bad.has(key)) continue;
			const info = FIELD.get(key);
			if (!info) continue;
			bad.add(key);
			const value = record[key];
			const source =
				typeof input === 'string' && typeof value === 'number' && !Number.isFinite(value)
					? numberText(input, key)
					: undefined;
			errors.push(`${info.label}（${key}）：应为${allowed(info)}；收到 ${show(value, source)}`);
		}
	}
	const county = record.county;
	if (
		options.counties &&
		typeof county === 'string' &&
		county !== UNKNOWN &&
		!bad.has('county') &&
		!options.counties.some((c) => c.id === county)
	) {
		bad.add('county');
		const info = FIELD.get('county');
		errors.push(
			`${info?.label ?? '所在县'}（county）：应为以下之一：${options.counties.map((c) => `${c.id}（${c.name}）`).join('、')}，或 "${UNKNOWN}"（不确定）；收到 ${show(county)}`
		);
	}
	const devices = record.deviceNeeds;
	if (options.deviceNames && Array.isArray(devices) && !bad.has('deviceNeeds')) {
		const unknownNames = devices.filter((d) => typeof d === 'string' && !options.deviceNames!.includes(d));
		if (unknownNames.length > 0) {
			bad.add('deviceNeeds');
			errors.push(
				`需要的辅助器具（deviceNeeds）：不认识 ${unknownNames.map((d) => show(d)).join('、')}；可选：${[...new Set(options.deviceNames)].join('、')}`
			);
		}
	}
	if (errors.length === 0 && parsed.success) {
		const p = parsed.data;
		if (p.hasDisability === false && Array.isArray(p.disabilityCategories) && p.disabilityCategories.length > 0) {
			errors.push('残疾情况前后矛盾：选了残疾类别，又填了没有残疾（hasDisability: false）');
		}
		if (errors.length === 0) return { ok: true, profile: p };
	}
	if (errors.length === 0) errors.push('情况描述有误');
	return { ok: false, errors };
}
