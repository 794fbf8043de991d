/**
 * 一次性告知单 and the 给办事窗口看 card: everything a person needs to act on a service or benefit, on one
 * sheet: what it is, who provides it, where to go, whom to call, the amount where the source states one,
 * and the citation. Built from the bundle only. Pure.
 */
import type { Dataset } from './dataset';
import type { Benefit, Hotline, Provider, SourceRef } from './schema';
import { amountLine, contactsOf } from './benefit-present';

export interface HandoutPhone {
	number: string;
	areaCode?: string;
	name: string;
}

export interface Handout {
	kind: 'service' | 'benefit';
	id: string;
	/** The page this sheet is about, inside the site (without base): the QR code points there. */
	path: string;
	title: string;
	/** 是什么. */
	what: string;
	/** 给谁: benefits only. */
	audience?: string;
	/** 谁来办. */
	provider: string;
	/** 去哪里办. */
	where: string;
	phones: HandoutPhone[];
	/** Said when no number is printed for this item and the general line is offered instead. */
	phoneNote?: string;
	/** 金额, each a short line; empty when the source states none. */
	amounts: string[];
	/** Said instead of amounts, or after them (standards may have changed since the document). */
	amountNote?: string;
	source: SourceRef;
	/** 依据: the document the citation is from. */
	sourceTitle: string;
}

export const CATALOGUE_TITLE = '吕梁市市级公共服务事项目录';
const GENERAL_LINE = '12345';
const NO_PHONE_NOTE = '目录没有登记这项服务的电话，不清楚时可拨打政务服务热线';

const WHERE_BY_SCOPE: Record<Provider['scope'], (name: string) => string> = {
	city: (name) => name,
	county: (name) => `${name}：请到户籍或居住地所在县（市、区）`,
	'multi-level': (name) => `${name}：市、县两级办理，请到户籍或居住地所在县（市、区）的对应单位`,
	province: (name) => `${name}：山西省级单位，不在吕梁本地办理`
};

/** The same number printed twice (by two records) is listed once. */
function uniquePhones(phones: HandoutPhone[]): HandoutPhone[] {
	const seen = new Set<string>();
	return phones.filter((p) => {
		const k = `${p.areaCode ?? ''}-${p.number}`;
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

function hotlinePhone(h: Pick<Hotline, 'number' | 'areaCode' | 'name'>): HandoutPhone {
	return h.areaCode ? { number: h.number, areaCode: h.areaCode, name: h.name } : { number: h.number, name: h.name };
}

/**
 * A catalogue service. `linkedAmounts`: headline amounts of the benefits that are this catalogue row
 * (e.g. #90 低保家庭中的老年人补贴发放), worked out by the caller from the benefit data.
 */
export function serviceHandout(ds: Dataset, id: number, linkedAmounts: readonly string[] = []): Handout | null {
	const s = ds.services.get(id);
	if (!s) return null;
	const providers = s.providerIds.flatMap((p) => {
		const pr = ds.providers.get(p);
		return pr ? [pr] : [];
	});
	const department = ds.departments.get(s.departmentId);
	// Only the numbers the catalogue prints for this service: a department's other lines are for other matters
	// (e.g. the 吕梁山护工 line is one policy's contact, not 社保卡挂失's).
	let phones = s.hotlineIds.flatMap((h) => {
		const hl = ds.hotlines.get(h);
		return hl ? [hotlinePhone(hl)] : [];
	});
	let phoneNote: string | undefined;
	if (!phones.length) {
		const general = ds.hotlines.get(GENERAL_LINE);
		if (general) phones = [hotlinePhone(general)];
		phoneNote = NO_PHONE_NOTE;
	}
	const what = [
		`${s.theme}方面的${s.type.replace(/类$/, '')}服务`,
		department ? `主管部门：${department.name}` : '',
		s.note ? `备注：${s.note}` : ''
	]
		.filter(Boolean)
		.join('；');
	return {
		kind: 'service',
		id: String(s.id),
		path: `/service/${s.id}`,
		title: s.name,
		what: `${what}。${CATALOGUE_TITLE}第 ${s.id} 项。`,
		provider: providers.length ? providers.map((p) => p.name).join('、') : s.providerRaw,
		where: providers.length ? providers.map((p) => WHERE_BY_SCOPE[p.scope](p.name)).join('；') : s.providerRaw,
		phones: uniquePhones(phones),
		phoneNote,
		amounts: [...new Set(linkedAmounts)],
		amountNote: linkedAmounts.length ? '以上为相关补贴文件的标准，请向经办单位核实现行标准' : undefined,
		source: s.source,
		sourceTitle: CATALOGUE_TITLE
	};
}

/** A handout lists at most this many amounts; the rest are on the benefit page. */
export const HANDOUT_MAX_AMOUNTS = 6;
const NO_AMOUNT = '文件未载明金额，请向经办单位咨询';
const TABLE_AMOUNT = '按文件所附标准表补助，详见补贴页面';

/** The amounts a handout lists (each in the words of benefit-present.ts), or what to say instead. */
export function benefitAmounts(b: Benefit): { lines: string[]; note: string } {
	const lines = b.amounts.flatMap((a) => {
		const l = amountLine(a);
		return l ? [l] : [];
	});
	if (lines.length) return { lines: [...new Set(lines)].slice(0, HANDOUT_MAX_AMOUNTS), note: b.statusNote };
	return { lines: [], note: b.catalogue.some((r) => r.value !== null) ? TABLE_AMOUNT : NO_AMOUNT };
}

/** A benefit, from the benefit data alone. */
export function benefitHandout(b: Benefit, ds: Dataset): Handout {
	const { lines, note } = benefitAmounts(b);
	const department = b.apply.departmentId ? ds.departments.get(b.apply.departmentId)?.name : undefined;
	return {
		kind: 'benefit',
		id: b.id,
		path: `/benefit/${b.id}`,
		title: b.title,
		what: b.summary,
		audience: b.audience,
		provider: department && department !== b.apply.office ? `${b.apply.office}（${department}）` : b.apply.office,
		where: b.apply.where,
		phones: contactsOf(b, ds).map(({ number, areaCode, name }) =>
			areaCode ? { number, areaCode, name } : { number, name }
		),
		amounts: lines,
		amountNote: note,
		source: b.source,
		sourceTitle: b.docNo ? `${b.title}（${b.docNo}）` : b.title
	};
}

// ------------------------------------------------------------------------------------------------
// Page data for the handout (/print/…) and counter-card (/show/…) routes: null where the id is unknown.
// ------------------------------------------------------------------------------------------------

export interface HandoutPage {
	handout: Handout;
	sourceDate: string;
}

export function serviceIds(ds: Dataset): { id: string }[] {
	return ds.core.services.map((s) => ({ id: String(s.id) }));
}

export function benefitIds(ds: Dataset): { id: string }[] {
	return ds.benefits.map((b) => ({ id: b.id }));
}

export function serviceHandoutPage(ds: Dataset, idParam: string): HandoutPage | null {
	const id = /^\d+$/.test(idParam) ? Number(idParam) : NaN;
	// A catalogue row that is a benefit (#90 低保家庭中的老年人补贴发放) shows that benefit's amounts.
	const linked = ds.benefits
		.filter((b) => b.serviceIds?.includes(id))
		.map((b) => {
			const { lines, note } = benefitAmounts(b);
			return `${b.shortTitle}：${lines.length ? lines.join('；') : note}`;
		});
	const handout = serviceHandout(ds, id, linked);
	return handout ? { handout, sourceDate: ds.manifest.sourceDate } : null;
}

export function benefitHandoutPage(ds: Dataset, idParam: string): HandoutPage | null {
	const b = ds.benefits.find((x) => x.id === idParam);
	return b ? { handout: benefitHandout(b, ds), sourceDate: ds.manifest.sourceDate } : null;
}
