/**
 * What the 热线电话 page and `cli route` answer to a problem typed in plain words: the danger check
 * (./danger.ts) first, then the hotline router (./hotline-router.ts). Its own module so that the page loads the
 * danger word lists only when someone asks (issue 14: start-up JS); the topic chips need the router alone.
 */
import { checkDanger, type DangerMatch } from './danger';
import { formatDialable } from './format/phone';
import { routeProblem, type Route } from './hotline-router';
import type { HotlineLine } from './schema';

/** One number to call, best first: what `cli route --json` prints and the page shows. */
export interface Answer {
	/** As dialled and displayed: 119, 12333, 0358-8227519. */
	number: string;
	name: string;
	emergency: boolean;
	/** Why this number, in plain words. */
	reason: string;
	hotline?: HotlineLine;
}

export interface ProblemAnswer {
	/** Non-empty when the problem describes a danger; then `answers` holds emergency numbers only. */
	dangers: DangerMatch[];
	/** The hotline route, only when there is no danger. */
	route: Route | null;
	answers: Answer[];
}

function answerOf(h: HotlineLine, emergency: boolean, reason: string): Answer {
	return { number: formatDialable(h).display, name: h.name, emergency, reason, hotline: h };
}

/**
 * The danger check first, then the hotline router. An emergency number is answered even if the data lacks its
 * record (the build checks it never does), because a missing record must not leave someone without 119.
 */
export function answerProblem(text: string, hotlines: ReadonlyMap<string, HotlineLine>): ProblemAnswer {
	const dangers = checkDanger(text);
	if (dangers.length) {
		const answers = dangers.map(({ danger, matched }): Answer => {
			const h = hotlines.get(danger.number);
			const name = h?.name ?? danger.number;
			const reason = `说到「${matched[0]}」：${danger.when}，请马上拨打${name} ${danger.number}`;
			return h ? answerOf(h, true, reason) : { number: danger.number, name, emergency: true, reason };
		});
		return { dangers, route: null, answers };
	}
	const route = routeProblem(text, hotlines);
	const reason = route.fallback
		? '没有找到专门的热线；12345政务服务便民热线提供“7×24小时”全天候人工服务'
		: (route.topic?.label ?? '');
	return { dangers, route, answers: route.hotlines.map((h) => answerOf(h, false, reason)) };
}
