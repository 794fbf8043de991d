import { describe, expect, it } from 'vitest';
import type { Document, Measure } from '#lib/domain/schema';
import { extractDocuments } from './documents';
import { checkMeasure } from './measures';

const documents = new Map<string, Document>(extractDocuments().map((d) => [d.id, d]));
const hotlines = new Set(['0358-8227519']);

/** A correct measure from 吕政办函〔2023〕42号 (002:2241–2335): each test breaks one thing. */
function measure(over: Partial<Measure> = {}): Measure {
	const ref = { file: '002' as const, line: 2321, docNo: '吕政办函〔2023〕42号', date: '2023-12-14' };
	return {
		id: 'deadline',
		documentId: 'lzbh-2023-42',
		title: '办理时限',
		kind: '办事时限',
		audience: '投诉举报人',
		text: '5个工作日内完成转办。',
		figures: [],
		timeLimits: [
			{
				label: '完成转办',
				value: 5,
				unit: '工作日',
				source: { ...ref, quote: '应当在收到依申请公开投诉举报后的 5 个工作日内完成转办' }
			}
		],
		conditions: [],
		hotlineIds: ['0358-8227519'],
		source: { ...ref, quote: '5 个工作日内完成转办' },
		...over
	};
}

describe('measures: the build refuses a measure the source does not back', () => {
	it('accepts a measure whose every quote, deadline and line checks out', () => {
		expect(checkMeasure(measure(), documents, hotlines)).toEqual([]);
	});
	it('a deadline typed wrong (7 for 5) names the deadline', () => {
		const m = measure();
		m.timeLimits[0]!.value = 7;
		expect(checkMeasure(m, documents, hotlines).join('\n')).toMatch(
			/timeLimits\[0\]: 「7工作日」 does not occur in its quote/
		);
	});
	it('a figure not printed in its quote is refused', () => {
		const m = measure({
			figures: [
				{
					label: '费率',
					value: 2,
					unit: '倍',
					kind: 'fixed',
					source: {
						file: '002',
						line: 2321,
						docNo: '吕政办函〔2023〕42号',
						date: '2023-12-14',
						quote: '5 个工作日内完成转办'
					}
				}
			]
		});
		expect(checkMeasure(m, documents, hotlines).join('\n')).toMatch(/figures\[0\]: 2 does not occur/);
	});
	it('a quote from outside the document, or a quote not in the source, names file and line', () => {
		const outside = measure({
			source: {
				file: '002',
				line: 606,
				docNo: '吕政办函〔2023〕42号',
				date: '2023-12-14',
				quote: '最长使用时限不超过 20 日'
			}
		});
		expect(checkMeasure(outside, documents, hotlines).join('\n')).toMatch(
			/source: 002:606 lies outside document lzbh-2023-42/
		);
		const invented = measure({
			source: { file: '002', line: 2321, docNo: '吕政办函〔2023〕42号', date: '2023-12-14', quote: '3个工作日内办结' }
		});
		expect(checkMeasure(invented, documents, hotlines).join('\n')).toMatch(/002_[0-9a-f]+\.txt:2321: quote not found/);
	});
	it('an unknown line, an internal document or TeX markup is refused', () => {
		expect(checkMeasure(measure({ hotlineIds: ['12345678'] }), documents, hotlines).join('\n')).toMatch(
			/12345678 is not a hotline/
		);
		const internal = [...documents.values()].find((d) => !d.citizenFacing)!;
		expect(checkMeasure(measure({ documentId: internal.id }), documents, hotlines).join('\n')).toMatch(
			/not marked citizenFacing/
		);
		expect(checkMeasure(measure({ text: '选净率 \\geq 99.9%' }), documents, hotlines).join('\n')).toMatch(/TeX markup/);
	});
});
