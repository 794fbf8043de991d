/**
 * One IndexedDB connection with the recovery every caller needs: opened lazily, reopened once when WebKit
 * (or 清除本地数据, or WeChat clearing storage) closed it behind our back, and given up on — reported once,
 * never thrown — when the database cannot be used at all.
 */
import type { AppDb } from './db';

const RETRYABLE = new Set(['DatabaseClosedError', 'InvalidStateError', 'UnknownError']);

export class DbHandle {
	private db: AppDb | null | undefined;
	/** The database was deleted under the open connection; Dexie reopens an empty one on the next operation. */
	private deleted = false;

	constructor(
		private open: () => AppDb | null,
		/** Called when the database is unavailable or an operation failed for good (err null: no IndexedDB). */
		private onUnavailable: (err: unknown) => void,
		/**
		 * Called with the new connection after a reopen, before the operation that found the old one closed: the
		 * database may have been deleted (WebKit, WeChat, another tab's 清除本地数据), so the caller writes back
		 * what it holds in memory.
		 */
		private onReopen?: (db: AppDb) => Promise<void>
	) {}

	/** The connection, opening it on first use; null when IndexedDB cannot be used here. */
	get(): AppDb | null {
		if (this.db === undefined) {
			try {
				this.db = this.open();
			} catch {
				this.db = null;
			}
			if (!this.db) this.onUnavailable(null);
			else
				this.db.on('versionchange', (event: IDBVersionChangeEvent) => {
					// newVersion null: a deleteDatabase (not an upgrade by a newer tab) is waiting on this connection.
					if (event.newVersion === null) this.deleted = true;
				});
		}
		return this.db;
	}

	/** Forgets the connection (after deleting the database), so the next operation opens a new one. */
	reset(): void {
		this.db = undefined;
	}

	/** Runs an operation; null when the database is unavailable or the operation failed after one reopen. */
	async run<T>(op: (db: AppDb) => Promise<T>): Promise<T | null> {
		for (let attempt = 0; attempt < 2; attempt++) {
			const db = this.get();
			if (!db) return null;
			try {
				if (attempt > 0 || this.deleted) {
					this.deleted = false;
					await this.onReopen?.(db);
				}
				return await op(db);
			} catch (err) {
				if (attempt === 0 && RETRYABLE.has(errorName(rootCause(err)))) {
					db.close();
					this.db = undefined;
					continue;
				}
				this.onUnavailable(err);
				return null;
			}
		}
		return null;
	}
}

/** The error a wrapper (DataError) carries, else the error itself. */
function rootCause(err: unknown): unknown {
	return err && typeof err === 'object' && 'cause' in err && (err as { cause?: unknown }).cause !== undefined
		? (err as { cause: unknown }).cause
		: err;
}

export function errorName(err: unknown): string {
	return err && typeof err === 'object' && 'name' in err ? String((err as { name: unknown }).name) : '';
}
