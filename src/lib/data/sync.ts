/**
 * Getting the data bundle: manifest → download → verify hash → atomic swap into IndexedDB.
 * Nothing here throws into the UI by itself: callers get typed errors and turn them into visible state.
 * A download that is partial or whose hash does not match the manifest is rejected and never stored.
 */
import { DEFAULT_REGION, filesFor, manifestRegions } from '$lib/domain/dataset';
import { isManifest } from '$lib/domain/guards';
import type { BundleFile, BundleManifest } from '$lib/domain/schema';
import type { AppDb, SectionRow } from './db';
import { errorName } from './db-handle';

export type Fetch = typeof fetch;

export class DataError extends Error {
	constructor(
		readonly kind: 'network' | 'integrity' | 'format' | 'storage',
		message: string,
		/** The underlying error (set by hand: Chrome 86 ignores Error's `cause` option). */
		readonly cause?: unknown
	) {
		super(message);
		this.name = 'DataError';
	}
}

export const MANIFEST_PATH = 'data/manifest.json';

/** The manifest, always from the network (it is tiny and says whether anything changed). */
export async function fetchManifest(fetchFn: Fetch, base: string): Promise<BundleManifest> {
	let res: Response;
	try {
		res = await fetchFn(`${base}/${MANIFEST_PATH}`, { cache: 'no-cache' });
	} catch (err) {
		throw new DataError('network', `无法连接网络：${String(err)}`);
	}
	if (!res.ok) throw new DataError('network', `数据清单下载失败（HTTP ${res.status}）`);
	let json: unknown;
	try {
		json = await res.json();
	} catch {
		throw new DataError('format', '数据清单不是有效的 JSON');
	}
	if (!isManifest(json)) throw new DataError('format', '数据清单格式不对');
	return json;
}

export async function sha256Hex(text: string): Promise<string | null> {
	const subtle = globalThis.crypto?.subtle;
	// Outside a secure context there is no SubtleCrypto; fetch's `integrity` check has verified the body then.
	if (!subtle) return null;
	const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One data file, checked against its manifest hash. Throws DataError; never returns a wrong body. */
async function downloadFile(file: BundleFile, fetchFn: Fetch, base: string, cache?: RequestCache): Promise<SectionRow> {
	let res: Response;
	try {
		res = await fetchFn(`${base}/${file.path}`, cache ? { integrity: file.sri, cache } : { integrity: file.sri });
	} catch (err) {
		throw new DataError('network', `下载 ${file.name} 失败：${String(err)}`);
	}
	if (!res.ok) throw new DataError('network', `下载 ${file.name} 失败（HTTP ${res.status}）`);
	let text: string;
	try {
		text = await res.text();
	} catch (err) {
		throw new DataError('network', `下载 ${file.name} 中断：${String(err)}`);
	}
	const hash = await sha256Hex(text);
	if (hash !== null && hash !== file.sha256) {
		throw new DataError('integrity', `${file.name} 校验失败：内容与数据清单不符，已丢弃`);
	}
	return { name: file.name, sha256: file.sha256, text };
}

/**
 * Downloads the given files of a manifest (default: the base files and the home region's; every file of an
 * unsplit bundle) and checks each against its hash. All or nothing.
 */
export async function downloadSections(
	manifest: BundleManifest,
	fetchFn: Fetch,
	base: string,
	reuse: Map<string, SectionRow> = new Map(),
	files: readonly BundleFile[] = filesFor(manifest, [DEFAULT_REGION])
): Promise<SectionRow[]> {
	return Promise.all(
		files.map(async (file): Promise<SectionRow> => {
			const kept = reuse.get(file.name);
			// Only changed sections travel: an unchanged hash means the stored copy is already right.
			if (kept && kept.sha256 === file.sha256) return kept;
			try {
				return await downloadFile(file, fetchFn, base);
			} catch {
				// A wrong answer (an HTML page with status 200) can sit in the browser's HTTP cache under the file's
				// immutable name long after the server is fixed: ask the server itself, once.
				return downloadFile(file, fetchFn, base, 'reload');
			}
		})
	);
}

/** Meta key of the regions stored beside the base files of a split bundle. */
const REGIONS_KEY = 'regions';

/**
 * The regions a set of rows holds, when it is a complete subset of the manifest: every base file, and every
 * file of each region that has any, each with the manifest's hash. Null otherwise.
 */
export function completeRegions(manifest: BundleManifest, rows: readonly SectionRow[]): string[] | null {
	const byName = new Map(rows.map((r) => [r.name, r]));
	const touched = new Set<string>();
	for (const f of manifest.files) if (f.region !== undefined && byName.has(f.name)) touched.add(f.region);
	const regions = manifestRegions(manifest).filter((r) => touched.has(r));
	const wanted = filesFor(manifest, regions);
	if (rows.length !== wanted.length || !wanted.every((f) => byName.get(f.name)?.sha256 === f.sha256)) return null;
	return regions;
}

/**
 * Writes a complete bundle in one transaction: either every section and the manifest change, or nothing.
 * For a split bundle, `rows` are the base files plus whole regions (see completeRegions).
 */
export async function storeBundle(db: AppDb, manifest: BundleManifest, rows: SectionRow[]): Promise<void> {
	const regions = completeRegions(manifest, rows);
	if (!regions) throw new DataError('integrity', '数据不完整，未保存');
	try {
		await db.transaction('rw', db.sections, db.meta, async () => {
			await db.sections.clear();
			await db.sections.bulkPut(rows);
			await db.meta.put({ key: 'manifest', value: manifest });
			await db.meta.put({ key: REGIONS_KEY, value: regions });
		});
	} catch (err) {
		throw new DataError('storage', storageMessage(err), err);
	}
}

/**
 * Adds one region's verified rows to the stored bundle in one transaction, if the stored bundle is still
 * this manifest's version; otherwise (or on any failure) nothing changes. Returns whether it was stored.
 */
export async function storeRegion(db: AppDb, manifest: BundleManifest, region: string, rows: SectionRow[]): Promise<boolean> {
	const files = manifest.files.filter((f) => f.region === region);
	const byName = new Map(rows.map((r) => [r.name, r]));
	if (files.length === 0 || rows.length !== files.length || !files.every((f) => byName.get(f.name)?.sha256 === f.sha256)) {
		throw new DataError('integrity', '地区数据不完整，未保存');
	}
	try {
		return await db.transaction('rw', db.sections, db.meta, async () => {
			const [stored, had] = await Promise.all([db.meta.get('manifest'), db.meta.get(REGIONS_KEY)]);
			if (!stored || !isManifest(stored.value) || stored.value.version !== manifest.version) return false;
			const regions = storedRegions(had?.value);
			await db.sections.bulkPut(rows);
			const next = manifestRegions(manifest).filter((r) => r === region || regions.includes(r));
			await db.meta.put({ key: REGIONS_KEY, value: next });
			return true;
		});
	} catch (err) {
		throw new DataError('storage', storageMessage(err), err);
	}
}

function storedRegions(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Status sentence when the stored copy failed its hash check and the network cannot replace it. */
export const DAMAGED_MESSAGE = '手机上保存的数据已损坏，已停用：请连接网络，本应用会自动重新下载';

export type StoredBundle = { manifest: BundleManifest; rows: SectionRow[]; regions: string[] };

/**
 * The stored bundle, or null when there is none or it is incomplete (never a half-written one): the base
 * files and the files of every region recorded as stored must all be there with the manifest's hashes.
 * Each section's text is hashed again on read: storage can be altered or damaged after it was written, and
 * a copy whose text no longer matches is reported as 'damaged' (treated as missing: the caller refetches).
 */
export async function readStoredBundle(db: AppDb): Promise<StoredBundle | 'damaged' | null> {
	let manifestRow;
	let regionsRow;
	let rows: SectionRow[];
	try {
		[manifestRow, regionsRow, rows] = await db.transaction('r', db.sections, db.meta, () =>
			Promise.all([db.meta.get('manifest'), db.meta.get(REGIONS_KEY), db.sections.toArray()])
		);
	} catch (err) {
		throw new DataError('storage', storageMessage(err), err);
	}
	if (!manifestRow || !isManifest(manifestRow.value)) return null;
	const manifest = manifestRow.value;
	const regions = manifestRegions(manifest).filter((r) => storedRegions(regionsRow?.value).includes(r));
	const byName = new Map(rows.map((r) => [r.name, r]));
	const ordered: SectionRow[] = [];
	for (const file of filesFor(manifest, regions)) {
		const row = byName.get(file.name);
		if (!row || row.sha256 !== file.sha256) return null;
		ordered.push(row);
	}
	const hashes = await Promise.all(ordered.map((row) => sha256Hex(row.text)));
	if (hashes.some((h, i) => h !== null && h !== ordered[i]?.sha256)) return 'damaged';
	return { manifest, rows: ordered, regions };
}

export function storageMessage(err: unknown): string {
	const name = errorName(err);
	if (name === 'QuotaExceededError' || /quota/i.test(String(err))) return '手机存储空间不足，离线数据未能保存';
	if (name === 'DatabaseClosedError' || name === 'InvalidStateError') return '本地数据库连接已断开';
	if (name === 'MissingAPIError' || name === 'SecurityError') return '此浏览器不允许保存离线数据';
	return `本地存储出错：${name || String(err)}`;
}
