/**
 * One line per benefit of a check: what the CLI prints and what the check page shows, from the same code,
 * so the two agree (tests/e2e/check-agree.spec.ts compares them on shared profiles).
 */
import { catalogueRowText, personHeadlineText } from '../benefit-present';
import {
	fieldsOf,
	fieldsUsed,
	normaliseProfile,
	whatWouldChange,
	type PersonCatalogueRow,
	type Result,
	type ValueLabels
} from './engine';
import { PROFILE_FIELDS } from './fields';
import { QUESTIONS } from './questions';
import type { Profile } from './schema';

/**
 * Table rows the person said they need (儿童轮椅), as opposed to a whole table that applies (农机补贴表):
 * rows whose condition names deviceNeeds and that the answers meet.
 */
export function neededDevices(r: Result): PersonCatalogueRow[] {
	return r.catalogue.filter(
		(c) => c.applies === 'yes' && c.row.when && fieldsOf(c.row.when, new Set()).has('deviceNeeds')
	);
}

const LABEL = new Map<string, string>(PROFILE_FIELDS.map((f) => [f.name, f.label]));

/**
 * The questions that would decide a benefit: those about the fields it looks at that have no answer yet,
 * in asking order. Questions the answers so far make irrelevant (no disability → no category) come only when
 * nothing else is left, so an untouched benefit names where to start (「需要办事的人多大了？」).
 */
export function openQuestions(r: Result, profile: Profile): string[] {
	const used = fieldsUsed(r.benefit);
	const p = normaliseProfile(profile);
	const open = (f: string) => used.has(f) && (p as Record<string, unknown>)[f] === undefined;
	const asked = QUESTIONS.filter((q) => open(q.id));
	const now = asked.filter((q) => q.relevant(p));
	const texts = (now.length > 0 ? now : asked).map((q) => q.text);
	// A field the checker has no question for still names what to find out.
	for (const f of used) if (open(f) && !QUESTIONS.some((q) => q.id === f)) texts.push(LABEL.get(f) ?? f);
	return texts;
}

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
	/** The questions still open that would decide it (for 「没有问到的补贴」: where to start). */
	openQuestions: string[];
	/** Date of the document and whether it is older than 3 years. */
	documentDate: string;
	oldDocument: boolean;
	reasons: string[];
}

export function toLine(r: Result, profile: Profile, labels?: ValueLabels): CheckLine {
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
		devices: neededDevices(r).map((c) => `${c.row.name}：${catalogueRowText(c.row)}`),
		asked: r.asked,
		openQuestions: openQuestions(r, profile),
		documentDate: r.benefit.date,
		oldDocument: r.oldDocument,
		reasons: r.reasons
	};
}
