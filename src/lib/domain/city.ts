/**
 * The city this build is for, read from data/city.json (validated by the data build against CityConfig in
 * ./city-schema.ts). Plain values, no zod: the client imports these.
 */
import type { CityConfig } from './city-schema';
import { appName, areaCode, catalogue, counties, gazette, gazettes, hukou, id, name } from '../../../data/city.json';

// Named imports, and the client reads the parts below rather than CITY: what no page uses (the counties
// notice, the sources of the area code and the catalogue) stays out of every page's start-up script (issue 14).
export const CITY_ID = id;
/** The gazette's name (吕梁市人民政府公报) and each source file's issue. */
export const GAZETTE = { name: gazette, issues: gazettes };
// `satisfies` keeps the JSON's literal keys, so the gazette ids stay a union type ('000' | '001' …).
export const CITY = { id, name, appName, areaCode, gazette, gazettes, hukou, catalogue, counties } satisfies CityConfig;

/** Ids of the city's gazette source files (data/sources/<id>_*.txt). */
export type CityGazette = keyof typeof gazettes;
export const CITY_GAZETTES = Object.keys(gazettes) as [CityGazette, ...CityGazette[]];

/** Dialled before a bare landline number (e.g. 0358). */
export const AREA_CODE = areaCode.code;
/** The 户口 answers of the check, in question order. */
export const HUKOU_VALUES = [hukou.local, hukou.residencePermit, hukou.other] as const;
/**
 * Where the 公共服务事项目录 is printed, its title and the notice that publishes it (the data build checks the file is
 * a gazette). Only the build reads it: pages and the handout write the title and 文号 as text, since reading them here
 * put the whole entry into the script every page shares (+0.13 KB gzip on every page, issue 14);
 * tests/unit/city-text.test.ts checks that text against this.
 */
export const CATALOGUE = catalogue as Omit<typeof catalogue, 'file'> & { file: CityGazette };
