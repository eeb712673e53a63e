/** The languages the app speaks, without loading any translation: safe to import anywhere. */
import { LANGUAGES, type Lang } from '$lib/facts/types';

export { LANGUAGES, type Lang };

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages that the app speaks. */
export function preferredLanguage(languages: readonly string[]): Lang | undefined {
	for (const language of languages) {
		const base = language.toLowerCase().split('-')[0];
		if (isLang(base)) return base;
	}
	return undefined;
}

/** Where a visitor without a language in the URL belongs: their saved choice, else their browser's, else French. */
export function landingLanguage(saved: string | undefined, browserLanguages: readonly string[]): Lang {
	return isLang(saved) ? saved : (preferredLanguage(browserLanguages) ?? 'fr');
}
