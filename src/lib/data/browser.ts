/**
 * The one browser Repository, wired to the real fetch, IndexedDB and the site's base path.
 * Imported only from browser code paths.
 */
import { base } from '$app/paths';
import { AppDb } from './db';
import type { Dataset } from '$lib/domain/dataset';
import { pageFromDataOrHtml } from './page-html';
import { Repository } from './repository';

let repository: Repository | null = null;

export function browserRepository(): Repository {
	repository ??= new Repository({
		fetch: (input, init) => fetch(input, init),
		base,
		openDb: () => (typeof indexedDB === 'undefined' ? null : new AppDb())
	});
	return repository;
}

/** Page data for a navigation after the first page (page-data.ts): see pageFromDataOrHtml. */
export function browserPageData<T>(url: URL, build: (ds: Dataset) => T | Promise<T>): Promise<T> {
	return pageFromDataOrHtml(browserRepository(), url.pathname, build);
}
