/**
 * Parser for the 吕梁市市级公共服务事项目录 (000, 吕政办发〔2019〕29号): TAB-separated rows, 11 printed pages,
 * each page restating the title and header. The extraction mangled the table (research/seeds-000-003.md §2.9):
 * merged 填报单位 cells (D1), a department name split across a page break (D2), shifted rows (D5–D8),
 * type-name variants (D9). This module is pure: lines in, rows out; any row it cannot place throws SourceError.
 */
import { SourceError } from '../lib/sources';
import type { GazetteFile, ServiceType } from '#lib/domain/schema';
import { SERVICE_TYPES } from '#lib/domain/service-types';
import { CATALOGUE, CITY as CITY_CONFIG } from '#lib/domain/city';

/** The city prefix (data/city.json). A cell holding only this is the first half of a name split by a page break (D2). */
export const CITY = CITY_CONFIG.name;
/** The title printed above the table and on each page (data/city.json): how the parser finds it. */
const CATALOGUE_TITLE = CATALOGUE.title;
const HEADER = ['填报单位', '编号', '服务主题', '事项名称', '服务提供单位', '服务类型', '备注'];

/** Cells after 编号 that must be filled: 服务主题, 事项名称, 服务提供单位, 服务类型. */
const REQUIRED = ['服务主题', '事项名称', '服务提供单位', '服务类型'] as const;
/**
 * After the four required cells: the 备注 cell plus at most one empty cell that the extraction appended
 * (page 10 has 8 fields, D8; rows with a missing leading TAB carry two empty trailing fields, D5).
 */
const MAX_TRAILING_CELLS = 2;

/** Printed 服务类型 variants and the canonical type each stands for (D9). 常见问题类 stays its own type. */
const TYPE_VARIANTS: Record<string, ServiceType> = {
	服务连接类: '服务链接类',
	场馆信息类: '场馆设施类',
	办事服务类: '办事指南类'
};

export interface CatalogueRow {
	/** 编号. */
	no: number;
	/** 1-based line in the source file. */
	line: number;
	/** 填报单位 cell as printed; '' when the cell is merged with the rows above (D1). */
	departmentCell: string;
	/** 填报单位 after fill-down, page-break repair (D2) and whitespace removal (D3); as printed otherwise. */
	department: string;
	theme: string;
	/** 事项名称 cleaned: outer quotes, wrap spaces, ASCII comma and parentheses normalised. */
	name: string;
	nameRaw: string;
	/** 服务提供单位 as printed (may hold two units, see entities.ts). */
	providerRaw: string;
	type: ServiceType;
	/** 服务类型 as printed. */
	typeRaw: string;
	/** 备注, only when non-empty. */
	note?: string;
	/** Number of TAB-separated fields on the printed line (for diagnostics). */
	fields: number;
}

export interface CatalogueOptions {
	file: GazetteFile;
	/** Path used in error messages (data/sources/000_….txt). */
	path?: string;
	/** Restrict the search for the table to these lines (1-based, inclusive). */
	firstLine?: number;
	lastLine?: number;
	/** 编号 of the first row (1 for the whole table; tests parse snippets that start later). */
	firstNo?: number;
}

const WS = /[\s\u3000\u00a0]+/g;
const ALL_DIGITS = /^\d+$/;
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\u3000]+(?=[${CJK}])`, 'g');

function isTitle(line: string): boolean {
	return line.trim() === CATALOGUE_TITLE;
}

function isHeader(line: string): boolean {
	const cells = line.split('\t').map((c) => c.trim());
	while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
	return cells.length === HEADER.length && cells.every((c, i) => c === HEADER[i]);
}

/** The name as a citizen should read it; the printed form stays in nameRaw. */
export function cleanName(raw: string): string {
	let s = raw.trim().replace(SPACE_BETWEEN_CJK, '');
	// #13 is wrapped whole in quotes; 「“12350”安全生产举报热线」 is not, so only strip a single enclosing pair.
	if (s.startsWith('“') && s.endsWith('”') && !/[“”]/.test(s.slice(1, -1))) s = s.slice(1, -1);
	return s
		.replace(/\s*,\s*/g, '，')
		.replace(/\(/g, '（')
		.replace(/\)/g, '）')
		.replace(/\s+/g, ' ');
}

export function normaliseType(raw: string): ServiceType | undefined {
	const t = raw.replace(WS, '');
	return TYPE_VARIANTS[t] ?? SERVICE_TYPES.find((c) => c === t);
}

interface Located {
	start: number;
	end: number;
}

/** Finds the first title line that is followed (after blank lines) by the header row. 0-based indices. */
function locateTable(lines: string[], opts: CatalogueOptions, path: string): Located {
	const first = (opts.firstLine ?? 1) - 1;
	const last = Math.min(opts.lastLine ?? lines.length, lines.length) - 1;
	for (let i = first; i <= last; i++) {
		if (!isTitle(lines[i] ?? '')) continue;
		let j = i + 1;
		while (j <= last && (lines[j] ?? '').trim() === '') j++;
		if (j <= last && isHeader(lines[j] ?? '')) return { start: i, end: last };
	}
	throw new SourceError(path, opts.firstLine ?? 1, `table 「${CATALOGUE_TITLE}」 with its header row not found`);
}

interface CellSplit {
	before: string[];
	no: number;
	after: string[];
}

function splitRow(line: string, lineNo: number, path: string): CellSplit {
	const cells = line.split('\t');
	const i = cells.findIndex((c) => ALL_DIGITS.test(c.trim()));
	if (i < 0) throw new SourceError(path, lineNo, 'catalogue row without a numeric 编号 cell');
	const before = cells.slice(0, i).map((c) => c.trim());
	let after = cells.slice(i + 1).map((c) => c.trim());
	// D7: 编号 printed in the 填报单位 column and the 编号 column left empty (`244⇥⇥教育培训⇥…`).
	if (i === 0 && after[0] === '') after = after.slice(1);
	return { before, no: Number(cells[i]), after };
}

/**
 * Parses the catalogue table. Throws SourceError (path:line: reason) on any row it cannot place:
 * no numeric cell, wrong cell count after realignment, empty required cell, unknown 服务类型,
 * duplicate or non-contiguous 编号, a department that reappears after another one, an unfinished split name.
 */
export function parseCatalogue(lines: string[], opts: CatalogueOptions): { rows: CatalogueRow[] } {
	const path = opts.path ?? `data/sources/${opts.file}`;
	const { start, end } = locateTable(lines, opts, path);
	const rows: CatalogueRow[] = [];
	const seen = new Map<number, number>();
	/** Departments whose block has closed, to catch a name reappearing later (fill-down gone wrong). */
	const closed = new Map<string, number>();
	let department = '';
	/** Rows printed under a lone 「吕梁市」 cell, waiting for the rest of the name on the next page (D2). */
	let pending: CatalogueRow[] = [];
	let pendingLine = 0;
	let inPage = false;

	const setDepartment = (name: string, lineNo: number): void => {
		if (name === department) return;
		if (closed.has(name)) {
			throw new SourceError(
				path,
				lineNo,
				`填报单位 ${name} reappears after its block ended at line ${closed.get(name)}`
			);
		}
		if (department) closed.set(department, rows[rows.length - 1]?.line ?? lineNo);
		department = name;
	};

	let i = start;
	for (; i <= end; i++) {
		const line = lines[i] ?? '';
		const lineNo = i + 1;
		if (line.trim() === '') {
			inPage = false;
			continue;
		}
		if (isTitle(line)) continue;
		if (isHeader(line)) {
			inPage = true;
			continue;
		}
		// A non-blank line outside a page (after the blank line that ends one) is the next document.
		if (!inPage) break;

		const { before, no, after } = splitRow(line, lineNo, path);
		const printed = before.filter((c) => c !== '');
		if (printed.length > 1) {
			throw new SourceError(path, lineNo, `more than one cell before 编号 ${no}: ${printed.join(' | ')}`);
		}
		if (after.length < REQUIRED.length || after.length > REQUIRED.length + MAX_TRAILING_CELLS) {
			throw new SourceError(
				path,
				lineNo,
				`编号 ${no}: expected ${REQUIRED.length}–${REQUIRED.length + MAX_TRAILING_CELLS} cells after 编号, found ${after.length}`
			);
		}
		REQUIRED.forEach((label, k) => {
			if (!after[k]) throw new SourceError(path, lineNo, `编号 ${no}: empty ${label} cell`);
		});
		const trailing = after.slice(REQUIRED.length);
		if (trailing.slice(1).some((c) => c !== '')) {
			throw new SourceError(path, lineNo, `编号 ${no}: unexpected text after 备注: ${trailing.join(' | ')}`);
		}
		const [theme = '', nameRaw = '', providerRaw = '', typeRaw = ''] = after;
		const type = normaliseType(typeRaw);
		if (!type) throw new SourceError(path, lineNo, `编号 ${no}: unknown 服务类型 「${typeRaw}」`);

		const firstAt = seen.get(no);
		if (firstAt !== undefined) throw new SourceError(path, lineNo, `duplicate 编号 ${no} (first at line ${firstAt})`);
		seen.set(no, lineNo);
		const expected = rows.length > 0 ? (rows[rows.length - 1]?.no ?? 0) + 1 : (opts.firstNo ?? 1);
		if (no !== expected) throw new SourceError(path, lineNo, `编号 ${no} out of sequence: expected ${expected}`);

		const departmentCell = printed[0] ?? '';
		const row: CatalogueRow = {
			no,
			line: lineNo,
			departmentCell,
			department: '',
			theme: theme.replace(WS, ''),
			name: cleanName(nameRaw),
			nameRaw,
			providerRaw,
			type,
			typeRaw,
			fields: line.split('\t').length
		};
		const note = trailing[0];
		if (note) row.note = note;

		const cell = departmentCell.replace(WS, '');
		if (cell === CITY) {
			pending.push(row);
			pendingLine = pendingLine || lineNo;
		} else if (pending.length > 0) {
			if (cell === '') {
				pending.push(row);
			} else {
				setDepartment(cell.startsWith(CITY) ? cell : CITY + cell, pendingLine);
				for (const p of pending) p.department = department;
				pending = [];
				pendingLine = 0;
			}
		} else if (cell !== '') {
			setDepartment(cell, lineNo);
		}
		if (pending.length === 0) {
			if (!department) throw new SourceError(path, lineNo, `编号 ${no}: no 填报单位 above this row to fill down from`);
			row.department = department;
		}
		rows.push(row);
	}
	if (pending.length > 0) {
		throw new SourceError(path, pendingLine, `填报单位 「${CITY}」 is never completed on a following page`);
	}
	if (rows.length === 0) throw new SourceError(path, start + 1, 'catalogue table has no rows');
	return { rows };
}
