/**
 * Reading the curated YAML files: a syntax error stops the build with `file:line: YAML error …`, like every
 * other bad input, instead of a parser message that names no file.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { SourceError } from './sources';

/** The parsed document; throws SourceError(path, line) on a syntax error. */
export function readYaml(path: string): unknown {
	const text = readFileSync(path, 'utf8');
	try {
		return parse(text);
	} catch (err) {
		const shown = relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path);
		if (err instanceof YAMLParseError) {
			const line = err.linePos?.[0].line ?? 1;
			throw new SourceError(shown, line, `YAML error: ${err.message.split('\n')[0]}`);
		}
		throw new SourceError(shown, 1, `YAML error: ${err instanceof Error ? err.message : String(err)}`);
	}
}
