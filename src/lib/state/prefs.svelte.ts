/**
 * Device preferences: 长辈版 (elder mode). Remembered in localStorage; when storage is blocked (private mode,
 * some WebViews) the choice lives in memory for this visit and nothing throws.
 */
import { ELDER_CLASS, ELDER_KEY } from './html-flags';

function readStored(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

function writeStored(key: string, value: string | null): boolean {
	try {
		if (value === null) localStorage.removeItem(key);
		else localStorage.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}

export class Prefs {
	#elder = $state(false);
	#remembered = $state(true);
	#initialised = false;

	get elder(): boolean {
		return this.#elder;
	}

	/** False when the choice could not be saved on the device. */
	get remembered(): boolean {
		return this.#remembered;
	}

	/** Reads the saved choice and applies it; called once, as early as possible, in the browser. */
	init(): void {
		if (this.#initialised) return;
		this.#initialised = true;
		// The class is the truth: app.html's script set it from storage, or from a tap made before this code ran.
		this.#elder = document.documentElement.classList.contains(ELDER_CLASS);
		this.#remembered = (readStored(ELDER_KEY) === '1') === this.#elder;
		this.#apply();
		// The same choice in every open tab: another tab's switch arrives as a storage event.
		addEventListener('storage', (e) => {
			if (e.key !== ELDER_KEY && e.key !== null) return;
			this.#elder = readStored(ELDER_KEY) === '1';
			this.#remembered = true;
			this.#apply();
		});
	}

	setElder(on: boolean): void {
		this.#elder = on;
		this.#remembered = writeStored(ELDER_KEY, on ? '1' : null);
		this.#apply();
	}

	toggleElder(): void {
		this.setElder(!this.#elder);
	}

	#apply(): void {
		if (typeof document !== 'undefined') document.documentElement.classList.toggle(ELDER_CLASS, this.#elder);
	}
}

export const prefs = new Prefs();
