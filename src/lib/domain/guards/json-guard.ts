/**
 * A small JSON Schema (draft 2020-12) checker for the client, where zod is kept out of the bundle (budget).
 * The schemas it checks are generated from the zod schemas (`z.toJSONSchema`) and committed beside this file;
 * `guards.test.ts` fails when one drifts from its zod source. Only the keywords those schemas use are
 * supported; an unknown keyword makes the check fail rather than pass silently.
 */
export interface JsonSchema {
	$schema?: string;
	type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
	properties?: Record<string, JsonSchema>;
	required?: string[];
	additionalProperties?: boolean | JsonSchema;
	propertyNames?: JsonSchema;
	items?: JsonSchema;
	minItems?: number;
	pattern?: string;
	minLength?: number;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	/** Informational in zod's output (e.g. starts_with); the pattern beside it does the check. */
	format?: string;
}

const KNOWN = new Set([
	'$schema',
	'type',
	'properties',
	'required',
	'additionalProperties',
	'propertyNames',
	'items',
	'minItems',
	'pattern',
	'minLength',
	'minimum',
	'maximum',
	'exclusiveMinimum',
	'format'
]);

/** The first problem found, as `path: reason`, or null when the value conforms. */
export function schemaProblem(schema: JsonSchema, value: unknown, path = '$'): string | null {
	for (const key of Object.keys(schema)) if (!KNOWN.has(key)) return `${path}: unsupported schema keyword ${key}`;
	switch (schema.type) {
		case 'object': {
			if (!value || typeof value !== 'object' || Array.isArray(value)) return `${path}: not an object`;
			const obj = value as Record<string, unknown>;
			for (const key of schema.required ?? []) if (!(key in obj)) return `${path}.${key}: missing`;
			for (const [key, v] of Object.entries(obj)) {
				const known = schema.properties?.[key];
				const problem = known
					? schemaProblem(known, v, `${path}.${key}`)
					: schema.additionalProperties === false
						? `${path}.${key}: not allowed`
						: typeof schema.additionalProperties === 'object'
							? schemaProblem(schema.additionalProperties, v, `${path}.${key}`)
							: null;
				if (problem) return problem;
				if (schema.propertyNames) {
					const nameProblem = schemaProblem(schema.propertyNames, key, `${path}[name ${key}]`);
					if (nameProblem) return nameProblem;
				}
			}
			return null;
		}
		case 'array': {
			if (!Array.isArray(value)) return `${path}: not an array`;
			if (schema.minItems !== undefined && value.length < schema.minItems)
				return `${path}: fewer than ${schema.minItems} items`;
			if (schema.items) {
				for (let i = 0; i < value.length; i++) {
					const problem = schemaProblem(schema.items, value[i], `${path}[${i}]`);
					if (problem) return problem;
				}
			}
			return null;
		}
		case 'string':
			if (typeof value !== 'string') return `${path}: not a string`;
			if (schema.minLength !== undefined && value.length < schema.minLength)
				return `${path}: shorter than ${schema.minLength}`;
			if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
				return `${path}: does not match ${schema.pattern}`;
			return null;
		case 'integer':
		case 'number':
			if (typeof value !== 'number' || !Number.isFinite(value)) return `${path}: not a number`;
			if (schema.type === 'integer' && !Number.isInteger(value)) return `${path}: not an integer`;
			if (schema.minimum !== undefined && value < schema.minimum) return `${path}: below ${schema.minimum}`;
			if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
				return `${path}: not above ${schema.exclusiveMinimum}`;
			if (schema.maximum !== undefined && value > schema.maximum) return `${path}: above ${schema.maximum}`;
			return null;
		case 'boolean':
			return typeof value === 'boolean' ? null : `${path}: not a boolean`;
		default:
			return `${path}: schema without a supported type`;
	}
}

/** A type guard for a value described by a schema generated from the zod type T. */
export function guard<T>(schema: JsonSchema): (value: unknown) => value is T {
	return (value: unknown): value is T => schemaProblem(schema, value) === null;
}
