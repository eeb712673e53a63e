/**
 * The only owner of i18next. A page loads only its own language's messages (the other language loads when the
 * learner switches), i18next initialises synchronously once, and the same code renders prerendered HTML and the
 * live page. `t()` is reactive: templates that call it re-render when the language changes, without stores.
 */
import i18next, { type TFunction } from 'i18next';
import { createSubscriber } from 'svelte/reactivity';
import { LANGUAGES, type Lang } from './languages';
import type fr from './locales/fr.json';

export { isLang, LANGUAGES, preferredLanguage, type Lang } from './languages';

/** The shape of a locale file; French is the reference. */
export type Messages = typeof fr;

const loaders: Record<Lang, () => Promise<{ default: Messages }>> = {
	fr: () => import('./locales/fr.json'),
	en: () => import('./locales/en.json')
};

/** One language's messages, for a `load` function to return. */
export async function loadMessages(lang: Lang): Promise<Messages> {
	return (await loaders[lang]()).default;
}

if (!i18next.isInitialized) {
	void i18next.init({
		resources: {},
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

/** Makes `messages` the current language's strings and switches to it. */
export function setLanguage(lang: Lang, messages: Messages): void {
	if (!i18next.hasResourceBundle(lang, 'translation'))
		i18next.addResourceBundle(lang, 'translation', messages);
	if (i18next.language !== lang) void i18next.changeLanguage(lang);
}
