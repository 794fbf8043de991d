/** What the result list shows for each hit: where it links and its second line. */
import type { Dataset } from '$lib/domain/dataset';
import type { Hit } from '$lib/domain/search/types';

/** When nothing matches every word, this many closest records are shown. */
export const CLOSEST_LIMIT = 5;

export function hitHref(hit: Pick<Hit, 'kind' | 'id'>): string {
	switch (hit.kind) {
		case 'service':
			return `/service/${hit.id}`;
		case 'department':
			return `/department/${hit.id}`;
		case 'document':
			return `/document/${hit.id}`;
		case 'benefit':
			return `/benefit/${hit.id}`;
		case 'hotline':
			return `/hotlines#h-${hit.id}`;
		case 'event':
			return `/event/${hit.id}`;
	}
}

/** What a result is, and for a service who provides it (so 「身份证补办」 reads 办事 · 吕梁市公安局). */
export function hitMeta(hit: Pick<Hit, 'kind' | 'id'>, ds: Dataset | null): string {
	if (hit.kind === 'service' && ds) {
		const s = ds.services.get(Number(hit.id));
		const dept = s ? ds.departments.get(s.departmentId)?.name : undefined;
		if (dept) return `${KIND_LABEL.service} · ${dept}`;
	}
	if (hit.kind === 'document' && ds) {
		const no = ds.documents.get(String(hit.id))?.docNo;
		if (no) return `${KIND_LABEL.document} · ${no}`;
	}
	return KIND_LABEL[hit.kind];
}

export const KIND_LABEL: Record<Hit['kind'], string> = {
	service: '办事',
	hotline: '电话',
	benefit: '补贴',
	department: '部门',
	document: '文件',
	event: '一件事'
};
