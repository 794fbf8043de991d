/**
 * `npm run -s cli -- check --json '<profile JSON>'`: which benefits fit a person's situation.
 * Without --json it prints the same in plain Chinese lines. Nothing the person enters is written anywhere.
 *
 * Exit codes: 0 answered; 2 bad usage or an invalid profile (message on stderr).
 */
import { readFileSync } from 'node:fs';
import { loadBenefits } from '../extract/benefits';
import { extractCounties } from '../extract/counties';
import { countyLabels, evaluate } from '#lib/domain/eligibility/engine';
import { toLine, type CheckLine } from '#lib/domain/eligibility/check-lines';
import { parseProfile } from '#lib/domain/eligibility/profile';
import { PROFILE_FIELDS } from '#lib/domain/eligibility/fields';

const USAGE = `用法: npm run -s cli -- check [--json] '<情况 JSON>'   （写 - 则从标准输入读）
例如: npm run -s cli -- check --json '{"age": 5, "disabilityCategories": ["听力"], "hukou": "吕梁户口"}'
可以填的项目: ${PROFILE_FIELDS.map((f) => f.name).join(', ')}（每项都可填 "unknown" 表示不确定）`;

export type { CheckLine };

function block(l: CheckLine): string {
	const head = `【${l.verdict}】${l.title}${l.amountText ? `：${l.amountText}` : ''}`;
	const extra = [...l.devices.map((d) => `可申请的器具：${d}`), ...(l.change ? [`怎样会变：${l.change}`] : [])];
	return [head, ...l.reasons.map((r) => `  · ${r}`), ...extra.map((r) => `  · ${r}`)].join('\n');
}

/** 「——要回答：需要办事的人多大了？」 for a benefit no answer touched. */
function decide(l: CheckLine): string {
	return l.openQuestions.length ? `——要回答：${l.openQuestions.join(' ')}` : '';
}

function text(lines: CheckLine[]): string {
	const asked = lines.filter((l) => l.asked);
	const untouched = lines.filter((l) => !l.asked);
	const parts = asked.map(block);
	if (untouched.length)
		parts.push(
			`没有问到的补贴（您的回答没有涉及，没有检查）：\n${untouched.map((l) => `  · ${l.title}${decide(l)}`).join('\n')}`
		);
	return parts.join('\n\n');
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
	const benefits = loadBenefits();
	const deviceNames = benefits.flatMap((b) => b.catalogue.map((r) => r.name));
	const parsed = parseProfile(input, { counties, deviceNames });
	if (!parsed.ok) {
		process.stderr.write(`情况描述有误：\n${parsed.errors.map((e) => `  ${e}`).join('\n')}\n`);
		return 2;
	}
	// County ids in explanations read as names (石楼县), as in the app.
	const labels = countyLabels(counties);
	const lines = evaluate(benefits, parsed.profile, labels).map((r) => toLine(r, parsed.profile, labels));
	process.stdout.write(json ? `${JSON.stringify(lines, null, 2)}\n` : `${text(lines)}\n`);
	return 0;
}
