/**
 * The visitor's language choice, in localStorage: synchronous, so `/` can redirect at once, and apart from the rest
 * of storage, so the pages that only remember a language do not load it. Never throws.
 */
const LANGUAGE_KEY = 'hcq.language';

/** The language the visitor chose last, if any. Synchronous so `/` can redirect at once. */
export function readLanguageChoice(): string | undefined {
	try {
		return localStorage.getItem(LANGUAGE_KEY) ?? undefined;
	} catch {
		return undefined;
	}
}

export function saveLanguageChoice(lang: string): void {
	try {
		localStorage.setItem(LANGUAGE_KEY, lang);
	} catch {
		// Private modes may refuse storage; the choice then lasts for this visit only, which is acceptable.
	}
}
