/**
 * Turns a key into text the way i18next does for the features this app uses (nested keys, `{{name}}`
 * placeholders, `_one`/`_other` plural suffixes chosen by `Intl.PluralRules`), in well under a kilobyte. Pure: the
 * messages are passed in. `translate.test.ts` runs every key of both locale files through i18next and through this
 * function and requires the same text, so the locale files stay plain i18next resources.
 */

/** A locale file: nested objects whose leaves are strings. */
export type MessageTree = { readonly [key: string]: string | MessageTree };

/** Values for a message's `{{placeholders}}`; `count` also picks the plural form. */
export type TranslateOptions = Readonly<Record<string, string | number>>;

const pluralRules = new Map<string, Intl.PluralRules>();

function lookup(messages: MessageTree, key: string): string | undefined {
	let node: string | MessageTree | undefined = messages;
	for (const part of key.split('.')) {
		if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
		node = node[part];
	}
	return typeof node === 'string' ? node : undefined;
}

/** The text for `key` in `messages`, or the key itself when it is missing, as i18next does. */
export function translate(
	messages: MessageTree,
	lang: string,
	key: string,
	options: TranslateOptions = {}
): string {
	let text: string | undefined;
	const { count } = options;
	if (typeof count === 'number') {
		let rules = pluralRules.get(lang);
		if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
		text = lookup(messages, `${key}_${rules.select(count)}`) ?? lookup(messages, `${key}_other`);
	}
	text ??= lookup(messages, key);
	if (text === undefined) return key;
	return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (placeholder, name: string) =>
		Object.hasOwn(options, name) ? String(options[name]) : placeholder
	);
}
