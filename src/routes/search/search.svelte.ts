/**
 * The search page's state: the query lives in the URL (`/search?q=`), so a result list can be shared;
 * results are derived from it and from the searcher, which is built once per dataset.
 */
import { getDataset } from '$lib/data/page-data';
import { registerLazyPart } from '$lib/data/lazy-parts';
import { fetchSearchIndex, type SearchIndexFile } from '$lib/data/search-index';
import type { Dataset } from '$lib/domain/dataset';
import type { Searcher } from '$lib/domain/search/engine';
import type { PackedSearchData } from '$lib/domain/search/pack';
import type { Hit } from '$lib/domain/search/types';
import { matchesAllWords } from '$lib/domain/search/ranking';
import { GENERAL_LINE } from '$lib/domain/events/general-line';

/** Results shown per page of the list; people rarely read past the first screen. */
export const RESULT_LIMIT = 30;

/** After the first results have painted, the pinyin maps are built, so a query in letters is quick too. */
const PINYIN_WARM_MS = 1000;

const searchers = new WeakMap<Dataset, Searcher>();

function warmPinyin(searcher: Searcher): void {
	setTimeout(() => searcher.preparePinyin(), PINYIN_WARM_MS);
}

/**
 * The engine (query understanding, vocabulary, ranking) is its own chunk, loaded beside the data: it is of
 * no use before the data is there, and it keeps the page's start-up script within budget.
 */
export const loadEngine = () => import('$lib/domain/search/engine');
// Loaded in the background with every route's code: without a service worker, a search typed offline on a
// page opened before would otherwise fetch this chunk, fail and say the data is missing.
registerLazyPart(loadEngine);

/**
 * The result list is its own chunk too, loaded beside the index: nothing in it shows before the first results,
 * and it keeps phone links and citations out of the page's start-up script (issue 14).
 */
export const loadResults = () => import('./Results.svelte');
registerLazyPart(loadResults);

async function searcherFor(ds: Dataset): Promise<Searcher> {
	let s = searchers.get(ds);
	if (!s) {
		const { createSectionSearcher } = await loadEngine();
		s = createSectionSearcher(ds.section<PackedSearchData>('search'));
		searchers.set(ds, s);
	}
	return s;
}

const LIST_MISSING = '暂时无法搜索：请连接网络后再试';

export class SearchState {
	searcher = $state.raw<Searcher | null>(null);
	/** The dataset the searcher was built from, for each result's second line. */
	dataset = $state.raw<Dataset | null>(null);
	#error = $state('');
	/**
	 * The result list's own code could not be fetched (opened offline before it was stored). Kept apart from the
	 * searcher's error: a searcher that loads after this must not clear it, or the page would wait forever.
	 */
	#listMissing = $state(false);
	/** What the page says instead of results, or ''. */
	get error(): string {
		return this.#listMissing ? LIST_MISSING : this.#error;
	}
	results: Hit[] = $derived.by(() => {
		const q = this.query().trim();
		return this.searcher && q ? this.searcher.search(q, { limit: RESULT_LIMIT }) : [];
	});
	ready = $derived(this.searcher !== null);
	/** The life event (一件事) the query matches, shown above the list. */
	event: Hit | null = $derived(this.results.find((h) => h.kind === 'event') ?? null);
	/** Everything else, in rank order. */
	items: Hit[] = $derived(this.results.filter((h) => h.kind !== 'event'));
	/** No record matched every word: the page says so and offers the closest ones, the life event and 12345. */
	loose = $derived.by(() => this.query().trim() !== '' && !this.items.some((h) => matchesAllWords(h.score)));
	/** The general line and what its record says it is for, for a query nothing answers well. */
	general = $derived(this.dataset?.hotlines.get(GENERAL_LINE) ?? null);

	/** Reads the current query (from the URL), so results follow it without copying it into state. */
	private readonly query: () => string;

	constructor(query: () => string) {
		this.query = query;
	}

	/** The result list's code (loadResults) failed to arrive. */
	listUnavailable(): void {
		this.#listMissing = true;
	}

	/**
	 * `index`: the preloaded index of a cold visit. Results come from it first, before Dexie and the rest of the
	 * data bundle; the dataset (for each result's second line) follows. Without it, or when it fails, the
	 * searcher is built from the dataset.
	 */
	async load(index: SearchIndexFile | null = null): Promise<void> {
		// The engine's chunk downloads beside the index, not after it: on a slow phone that is a round trip saved.
		const engine = loadEngine();
		// Awaited below, where a failure is handled; this only keeps an early failure from being reported as unhandled.
		engine.catch(() => undefined);
		const section = index ? await fetchSearchIndex(index) : null;
		if (section) {
			try {
				const { createSectionSearcher } = await engine;
				const searcher = createSectionSearcher(section);
				this.searcher = searcher;
				this.#error = '';
				warmPinyin(searcher);
			} catch {
				return this.fromDataset(engine);
			}
			try {
				this.dataset = await getDataset();
			} catch {
				/* results stand without their second line; the footer says why the data is missing */
			}
			return;
		}
		return this.fromDataset(engine);
	}

	/** Without the preloaded index, or when it fails: the searcher is built from the dataset. */
	private async fromDataset(engine: ReturnType<typeof loadEngine>): Promise<void> {
		try {
			const ds = await getDataset();
			await engine;
			// Give the main thread back between parsing the bundle and indexing it: two shorter tasks keep
			// the page responsive to taps on a slow phone.
			await new Promise((resolve) => setTimeout(resolve, 0));
			const searcher = await searcherFor(ds);
			this.searcher = searcher;
			this.dataset = ds;
			warmPinyin(searcher);
			this.#error = '';
		} catch {
			this.#error = '暂时无法搜索：数据还没有下载到手机上，请连接网络后再试';
		}
	}
}
