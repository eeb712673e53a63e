/**
 * The only owner of i18next. Both locales are bundled (they are small), so i18next initialises synchronously once,
 * and the same code renders prerendered HTML and the live page. `t()` is reactive: templates that call it
 * re-render when the language changes, without stores.
 */
import i18next, { type TFunction } from 'i18next';
import { createSubscriber } from 'svelte/reactivity';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { LANGUAGES, type Lang } from '$lib/facts/types';

export { LANGUAGES, type Lang };

export const resources = { fr: { translation: fr }, en: { translation: en } } as const;

if (!i18next.isInitialized) {
	void i18next.init({
		resources,
		lng: 'fr',
		fallbackLng: false,
		supportedLngs: [...LANGUAGES],
		initAsync: false,
		returnNull: false,
		interpolation: { escapeValue: false }
	});
}

const subscribe = createSubscriber((update) => {
	i18next.on('languageChanged', update);
	return () => i18next.off('languageChanged', update);
});

const translate = i18next.t.bind(i18next) as unknown as (...args: unknown[]) => string;

/** Translates a typed key in the current language; re-runs in templates when the language changes. */
export const t = ((...args: unknown[]) => {
	subscribe();
	return translate(...args);
}) as unknown as TFunction;

export function setLanguage(lang: Lang): void {
	if (i18next.language !== lang) void i18next.changeLanguage(lang);
}

export function currentLanguage(): Lang {
	subscribe();
	return isLang(i18next.language) ? i18next.language : 'fr';
}

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
