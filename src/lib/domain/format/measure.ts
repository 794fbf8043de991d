/** How a measure's figures and deadlines read (「不超过60%」, 「3个工作日」). Pure; types only. */
import type { MeasureFigure, MeasureTimeLimit } from '../schema';

const KIND_PREFIX: Record<MeasureFigure['kind'], string> = { fixed: '', upTo: '不超过', atLeast: '不低于' };

/** 「不超过2000万元」, 「1.5倍」, 「1%」. */
export function figureText(f: Pick<MeasureFigure, 'value' | 'unit' | 'kind'>): string {
	return `${KIND_PREFIX[f.kind]}${f.value}${f.unit}`;
}

/** 「3个工作日」, 「20日」, 「3年」: as the gazettes print them. */
export function timeLimitText(t: Pick<MeasureTimeLimit, 'value' | 'unit'>): string {
	return t.unit === '工作日' ? `${t.value}个工作日` : `${t.value}${t.unit}`;
}
