/**
 * `npm run -s cli -- check --json '<profile JSON>'`: which benefits fit a person's situation.
 * Without --json it prints the same in plain Chinese lines. Nothing the person enters is written anywhere.
 *
 * Exit codes: 0 answered; 2 bad usage or an invalid profile (message on stderr).
 */
import { readFileSync } from 'node:fs';
import { loadBenefits } from '../extract/benefits';
import { extractCounties } from '../extract/counties';
import { countyLabels, evaluate, type Result } from '../../src/lib/domain/eligibility/engine';
import { parseProfile } from '../../src/lib/domain/eligibility/profile';
import { PROFILE_FIELDS } from '../../src/lib/domain/eligibility/fields';

const USAGE = `用法: npm run -s cli -- check [--json] '<情况 JSON>'   （写 - 则从标准输入读）
例如: npm run -s cli -- check --json '{"age": 5, "disabilityCategories": ["听力"], "hukou": "吕梁户口"}'
可以填的项目: ${PROFILE_FIELDS.map((f) => f.name).join(', ')}（每项都可填 "unknown" 表示不确定）`;

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
	reasons: string[];
}

export function toLine(r: Result): CheckLine {
	return {
		benefitId: r.benefitId,
		title: r.title,
		verdict: r.verdict,
		amount: r.headline?.value ?? null,
		unit: r.headline?.unit ?? null,
		period: r.headline?.period ?? null,
		upTo: r.headline?.upTo ?? false,
		reasons: r.reasons
	};
}

function text(lines: CheckLine[]): string {
	return lines
		.map((l) => {
			const amount =
				l.amount === null ? '' : `：${l.upTo ? '最多' : ''}${l.amount}${l.unit ?? ''}${l.period && l.period !== '未规定' ? `（${l.period}）` : ''}`;
			return [`【${l.verdict}】${l.title}${amount}`, ...l.reasons.map((r) => `  · ${r}`)].join('\n');
		})
		.join('\n\n');
}

export async function run(args: string[]): Promise<number> {
	const json = args.includes('--json');
	const rest = args.filter((a) => a !== '--json');
	if (rest.length !== 1 || rest[0] === '--help' || rest[0] === '-h') {
		process.stderr.write(`${USAGE}\n`);
		return 2;
	}
	const counties = extractCounties();
	// `-`: the profile comes on standard input (no command-line length limit, nothing in the shell history).
	const input = rest[0] === '-' ? readFileSync(0, 'utf8') : rest[0];
	const parsed = parseProfile(input, { counties });
	if (!parsed.ok) {
		process.stderr.write(`情况描述有误：\n${parsed.errors.map((e) => `  ${e}`).join('\n')}\n`);
		return 2;
	}
	// County ids in explanations read as names (石楼县), as in the app.
	const labels = countyLabels(counties);
	const lines = evaluate(loadBenefits(), parsed.profile, labels).map(toLine);
	process.stdout.write(json ? `${JSON.stringify(lines, null, 2)}\n` : `${text(lines)}\n`);
	return 0;
}
