/**
 * Validates data/city.json (the city's config) at build time: its shape with the zod CityConfig, its quotes
 * against the gazettes, and that every gazette it lists is in data/sources/. Errors name the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CityConfig } from '#lib/domain/city-schema';
import type { SourceFile } from '#lib/domain/schema';
import { SOURCES_DIR, SourceError, sourceFileName, verifyQuote } from './sources';

export const CITY_CONFIG_PATH = join(import.meta.dirname, '..', '..', 'data', 'city.json');

/** Throws SourceError (data/city.json:1: …) when the config is malformed or a quote is not at its line. */
export function checkCityConfig(path = CITY_CONFIG_PATH, sourcesDir = SOURCES_DIR): CityConfig {
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(path, 'utf8'));
	} catch (err) {
		throw new SourceError(path, 1, `not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
	}
	const parsed = CityConfig.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new SourceError(path, 1, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
	}
	const city = parsed.data;
	for (const file of Object.keys(city.gazettes)) sourceFileName(file as SourceFile, sourcesDir);
	const { catalogue } = city;
	if (!city.gazettes[catalogue.file])
		throw new SourceError(path, 1, `catalogue.file ${catalogue.file} is not among its gazettes`);
	if (catalogue.docNoSource.quote !== catalogue.docNo)
		throw new SourceError(path, 1, `catalogue.docNo ${catalogue.docNo} is not what its docNoSource quotes`);
	for (const place of [city.areaCode.source, city.counties.countSource, catalogue.docNoSource, catalogue.dateSource]) {
		const date = city.gazettes[place.file]?.date;
		if (!date) throw new SourceError(path, 1, `cites ${place.file}, which is not among its gazettes`);
		verifyQuote({ file: place.file as SourceFile, line: place.line, quote: place.quote, date }, sourcesDir);
	}
	return city;
}
