/**
 * Reading the source texts in data/sources/ (the gazettes, and the national excerpts in data/sources/national/)
 * and checking citations against them.
 * Every error names the file and line, so a bad curated fact or a malformed source row can be fixed at once.
 */
import { CITY } from '#lib/domain/city';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GazetteFile, NationalFile, SourceFile, SourceRef } from '#lib/domain/schema';
import { isNational, nationalDocument } from '#lib/domain/format/citation';

export const SOURCES_DIR = join(import.meta.dirname, '..', '..', 'data', 'sources');

/** An input problem: reported as `path:line: reason`, and it stops the build. */
export class SourceError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly reason: string
	) {
		super(`${file}:${line}: ${reason}`);
		this.name = 'SourceError';
	}
}

/** Gazette issue facts for each source file (from the covers, see shared/seeds/README.md), from data/city.json. */
export const GAZETTES: Record<GazetteFile, { issue: string; date: string }> = CITY.gazettes;

/** The national excerpts, copied unchanged with their README from shared/sources-national/. */
export const NATIONAL_FILES: Record<NationalFile, string> = { n01: 'national/emergency-numbers.txt' };

/**
 * Date a passage is cited with when no document range of the build holds it: a national excerpt's own document
 * date, else the gazette issue date.
 */
export function sourceDate(file: SourceFile, line: number): string {
	if (isNational(file)) {
		const doc = nationalDocument(file, line);
		if (!doc)
			throw new SourceError(
				`data/sources/${NATIONAL_FILES[file]}`,
				line,
				'line outside every excerpt of the national source'
			);
		return doc.date;
	}
	return GAZETTES[file].date;
}

/** 文号 of the national document a passage is from (the gazettes' come from their document ranges). */
export function nationalDocNo(file: SourceFile, line: number): string | undefined {
	return isNational(file) ? nationalDocument(file, line)?.docNo : undefined;
}

const cache = new Map<string, string[]>();

/** The file name in data/sources/ for a source id, e.g. '000' → 000_bc7c144ecaea1a61.txt, 'n01' → national/emergency-numbers.txt. */
export function sourceFileName(file: SourceFile, dir = SOURCES_DIR): string {
	if (isNational(file)) {
		const path = NATIONAL_FILES[file];
		if (!existsSync(join(dir, path))) throw new SourceError(join(dir, path), 1, 'source file missing');
		return path;
	}
	const name = readdirSync(dir).find((n) => n.startsWith(`${file}_`) && n.endsWith('.txt'));
	if (!name) throw new SourceError(join(dir, `${file}_*.txt`), 1, 'source file missing');
	return name;
}

/** Lines of a source file; index 0 is line 1. */
export function sourceLines(file: SourceFile, dir = SOURCES_DIR): string[] {
	const key = `${dir}/${file}`;
	let lines = cache.get(key);
	if (!lines) {
		lines = readFileSync(join(dir, sourceFileName(file, dir)), 'utf8').split('\n');
		cache.set(key, lines);
	}
	return lines;
}

/** Path used in error messages, relative to the project root. */
export function sourcePath(file: SourceFile, dir = SOURCES_DIR): string {
	return `data/sources/${sourceFileName(file, dir)}`;
}

/** Running page headers and page numbers that 004 (and others) insert mid-sentence. */
const RUNNING_HEADER = /^\s*(吕梁市人民政府公报\s*\d{4}\s*[•·.]\s*\d+.*|-\s*\d+\s*-|—\s*\d+\s*—)\s*$/;

export function isRunningHeader(line: string): boolean {
	return RUNNING_HEADER.test(line);
}

/** What a quote is compared on: no whitespace of any width, no running headers. */
export function normaliseForQuote(text: string): string {
	return text.replace(/[\s\u3000\u00a0]+/g, '');
}

/** How far a quote may run past `lineEnd` (004 wraps every sentence over short lines and blank lines). */
export const QUOTE_SLACK_LINES = 0;

/**
 * Throws a SourceError unless `ref.quote` occurs in lines line..lineEnd of the source, once
 * whitespace and running page headers are removed.
 */
export function verifyQuote(ref: SourceRef, dir = SOURCES_DIR): void {
	const lines = sourceLines(ref.file, dir);
	const path = sourcePath(ref.file, dir);
	const end = ref.lineEnd ?? ref.line;
	if (ref.line > lines.length || end > lines.length) {
		throw new SourceError(path, ref.line, `line out of range (file has ${lines.length} lines)`);
	}
	if (end < ref.line) throw new SourceError(path, ref.line, `lineEnd ${end} is before line ${ref.line}`);
	if (!ref.quote) throw new SourceError(path, ref.line, 'curated fact without a verbatim quote');
	const passage = lines
		.slice(ref.line - 1, end + QUOTE_SLACK_LINES)
		.filter((l) => !isRunningHeader(l))
		.join('');
	if (!normaliseForQuote(passage).includes(normaliseForQuote(ref.quote))) {
		throw new SourceError(path, ref.line, `quote not found in lines ${ref.line}–${end}: 「${ref.quote}」`);
	}
}
