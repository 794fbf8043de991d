/**
 * npm run -s cli -- search "<query>" [--json] [--limit N] [--kind service,hotline,…]
 * Same searcher and same data as the app (the `search` bundle section, built in memory from the sources).
 * --json prints [{kind, id, title}] (service ids are catalogue numbers, as numbers); a life event (一件事) that
 * matches is a hit of kind "event" with its page id, e.g. {"kind":"event","id":"unemployed","title":"失业了"}.
 * A query that tells of a danger (「有人晕倒了」) gets the emergency number first in the text output, as the app's
 * search page does: a counter clerk reading results must not start at a service list.
 */
import { checkDanger } from '#lib/domain/danger';
import { createSearcher } from '#lib/domain/search/engine';
import { SEARCH_KINDS, type SearchKind } from '#lib/domain/search/types';
import { loadSearchSource } from '../lib/search-source';
import { routeLines } from './route';

const DEFAULT_CLI_LIMIT = 10;
const KIND_LABEL: Record<SearchKind, string> = {
	service: '服务',
	hotline: '热线',
	benefit: '待遇',
	department: '部门',
	document: '文件',
	event: '一件事'
};

const USAGE = `用法: npm run -s cli -- search "<查询>" [--json] [--limit N] [--kind ${SEARCH_KINDS.join(',')}]`;

interface Args {
	query: string;
	json: boolean;
	limit: number;
	kinds?: SearchKind[];
}

function parseArgs(args: string[]): Args | string {
	const words: string[] = [];
	let json = false;
	let limit = DEFAULT_CLI_LIMIT;
	let kinds: SearchKind[] | undefined;
	for (let i = 0; i < args.length; i++) {
		const a = args[i] as string;
		if (a === '--json') json = true;
		else if (a === '--limit') {
			const n = Number(args[++i]);
			if (!Number.isInteger(n) || n < 1) return '--limit 需要正整数';
			limit = n;
		} else if (a === '--kind') {
			const list = (args[++i] ?? '').split(',').filter(Boolean);
			const bad = list.filter((k) => !(SEARCH_KINDS as readonly string[]).includes(k));
			if (list.length === 0 || bad.length > 0) return `--kind 只能是 ${SEARCH_KINDS.join(',')}`;
			kinds = list as SearchKind[];
		} else if (a.startsWith('--')) return `未知选项 ${a}`;
		else words.push(a);
	}
	return { query: words.join(' '), json, limit, kinds };
}

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		process.stderr.write(`${parsed}\n${USAGE}\n`);
		return 2;
	}
	const { docs, ages } = loadSearchSource();
	const searcher = createSearcher(docs, { ages });
	const hits = searcher.search(parsed.query, { limit: parsed.limit, kinds: parsed.kinds });
	if (parsed.json) {
		process.stdout.write(`${JSON.stringify(hits.map((h) => ({ kind: h.kind, id: h.id, title: h.title })))}\n`);
		return 0;
	}
	const emergency = checkDanger(parsed.query).length
		? routeLines(parsed.query)
				.filter((l) => l.emergency)
				.map((l) => `【紧急】请马上拨打 ${l.number}（${l.name}）`)
		: [];
	if (emergency.length) process.stdout.write(`${emergency.join('\n')}\n`);
	if (hits.length === 0) {
		process.stdout.write(`没有找到与「${parsed.query}」相关的结果。\n`);
		return 0;
	}
	const lines = hits.map((h, i) => {
		const id = h.kind === 'service' ? `#${h.id}` : h.kind === 'event' ? `/event/${h.id}` : String(h.id);
		const words = h.matched.length ? `  (${h.matched.join('、')})` : '';
		return `${String(i + 1).padStart(2)}. [${KIND_LABEL[h.kind]}] ${h.title}  ${id}${words}`;
	});
	process.stdout.write(`${lines.join('\n')}\n`);
	return 0;
}
