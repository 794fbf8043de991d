/**
 * 城市管理领域 包容免罚 / 从轻 / 减轻 处罚 (吕城发〔2023〕66号, 002:2436–2502): which list a shop owner's
 * case falls under and what fine band the source allows. Every number the calculator uses comes from the
 * curated list data (shares, tier requirements, statutory ranges), each with its citation; the code only
 * combines them. Where the source gives no number to compute from (a per-square-metre fine, 「依照前款」),
 * the result carries the rule and no band.
 */
import { roundYuan } from '../benefit-present';

/** The three lists: 包容免罚 (no penalty), 从轻 (low part of the legal range), 减轻 (below the legal minimum). */
export type PenaltyListKind = 'exempt' | 'lighter' | 'mitigated';

/** Who is fined: some clauses fine 单位 and 个人 differently (002:2475). */
export type Offender = 'any' | 'unit' | 'individual';

/** A statutory fine range in 元, both ends inclusive (「以上」「以下」). */
export interface FineBand {
	min: number;
	max: number;
}

export interface StatutoryFine extends FineBand {
	offender: Offender;
}

/** One row of a list, as the calculator needs it. */
export interface PenaltyItemLike {
	no: number;
	violation: string;
	conditions: readonly string[];
	/** Empty when the legal basis states no computable range. */
	fines: readonly StatutoryFine[];
}

/** 减轻处罚 tier: how many 第（一）类 / 第（二）类 circumstances it takes, and the share of the legal minimum. */
export interface MitigationTierLike {
	tier: number;
	/** Any one of these combinations qualifies; each is a minimum count per class. */
	anyOf: readonly { class1: number; class2: number }[];
	/** Fine as a share of the legal minimum: from minShare up to maxShare. */
	minShare: number;
	maxShare: number;
	/** Whether maxShare itself is allowed (「70%以上」 stays below the minimum, so it is not). */
	maxInclusive: boolean;
}

export interface PenaltyListLike {
	kind: PenaltyListKind;
	items: readonly PenaltyItemLike[];
	/** 从轻: the fine stays within this lowest share of the range (「较低的30%部分以内」). */
	lighterShare?: number;
	/** 减轻: the tiers, in source order. */
	tiers?: readonly MitigationTierLike[];
}

/** What the person tells us about their case. */
export interface PenaltyCase {
	/** One answer per 适用条件 of the item, in order. */
	met: readonly boolean[];
	offender?: Offender;
	/** 减轻 only: how many 第（一）类 (应当减轻) and 第（二）类 (可以减轻) circumstances apply. */
	class1?: number;
	class2?: number;
}

export interface TierBand extends FineBand {
	tier: number;
	maxInclusive: boolean;
}

export interface PenaltyAssessment {
	list: PenaltyListKind;
	itemNo: number;
	/** All of the item's 适用条件 are met: the list's treatment applies. */
	applies: boolean;
	/** 1-based numbers of the 适用条件 not met (or not answered). */
	unmet: number[];
	/** The legal range for this offender, when the basis states one. */
	statutory: StatutoryFine | null;
	/** 包容免罚 applies: no penalty. */
	noPenalty: boolean;
	/** The band the list allows (从轻, or the lowest 减轻 tier reached); null when nothing can be computed. */
	band: FineBand | null;
	/** 减轻: every tier the circumstances reach, in source order; the source says 「可以」 for each. */
	tiers: TierBand[];
	/** Why there is no band, in plain words, when there is none. */
	note?: string;
}

/** The statutory range for this offender: an exact match first, else the range that applies to anyone. */
export function statutoryFine(item: PenaltyItemLike, offender: Offender = 'any'): StatutoryFine | null {
	return (
		item.fines.find((f) => f.offender === offender) ??
		item.fines.find((f) => f.offender === 'any') ??
		(item.fines.length === 1 ? (item.fines[0] ?? null) : null)
	);
}

/** 从轻: from the legal minimum up to the lowest `share` of the range. */
export function lighterBand(range: FineBand, share: number): FineBand {
	return { min: range.min, max: roundYuan(range.min + share * (range.max - range.min)) };
}

/** The 减轻 tiers the given circumstance counts reach. */
export function mitigationTiers(
	tiers: readonly MitigationTierLike[],
	class1: number,
	class2: number
): MitigationTierLike[] {
	return tiers.filter((t) => t.anyOf.some((c) => class1 >= c.class1 && class2 >= c.class2));
}

/** 减轻: the band of one tier, as shares of the legal minimum. */
export function tierBand(legalMin: number, tier: MitigationTierLike): TierBand {
	return {
		tier: tier.tier,
		min: roundYuan(legalMin * tier.minShare),
		max: roundYuan(legalMin * tier.maxShare),
		maxInclusive: tier.maxInclusive
	};
}

/** Assess one case against one item of one list. Pure; throws only on an item number the list does not have. */
export function assessPenalty(list: PenaltyListLike, itemNo: number, input: PenaltyCase): PenaltyAssessment {
	const item = list.items.find((i) => i.no === itemNo);
	if (!item) throw new RangeError(`list ${list.kind} has no item ${itemNo}`);
	const unmet = item.conditions.map((_, i) => i + 1).filter((n) => input.met[n - 1] !== true);
	const applies = unmet.length === 0;
	const statutory = statutoryFine(item, input.offender ?? 'any');
	const result: PenaltyAssessment = {
		list: list.kind,
		itemNo,
		applies,
		unmet,
		statutory,
		noPenalty: false,
		band: null,
		tiers: []
	};
	if (!applies) {
		result.note = '未满足全部适用条件，按法定依据处罚';
		return result;
	}
	if (list.kind === 'exempt') {
		result.noPenalty = true;
		return result;
	}
	if (!statutory) {
		result.note = '法定依据未载明可计算的罚款幅度';
		return result;
	}
	if (list.kind === 'lighter') {
		if (list.lighterShare === undefined) throw new RangeError('从轻清单缺少幅度比例');
		result.band = lighterBand(statutory, list.lighterShare);
		return result;
	}
	const reached = mitigationTiers(list.tiers ?? [], input.class1 ?? 0, input.class2 ?? 0);
	result.tiers = reached.map((t) => tierBand(statutory.min, t));
	if (result.tiers.length === 0) {
		result.note = '未达到任何减轻档次的情形数';
		return result;
	}
	const lowest = result.tiers.reduce((a, b) => (b.min < a.min ? b : a));
	result.band = { min: lowest.min, max: lowest.max };
	return result;
}
