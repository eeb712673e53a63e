/**
 * The app's translations. A page loads only its own language's messages (the other language loads when the learner
 * switches), and the same code renders prerendered HTML and the live page. `t()` takes only keys that exist in
 * fr.json (a typo fails `npm run check`) and is reactive: templates that call it re-render when the language
 * changes, without stores. The locale files are i18next resources; see translate.ts for why i18next itself is not
 * shipped to the browser.
 */
import { createSubscriber } from 'svelte/reactivity';
import type { Lang } from './languages';
import type fr from './locales/fr.json';
import { translate, type TranslateOptions } from './translate';

export { isLang, LANGUAGES, preferredLanguage, type Lang } from './languages';
export type { TranslateOptions } from './translate';

/** The shape of a locale file; French is the reference. */
export type Messages = typeof fr;

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<Key extends string> = Key extends `${infer Base}_${PluralSuffix}` ? Base : Key;
type KeysOf<Tree, Prefix extends string = ''> = {
	[Key in keyof Tree & string]: Tree[Key] extends string
		? `${Prefix}${WithoutPlural<Key>}`
		: KeysOf<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

/** Every key `t()` accepts, plural forms under their base key (`teacherQuiz.changed`, not `teacherQuiz.changed_one`). */
export type MessageKey = KeysOf<Messages>;

const loaders: Record<Lang, () => Promise<{ default: Messages }>> = {
	fr: () => import('./locales/fr.json'),
	en: () => import('./locales/en.json')
};

/** One language's messages, for a `load` function to return. */
export async function loadMessages(lang: Lang): Promise<Messages> {
	return (await loaders[lang]()).default;
}

let current: { lang: Lang; messages: Messages | undefined } = { lang: 'fr', messages: undefined };
const listeners = new Set<() => void>();
const subscribe = createSubscriber((update) => {
	listeners.add(update);
	return () => listeners.delete(update);
});

/** Translates a typed key in the current language; re-runs in templates when the language changes. */
export function t(key: MessageKey, options?: TranslateOptions): string {
	subscribe();
	return current.messages ? translate(current.messages, current.lang, key, options) : key;
}

/** Makes `messages` the current language's strings and switches to it. */
export function setLanguage(lang: Lang, messages: Messages): void {
	if (current.lang === lang && current.messages === messages) return;
	current = { lang, messages };
	for (const update of listeners) update();
}
