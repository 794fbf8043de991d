/**
 * One line per benefit of a check: what the CLI prints and what the check page shows, from the same code,
 * so the two agree (tests/e2e/check-agree.spec.ts compares them on shared profiles).
 */
import { catalogueRowText, personHeadlineText } from '../benefit-present';
import { whatWouldChange, type Result, type ValueLabels } from './engine';

export interface CheckLine {
	benefitId: string;
	title: string;
	verdict: Result['verdict'];
	/** The headline amount for this person, or null. */
	amount: number | null;
	unit: string | null;
	period: string | null;
	/** Whether amount is a cap or depends on open answers (最多). */
	upTo: boolean;
	/** The amount in words, with the sum that makes it: 「12000 ÷ 120 + 20 = 120 元/月」. */
	amountText: string | null;
	/** What to do first (a diagnosis that gives the missing proof). */
	nextSteps: string[];
	/** The smallest change of answers that flips the verdict: 「如果残疾证明为残疾人证 → 符合」. */
	change: string | null;
	/** Devices from the benefit's table that fit the answers: 「儿童轮椅：1500元，每3年一次」. */
	devices: string[];
	/** false: no answer touched this benefit (「没有问到的补贴」). */
	asked: boolean;
	/** Date of the document and whether it is older than 3 years. */
	documentDate: string;
	oldDocument: boolean;
	reasons: string[];
}

export function toLine(r: Result, profile: Parameters<typeof whatWouldChange>[1], labels?: ValueLabels): CheckLine {
	return {
		benefitId: r.benefitId,
		title: r.title,
		verdict: r.verdict,
		amount: r.headline?.value ?? null,
		unit: r.headline?.unit ?? null,
		period: r.headline?.period ?? null,
		upTo: r.headline?.upTo ?? false,
		amountText: r.headline ? personHeadlineText(r.headline) : null,
		nextSteps: r.steps.map((s) => s.text),
		change: r.verdict === '符合' ? null : (whatWouldChange(r.benefit, profile, labels)?.text ?? null),
		devices: r.catalogue.filter((c) => c.applies === 'yes').map((c) => `${c.row.name}：${catalogueRowText(c.row)}`),
		asked: r.asked,
		documentDate: r.benefit.date,
		oldDocument: r.oldDocument,
		reasons: r.reasons
	};
}
