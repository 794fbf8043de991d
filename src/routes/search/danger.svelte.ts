import { registerLazyPart } from '$lib/data/lazy-parts';
import type { checkDanger } from '$lib/domain/danger';

const loadDanger = () => import('$lib/domain/danger');
// Loaded in the background with every route's code too, so the check works offline without a service worker.
registerLazyPart(loadDanger);

/**
 * Safety before search results: danger words get the emergency numbers first, whatever the search finds. The
 * prerendered page has no query, so the danger words load after the page is live, as their own chunk (start-up
 * JS, issue 14). Should they fail to load, every query shows the emergency numbers: never none for a danger.
 */
export class DangerCheck {
	#check = $state.raw<typeof checkDanger | null>(null);
	#failed = $state(false);

	load(): void {
		void loadDanger().then(
			(m) => (this.#check = m.checkDanger),
			() => (this.#failed = true)
		);
	}

	/** The emergency numbers to put first for `q`. */
	numbers(q: string): string[] {
		return this.#check ? this.#check(q).map((d) => d.danger.number) : [];
	}

	/** Whether to show the emergency block for `q`: a danger word, or no way to check. */
	shows(q: string): boolean {
		return this.numbers(q).length > 0 || (this.#failed && q.trim() !== '');
	}
}
