/**
 * `npm run -s cli -- route "<problem in words>" [--json]`: which number to call, best first, with the same code
 * as the 热线电话 page (answerProblem: the danger check first, then the hotline router) and the same hotline
 * records (the core section built in memory from the sources, so it never answers from a stale static/data).
 * --json prints [{"number":"119","name":"火警","emergency":true,"reason":"…"}, …].
 *
 * Exit codes: 0 answered; 2 bad usage.
 */
import { answerProblem } from '#lib/domain/problem-answer';
import { buildCoreOnly } from '../build-data';

const USAGE = '用法: npm run -s cli -- route "<遇到的事>" [--json]\n例如: npm run -s cli -- route "着火了" --json';

export interface RouteLine {
	number: string;
	name: string;
	emergency: boolean;
	reason: string;
}

export function routeLines(problem: string): RouteLine[] {
	const hotlines = new Map(buildCoreOnly().hotlines.map((h) => [h.id, h]));
	return answerProblem(problem, hotlines).answers.map(({ number, name, emergency, reason }) => ({
		number,
		name,
		emergency,
		reason
	}));
}

export async function run(args: string[]): Promise<number> {
	const json = args.includes('--json');
	const words = args.filter((a) => a !== '--json');
	const bad = words.find((a) => a.startsWith('--'));
	const problem = words.join(' ').trim();
	if (bad || !problem) {
		process.stderr.write(`${bad ? `未知选项 ${bad}\n` : ''}${USAGE}\n`);
		return 2;
	}
	const lines = routeLines(problem);
	if (json) {
		process.stdout.write(`${JSON.stringify(lines)}\n`);
		return 0;
	}
	const text = lines.map((l, i) => `${i + 1}. ${l.emergency ? '【紧急】' : ''}${l.name} ${l.number}  ${l.reason}`);
	process.stdout.write(`${(text.length ? text : ['请到当地便民服务中心咨询。']).join('\n')}\n`);
	return 0;
}
