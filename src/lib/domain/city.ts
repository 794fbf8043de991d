/**
 * The city this build is for, read from data/city.json (validated by the data build against CityConfig in
 * ./city-schema.ts). Plain values, no zod: the client imports these.
 */
import type { CityConfig } from './city-schema';
import config from '../../../data/city.json';

// `satisfies` keeps the JSON's literal keys, so the gazette ids stay a union type ('000' | '001' …).
export const CITY = config satisfies CityConfig;

/** Ids of the city's gazette source files (data/sources/<id>_*.txt). */
export type CityGazette = keyof typeof CITY.gazettes;
export const CITY_GAZETTES = Object.keys(CITY.gazettes) as [CityGazette, ...CityGazette[]];

/** Dialled before a bare landline number (e.g. 0358). */
export const AREA_CODE = CITY.areaCode.code;
/** The 户口 answers of the check, in question order. */
export const HUKOU_VALUES = [CITY.hukou.local, CITY.hukou.residencePermit, CITY.hukou.other] as const;
/** Where the 公共服务事项目录 is printed and the notice that publishes it (the data build checks the file is a gazette). */
export const CATALOGUE = { ...CITY.catalogue, file: CITY.catalogue.file as CityGazette };
