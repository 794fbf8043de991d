import { error } from '@sveltejs/kit';
import type { Dataset } from '$lib/domain/dataset';
import { catalogueRowText, formatAmount } from '$lib/domain/amount-words';
import { benefitHeadline, contactsOf, groupOf } from '$lib/domain/benefit-present';
import { hasCalculator } from '$lib/domain/eligibility/calc';
import { citationView, withSourceNotes } from '$lib/domain/format/citation';
import { benefitHandout } from '$lib/domain/handout';
import { spokenHandout } from '$lib/domain/speech';

export function benefitPage(ds: Dataset, benefitId: string) {
	const benefit = ds.benefits.find((b) => b.id === benefitId);
	if (!benefit) error(404, `没有编号为 ${benefitId} 的补贴`);
	// Each fact's source note formatted here, not in the page: the formatting stays out of its start-up script.
	const plain = withSourceNotes(benefit);
	const year = benefit.date.slice(0, 4);
	const headline = benefitHeadline(benefit);
	return {
		// Amounts in words here rather than in the page: the words code stays out of its start-up script (issue 14).
		benefit: {
			...plain,
			amounts: plain.amounts.map((a) => ({ ...a, text: formatAmount(a) })),
			catalogue: plain.catalogue.map((r) => ({ ...r, text: catalogueRowText(r) }))
		},
		// What the page shows, decided here too: the page's start-up script carries only the markup.
		cite: citationView(benefit.source),
		description: `${benefit.title}：${headline.text}。对象：${benefit.audience}。依据${benefit.docNo}（${year}年）。`,
		// Most status notes already begin with 依据…; the year and 文号 are added only where they do not.
		status: `${benefit.statusNote.startsWith('依据') ? '' : `依据 ${year} 年文件（${benefit.docNo}）。`}${benefit.statusNote}`,
		hasCalc: hasCalculator(benefit),
		noAmounts:
			benefit.amounts.length > 0 && benefit.amounts.every((a) => a.value === null) && !benefit.catalogue.length,
		catalogueGroups: [...new Set(benefit.catalogue.map((r) => r.group))],
		hasReference: benefit.catalogue.some((r) => r.referenceValue !== undefined),
		spoken: spokenHandout(benefitHandout(benefit, ds)),
		group: groupOf(benefit),
		headline,
		contacts: contactsOf(benefit, ds),
		services: (benefit.serviceIds ?? []).flatMap((id) => {
			const s = ds.services.get(id);
			return s ? [{ id: s.id, name: s.name, provider: s.providerRaw }] : [];
		}),
		department: benefit.apply.departmentId ? (ds.departments.get(benefit.apply.departmentId)?.name ?? null) : null
	};
}
