/** Kinds of document measures, in the order pages list them. Zod-free so client pages can import it. */
export const MEASURE_KINDS = [
	'免费',
	'补贴和奖励',
	'减税降费',
	'贷款和资金',
	'教育和医疗',
	'办事时限',
	'投诉和维权',
	'便民设施',
	'安全提醒',
	'手机应用'
] as const;
