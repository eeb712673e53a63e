import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { translate, type MessageTree } from './translate';

type Tree = { [key: string]: string | Tree };

/** Every key as `t()` is called with it: plural forms under their base key, each listed once. */
function callableKeys(tree: Tree, prefix = ''): Set<string> {
	const keys = new Set<string>();
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') keys.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
		else for (const child of callableKeys(value, path)) keys.add(child);
	}
	return keys;
}

/** A value for every placeholder used anywhere in the file, so each message gets all it needs. */
function placeholderValues(tree: Tree): Record<string, string> {
	const names = JSON.stringify(tree).matchAll(/\{\{\s*([\w.]+)\s*\}\}/g);
	return Object.fromEntries([...names].map(([, name]) => [name, `«${name}»`]));
}

const reference = i18next.createInstance();
await reference.init({
	resources: { fr: { translation: fr }, en: { translation: en } },
	lng: 'fr',
	fallbackLng: false,
	initAsync: false,
	interpolation: { escapeValue: false }
});

describe('translate', () => {
	for (const [lang, messages] of [
		['fr', fr],
		['en', en]
	] as const) {
		it(`gives i18next's text for every ${lang} key, in every plural form`, () => {
			const i18n = reference.getFixedT(lang);
			const keys = callableKeys(messages);
			expect(keys.size).toBeGreaterThan(100);
			const placeholders = placeholderValues(messages);
			for (const key of keys) {
				for (const count of [0, 1, 2, 21]) {
					const values = { ...placeholders, count };
					expect(translate(messages as MessageTree, lang, key, values), `${lang} ${key} ${count}`).toBe(
						i18n(key, values)
					);
				}
			}
		});
	}

	it('picks French and English plural forms the way each language counts', () => {
		const messages = { item: { n_one: '{{count}} item', n_other: '{{count}} items' } };
		expect(translate(messages, 'fr', 'item.n', { count: 0 })).toBe('0 item');
		expect(translate(messages, 'en', 'item.n', { count: 0 })).toBe('0 items');
		expect(translate(messages, 'en', 'item.n', { count: 1 })).toBe('1 item');
	});

	it('returns the key for a missing or non-text key, as i18next does', () => {
		const messages = { a: { b: 'text' } };
		expect(translate(messages, 'en', 'a.c')).toBe('a.c');
		expect(translate(messages, 'en', 'a')).toBe('a');
		expect(translate(messages, 'en', 'toString')).toBe('toString');
	});

	it('inserts values as text, never as markup', () => {
		expect(translate({ m: 'Hi {{name}}' }, 'en', 'm', { name: '<b>x</b>' })).toBe('Hi <b>x</b>');
	});
});
