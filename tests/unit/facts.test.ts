/**
 * Facts the app once stated that the gazettes do not say (issue #10 §2). Each test reads the real curated data
 * or the real pages' helpers and fails if the same kind of mistake comes back, anywhere in the data.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BENEFITS_DIR, loadBenefitFile, loadBenefits } from '../../scripts/extract/benefits';
import { extractDocuments } from '../../scripts/extract/documents';
import { normaliseForQuote, sourceLines } from '../../scripts/lib/sources';
import { formatAmount } from '#lib/domain/benefit-present';
import type { Benefit } from '#lib/domain/schema';
import { benefitHeadline as headlineOf } from '#lib/domain/benefit-present';
import { countRows } from '../../src/routes/about/counts';

const benefits = loadBenefits();
const documents = extractDocuments();

function benefit(id: string): Benefit {
	const b = benefits.find((x) => x.id === id);
	if (!b) throw new Error(`benefit ${id} missing`);
	return b;
}

/** The whole text of the document a benefit rests on, whitespace removed (as quotes are compared). */
function documentText(b: Benefit): string {
	const d = documents.find((x) => x.id === b.documentId || x.docNo === b.docNo);
	if (!d) throw new Error(`${b.id}: no document ${b.docNo}`);
	const lines = sourceLines(d.source.file).slice(d.lineStart - 1, d.lineEnd);
	return normaliseForQuote(lines.join('\n'));
}

describe('来源没说的话不说', () => {
	it('城管包容免罚：摘要说的种数等于三张清单的行数', () => {
		const b = benefit('urban-management-lenient-penalties');
		const lists = b.penaltyLists ?? [];
		const rows = lists.map((l) => l.items.length);
		// 002:2455–2463, 2471–2479, 2487–2488: 6 + 7 + 2 rows.
		expect(rows).toEqual([6, 7, 2]);
		const said = [...b.summary.matchAll(/(\d+)种/g)].map((m) => Number(m[1]));
		expect(said).toEqual([rows.reduce((s, n) => s + n, 0), ...rows]);
	});

	it('户均补助不说成“最高”（两不愁三保障危房改造，000:3217）', () => {
		for (const b of benefits) {
			const h = headlineOf(b);
			const a = b.amounts.find((x) => x.label === h.label);
			if (!a) continue;
			const average = normaliseForQuote(a.source.quote).includes(`户均补助${a.value}`);
			if (average) {
				expect(h.text, `${b.id}: ${a.id}`).not.toMatch(/最高/);
				expect(formatAmount(a), `${b.id}: ${a.id}`).not.toMatch(/最多/);
			}
		}
		const h = headlineOf(benefit('two-assurances-measures-2019'));
		expect(h.label).toMatch(/户均/);
		expect(h.text).not.toMatch(/最高/);
	});

	it('说明文字里“会调整”“有的县提高了”之类的话，文件里要有', () => {
		// Claims a status note can slip in without a citation; each must be printed in the benefit's own document.
		const CLAIMS = [/适时调整/, /每年调整/, /会调整/, /按年度确定/, /每年下达/, /有的县/, /提高了/];
		const unsupported: string[] = [];
		for (const b of benefits) {
			const text = documentText(b);
			for (const re of CLAIMS) {
				const m = re.exec(b.statusNote);
				if (m && !text.includes(m[0])) unsupported.push(`${b.id}: 「${m[0]}」`);
			}
		}
		expect(unsupported).toEqual([]);
		expect(benefit('disabled-children-rehab').statusNote).toMatch(/可以提高/);
	});

	it('按亩补助：文件没写“一次性”就不标一次性（托管经济林、撂荒地，001:1415–1416）', () => {
		const wrong: string[] = [];
		for (const b of benefits) {
			for (const a of b.amounts) {
				if (a.unit === '元/亩' && a.period === '一次性' && !a.source.quote.includes('一次性'))
					wrong.push(`${b.id}: ${a.id}`);
			}
		}
		expect(wrong).toEqual([]);
		const t = benefit('agri-trusteeship-2022');
		for (const id of ['economic-forest', 'reclaimed-land'])
			expect(t.amounts.find((a) => a.id === id)?.conditions).toMatch(/文件未载明/);
	});

	it('页面上不出现 \\geq 这类排版代码（托管机具表，001:1442–1446）', () => {
		const all = JSON.stringify(benefits, (k, v: unknown) => (k === 'quote' ? undefined : v));
		expect(all).not.toMatch(/\\\\[A-Za-z]+/);
		const rows = benefit('agri-trusteeship-2022').catalogue.filter((r) => /≥|≤/.test(r.description ?? ''));
		expect(rows.length).toBeGreaterThanOrEqual(4);
		// And the build refuses it: the same file with one description put back as printed.
		const dir = mkdtempSync(join(tmpdir(), 'facts-'));
		mkdirSync(dir, { recursive: true });
		const yaml = readFileSync(join(BENEFITS_DIR, 'agri-trusteeship-2022.yaml'), 'utf8').replace(
			'选净率≥99.9%"',
			'选净率 \\\\geq 99.9%"'
		);
		const path = join(dir, 'agri-trusteeship-2022.yaml');
		writeFileSync(path, yaml);
		expect(() => loadBenefitFile(path)).toThrow(/TeX markup 「\\geq」/);
	});

	it('企业应急周转资金：摘要写明6至20日内归还按1.5倍收资金占用费（002:606）', () => {
		const d = documents.find((x) => x.docNo === '吕政办发〔2023〕21号');
		expect(d?.summary).toMatch(/5日内/);
		expect(d?.summary).toMatch(/6日至20日.*1\.5倍/);
		expect(normaliseForQuote(d?.source.quote ?? '')).toContain('按照上述标准的1.5倍执行');
	});

	it('“关于”页的收录内容都用中文名称，不显示 themes、docs 这样的英文', () => {
		const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as {
			counts: Record<string, number>;
		};
		const rows = countRows(manifest.counts);
		for (const r of rows) expect(r.label).not.toMatch(/[A-Za-z]/);
		// Every count but the search index's internal ones (docs, age ranges) is listed.
		const INTERNAL = ['docs', 'ages'];
		expect(rows.map((r) => r.key).sort()).toEqual(
			Object.keys(manifest.counts)
				.filter((k) => !INTERNAL.includes(k))
				.sort()
		);
	});

	it('称呼一律用“您”：界面文字和整理的数据里没有“你”（引用原文除外）', () => {
		const found: string[] = [];
		const walk = (dir: string): string[] =>
			readdirSync(dir).flatMap((n) => {
				const p = join(dir, n);
				return statSync(p).isDirectory() ? walk(p) : [p];
			});
		for (const p of walk('src')) {
			if (!/\.(svelte|ts|html)$/.test(p) || p.endsWith('.test.ts')) continue;
			readFileSync(p, 'utf8')
				.split('\n')
				.forEach((line, i) => {
					if (/你(?!们)/.test(line)) found.push(`${p}:${i + 1}`);
				});
		}
		for (const p of walk('data/curated')) {
			const shown = JSON.stringify(parse(readFileSync(p, 'utf8')), (k, v: unknown) =>
				k === 'quote' || (k === 'text' && p.endsWith('documents.yaml')) ? undefined : v
			);
			if (/你/.test(shown)) found.push(p);
		}
		expect(found).toEqual([]);
	});
});
