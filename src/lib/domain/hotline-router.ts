/**
 * "该打哪个电话": routes a problem, in the words people use, to the hotline whose own published purpose
 * covers it, and falls back to the general government line 12345. The topic words are vocabulary, not
 * facts; what each number is for, and who answers, comes from the hotline records and their sources.
 *
 * `answerProblem` (./problem-answer.ts) is what the page and `cli route` call: the danger check runs first, and
 * a danger is answered with emergency numbers only; the topics below never route to an emergency number or to
 * 12345 for a danger.
 */
import { normalise } from './search/normalise';
import { GENERAL_LINE, TOPICS, type Route, type Topic } from './hotline-topics';
import type { Hotline } from './schema';

export { GENERAL_LINE, TOPICS, topicRoute, type Route, type Topic } from './hotline-topics';

/** Picks the topic whose words best match the problem text; falls back to 12345. */
export function routeProblem(text: string, hotlines: ReadonlyMap<string, Hotline>): Route {
	const q = normalise(text);
	let best: { topic: Topic; score: number } | null = null;
	if (q) {
		for (const topic of TOPICS) {
			const score = topic.words.reduce((n, w) => (q.includes(normalise(w)) ? n + w.length : n), 0);
			if (score > 0 && (!best || score > best.score)) best = { topic, score };
		}
	}
	const picked = best ? best.topic.numbers.flatMap((n) => hotlines.get(n) ?? []) : [];
	if (best && picked.length) return { topic: best.topic, hotlines: picked, fallback: false };
	const general = hotlines.get(GENERAL_LINE);
	return { topic: best?.topic ?? null, hotlines: general ? [general] : [], fallback: true };
}
