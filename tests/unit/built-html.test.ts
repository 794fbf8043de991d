/**
 * The truth test over the built site (issue #10 §3): reads every page in build/ as a visitor gets it and checks
 * that what it shows is in the data and the sources.
 *   - Every phone number (tel: link or number in the text) is a number from the data, shown with its name or
 *     cited purpose beside it, at most once per list; service and benefit pages only show the numbers their
 *     sources tie to them (plus the four emergency numbers).
 *   - Every 元 amount on a page or in the data bundle is printed in the gazettes (data/sources).
 *   - No TeX markup (\geq, $, ^{…}) and no English words but the ones the sources or the allowlist below use.
 * It runs after `vite build` in `npm test` (scripts/test-all.ts sets REQUIRE_BUILD, so a missing build/ fails
 * there); run alone without build/ it is skipped.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAZETTES, NATIONAL_FILES, sourceLines } from '../../scripts/lib/sources';
import type { SourceFile } from '#lib/domain/source-ref';
import { EMERGENCY_NUMBERS } from '#lib/domain/danger';
import type { CoreData } from '#lib/domain/schema';

const BUILD = 'build';
const built = existsSync(join(BUILD, 'index.html'));
if (!built && process.env.REQUIRE_BUILD) throw new Error(`${BUILD}/index.html not found: run vite build first`);

/** The general government line: the fallback on any page whose source prints no number (national source n01:7). */
const GENERAL_LINE = '12345';
/** Latin words the UI may show though no source prints them: names of things people type or see elsewhere. */
const LATIN_ALLOWED = new Set([
	// phones and browsers named in the offline help (/about)
	'iPhone',
	'Safari',
	'JavaScript',
	// the open-data standard, its schema and licence (/open-data)
	'HSDS',
	'Open',
	'Referral',
	'App',
	'JSON',
	'Schema',
	'CC',
	'BY',
	'SA',
	'CSV',
	'UTF',
	'WPS',
	// an example of typing in pinyin, in the search hint
	'huzhao'
]);
/** Pages listed in an error message before the test stops: enough to fix, short enough to read. */
const REPORT_MAX = 30;

// ---------------------------------------------------------------------------------------------- reading HTML

interface Node {
	tag: string;
	attrs: Record<string, string>;
	children: (Node | string)[];
	parent: Node | null;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
		e[0] === '#'
			? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
			: (ENTITIES[e.toLowerCase()] ?? m)
	);
}

/**
 * A small tree of what a visitor can see: scripts, styles, templates (the page's data), comments and the head
 * (except the title) are dropped.
 * The pages are Svelte's own output, so well-formed tags are enough; unknown closers are ignored.
 */
function parse(html: string): Node {
	const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
	const body = html
		.replace(/<!doctype[^>]*>/i, '')
		.replace(/<head>[\s\S]*?<\/head>/, '')
		.replace(/<script\b[\s\S]*?<\/script>/g, '')
		.replace(/<style\b[\s\S]*?<\/style>/g, '')
		.replace(/<template\b[\s\S]*?<\/template>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '');
	const root: Node = {
		tag: '#root',
		attrs: {},
		children: [{ tag: 'title', attrs: {}, children: [decode(title)], parent: null }],
		parent: null
	};
	let cur = root;
	const token = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|([^<]+)|</g;
	for (let m = token.exec(body); m; m = token.exec(body)) {
		const [, close, tagName, attrText, selfClose, text] = m;
		if (text !== undefined || !tagName) {
			cur.children.push(decode(text ?? '<'));
			continue;
		}
		const tag = tagName.toLowerCase();
		if (close) {
			let n: Node | null = cur;
			while (n && n.tag !== tag) n = n.parent;
			if (n?.parent) cur = n.parent;
			continue;
		}
		const attrs: Record<string, string> = {};
		for (const a of (attrText ?? '').matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
			attrs[a[1]!.toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
		const node: Node = { tag, attrs, children: [], parent: cur };
		cur.children.push(node);
		if (!VOID.has(tag) && !selfClose) cur = node;
	}
	return root;
}

function textOf(n: Node | string, skip?: ReadonlySet<string>): string {
	if (typeof n === 'string') return n;
	if (skip?.has(n.tag)) return ' ';
	return n.children.map((c) => textOf(c, skip)).join('');
}

/** Code samples (file and field names on the open-data page) are not UI labels. */
const CODE = new Set(['code', 'kbd', 'samp']);
/** Addresses printed for people to type or scan (「/service/35」 under a QR code) are not labels either. */
const ADDRESS = /https?:\/\/\S+|\/[\w\-./{}]+|[\w-]+\.(?:json|csv)\b/g;

function* walk(n: Node): Generator<Node> {
	yield n;
	for (const c of n.children) if (typeof c !== 'string') yield* walk(c);
}

/** Visible text: what the page shows, plus what screen readers read (aria-label, alt). */
function visibleText(root: Node): string {
	const extra: string[] = [];
	for (const n of walk(root)) {
		if (n.attrs['aria-label']) extra.push(n.attrs['aria-label']);
		if (n.attrs.alt) extra.push(n.attrs.alt);
	}
	return `${textOf(root)}\n${extra.join('\n')}`;
}

const BLOCKS = new Set(['li', 'p', 'dd', 'td', 'tr', 'section', 'article', 'div']);
function closestBlock(n: Node): Node {
	let p = n.parent;
	while (p && !BLOCKS.has(p.tag)) p = p.parent;
	return p ?? n;
}
function closestList(n: Node): Node | null {
	let p = n.parent;
	while (p && p.tag !== 'ul' && p.tag !== 'ol') p = p.parent;
	return p;
}

interface Page {
	path: string;
	root: Node;
	text: string;
	/** The visible text without code samples and addresses: what must read as Chinese. */
	prose: string;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = join(dir, e.name);
		if (e.isDirectory()) return e.name === '_app' || e.name === 'data' ? [] : htmlFiles(p);
		return e.name.endsWith('.html') ? [p] : [];
	});
}

function loadPages(): Page[] {
	return htmlFiles(BUILD)
		.sort()
		.map((file) => {
			const root = parse(readFileSync(file, 'utf8'));
			return {
				path: `/${relative(BUILD, file).replace(/\.html$/, '')}`,
				root,
				text: visibleText(root),
				prose: textOf(root, CODE).replace(ADDRESS, ' ')
			};
		});
}

// ---------------------------------------------------------------------------------------------- the data

interface BenefitLike {
	id: string;
	docNo: string;
	date: string;
	statusNote: string;
	apply: { office: string; hotlineIds: string[] };
}

function bundle(): { core: CoreData; benefits: BenefitLike[]; strings: string[]; quotes: string[] } {
	const dir = join(BUILD, 'data');
	const read = (section: string): unknown => {
		const f = readdirSync(dir).find((x) => x.startsWith(`${section}.`) && x.endsWith('.json'));
		if (!f) throw new Error(`${dir}: no ${section} section`);
		return JSON.parse(readFileSync(join(dir, f), 'utf8'));
	};
	const core = read('core') as CoreData;
	const benefits = (read('benefits') as { benefits: BenefitLike[] }).benefits;
	const strings: string[] = [];
	const quotes: string[] = [];
	// Quotes are the gazettes' own words, checked against them by the build: kept apart from what the app writes.
	const collect = (v: unknown, key = ''): void => {
		if (typeof v === 'string') (key === 'quote' ? quotes : strings).push(v);
		else if (Array.isArray(v)) v.forEach((x) => collect(x));
		else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) collect(x, k);
	};
	collect(core);
	collect(benefits);
	collect(read('events'));
	return { core, benefits, strings, quotes };
}

/** What a tel: link dials: digits only (「0358-8233171」 → 03588233171). */
const dialOf = (areaCode: string | undefined, number: string): string =>
	`${areaCode ?? ''}${number}`.replace(/\D/g, '');
const LANDLINE_ID = /^(0\d{2,3})-(\d{7,8})$/;

/** Amounts as the sources print them: digits without thousands separators, then 元, 万元 or 亿元. */
const AMOUNT = /(\d+(?:[,，]\d{3})*(?:\.\d+)?)\s*([万亿]?)元/g;
function amountsIn(text: string): string[] {
	return [...text.matchAll(AMOUNT)].map((m) => `${m[1]!.replace(/[,，]/g, '')}${m[2]}元`);
}

/** A Latin word on its own (not part of a hash like 0f4dba91 or a model number like LHZ04). */
const LATIN_WORD = /(?:^|[^A-Za-z0-9])([A-Za-z]{2,})(?![A-Za-z0-9])/g;

/** TeX left over from the gazettes' formula markup. */
const TEX = /\\[a-zA-Z]+|\$|\^\{|_\{/;

describe.skipIf(!built)('网页上写的都有出处（检查 build/ 里的每个页面）', () => {
	const pages = loadPages();
	const { core, benefits, strings, quotes } = bundle();
	const files = [...Object.keys(GAZETTES), ...Object.keys(NATIONAL_FILES)] as SourceFile[];
	const sourceText = files
		.flatMap((id) => sourceLines(id))
		.join('\n')
		.replace(/\s+/g, '');

	/** Each dialable number in the data, with the words that say what it is for. */
	const phones = new Map<string, string[]>();
	const addPhone = (dial: string, words: string[]): void => {
		phones.set(dial, [...(phones.get(dial) ?? []), ...words]);
	};
	for (const h of core.hotlines) addPhone(dialOf(h.areaCode, h.number), [h.name, h.purpose]);
	for (const b of benefits)
		for (const id of b.apply.hotlineIds) {
			const m = LANDLINE_ID.exec(id);
			if (m && !core.hotlines.some((h) => h.id === id)) addPhone(dialOf(m[1], m[2]!), [`${b.apply.office}咨询电话`]);
		}
	// A document's 咨询电话 is printed under its 咨询单位, so that is what the number is for on the document's pages.
	for (const d of core.documents)
		for (const id of d.consultHotlineIds) {
			const h = core.hotlines.find((x) => x.id === id);
			if (h && d.consultUnit) addPhone(dialOf(h.areaCode, h.number), [`${d.consultUnit}咨询电话`]);
		}
	const emergency = new Set<string>(EMERGENCY_NUMBERS);
	const dialsOfIds = (ids: readonly string[]): Set<string> =>
		new Set(
			ids.map((id) => {
				const h = core.hotlines.find((x) => x.id === id);
				const m = LANDLINE_ID.exec(id);
				return h ? dialOf(h.areaCode, h.number) : m ? dialOf(m[1], m[2]!) : id;
			})
		);

	function telLinks(p: Page): { dial: string; node: Node }[] {
		return [...walk(p.root)]
			.filter((n) => n.tag === 'a' && (n.attrs.href ?? '').startsWith('tel:'))
			.map((node) => ({ dial: (node.attrs.href ?? '').slice('tel:'.length).replace(/\D/g, ''), node }));
	}

	function report(problems: string[]): string {
		return `${problems.length} problems:\n${problems.slice(0, REPORT_MAX).join('\n')}`;
	}

	it('读到了整个网站', () => {
		expect(pages.length).toBeGreaterThan(core.services.length);
		expect(pages.some((p) => p.path === '/index')).toBe(true);
	});

	it('每个电话号码都来自数据，旁边写着它是做什么的，同一列表里不重复', () => {
		const problems: string[] = [];
		let links = 0;
		for (const p of pages) {
			const seen = new Map<Node, Set<string>>();
			for (const { dial, node } of telLinks(p)) {
				links++;
				const words = phones.get(dial);
				if (!words) {
					problems.push(`${p.path}: tel:${dial} is no number in the data`);
					continue;
				}
				const context = `${textOf(closestBlock(node))} ${node.attrs['aria-label'] ?? ''}`;
				if (!words.some((w) => w && context.includes(w)))
					problems.push(
						`${p.path}: tel:${dial} shown without what it is for (${words[0]}): 「${context.trim().slice(0, 80)}」`
					);
				const list = closestList(node);
				if (list) {
					const dials = seen.get(list) ?? new Set<string>();
					if (dials.has(dial)) problems.push(`${p.path}: tel:${dial} listed twice in one list`);
					dials.add(dial);
					seen.set(list, dials);
				}
			}
			// Numbers written out in the text: landlines with an area code, and the 5-digit 12xxx / 96xxx lines.
			for (const m of p.text.matchAll(
				/(?:^|[^\w.])(0\d{2,3}-\d{7,8}|(?:12|96)\d{3})(?![A-Za-z]|\s*[\d.%万亿元年人户个台亩项家名次吨头只])/g
			)) {
				const dial = m[1]!.replace(/\D/g, '');
				if (!phones.has(dial)) problems.push(`${p.path}: 「${m[1]}」 in the text is no number in the data`);
			}
		}
		expect(links).toBeGreaterThan(core.services.length);
		expect(problems, report(problems)).toEqual([]);
	});

	it('事项页和补贴页只列来源和它挂钩的电话（外加紧急电话）', () => {
		const problems: string[] = [];
		const general = new Set([GENERAL_LINE]);
		for (const p of pages) {
			const service = /^\/(?:show\/|print\/)?service\/(\d+)$/.exec(p.path);
			const benefit = /^\/(?:show\/|print\/)?benefit\/([^/]+)$/.exec(p.path);
			let allowed: Set<string> | null = null;
			if (service) {
				const s = core.services.find((x) => x.id === Number(service[1]));
				if (!s) problems.push(`${p.path}: no service ${service[1]} in the data`);
				// With no number in the catalogue, the page may offer the general line.
				else allowed = new Set([...dialsOfIds(s.hotlineIds), ...(s.hotlineIds.length ? [] : general)]);
			} else if (benefit) {
				const b = benefits.find((x) => x.id === benefit[1]);
				if (!b) problems.push(`${p.path}: no benefit ${benefit[1]} in the data`);
				else allowed = dialsOfIds(b.apply.hotlineIds);
			}
			if (!allowed) continue;
			for (const { dial } of telLinks(p))
				if (!allowed.has(dial) && !emergency.has(dial))
					problems.push(`${p.path}: tel:${dial} is not tied to this page's record by its source`);
		}
		expect(problems, report(problems)).toEqual([]);
	});

	it('每个“元”的金额都印在公报原文里（页面和数据包）', () => {
		// Printed as an amount in the gazettes, or a number in a verified quote of a table whose column is in 元
		// (the 托管 machine table: 「… 500000 50000 林果业」).
		const printed = new Set([
			...amountsIn(sourceText),
			...quotes
				.filter((q) => !q.includes('元'))
				.flatMap((q) => (q.match(/(?<![\d.])\d+(?![\d.])/g) ?? []).map((n) => `${n}元`))
		]);
		const problems: string[] = [];
		let amounts = 0;
		for (const p of pages)
			for (const a of amountsIn(p.text)) {
				amounts++;
				if (!printed.has(a)) problems.push(`${p.path}: ${a}`);
			}
		for (const s of strings)
			for (const a of amountsIn(s)) if (!printed.has(a)) problems.push(`bundle: ${a} in 「${s.slice(0, 60)}」`);
		expect(amounts).toBeGreaterThan(0);
		expect([...new Set(problems)], report([...new Set(problems)])).toEqual([]);
	});

	it('每个补贴页开头写明依据哪一年的哪份文件，“依据”不说两遍；页面摘要也写明文号和年份', () => {
		const problems: string[] = [];
		for (const b of benefits) {
			const p = pages.find((x) => x.path === `/benefit/${b.id}`);
			if (!p) {
				problems.push(`/benefit/${b.id}: no page`);
				continue;
			}
			const year = b.date.slice(0, 4);
			const line = [...walk(p.root)].find((n) => n.tag === 'p' && n.attrs.class?.split(/\s+/).includes('warn'));
			const text = line ? textOf(line).trim() : '';
			if (!text.startsWith('依据')) problems.push(`${p.path}: the status line does not begin with 依据: 「${text}」`);
			if (!text.includes(year)) problems.push(`${p.path}: the status line does not name the year ${year}`);
			if (text.split('依据').length - 1 !== 1) problems.push(`${p.path}: 依据 more than once: 「${text}」`);
			if (!text.endsWith(b.statusNote)) problems.push(`${p.path}: the status line does not end with the status note`);
			// The page's <head> is not in its parsed tree (parse keeps the title only).
			const html = readFileSync(join(BUILD, `benefit/${b.id}.html`), 'utf8');
			const content = decode(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');
			if (!content.includes(b.docNo) || !content.includes(`${year}年`))
				problems.push(`${p.path}: the description lacks ${b.docNo} or ${year}年: 「${content}」`);
		}
		expect(problems, report(problems)).toEqual([]);
	});

	it('没有公式排版符号（\\geq、$、^{…}），也没有英文标签', () => {
		const problems: string[] = [];
		for (const p of pages) {
			const tex = TEX.exec(p.text);
			if (tex) problems.push(`${p.path}: TeX 「${p.text.slice(Math.max(0, tex.index - 20), tex.index + 20)}」`);
			for (const m of p.prose.matchAll(LATIN_WORD))
				if (!LATIN_ALLOWED.has(m[1]!) && !sourceText.includes(m[1]!))
					problems.push(
						`${p.path}: English 「${m[1]}」 in 「${p.prose.slice(Math.max(0, m.index - 30), m.index + 30)}」`
					);
		}
		for (const s of strings) if (TEX.test(s)) problems.push(`bundle: TeX in 「${s.slice(0, 60)}」`);
		expect([...new Set(problems)], report([...new Set(problems)])).toEqual([]);
	});
});
