/**
 * Text comparison that forgives what a learner should not be marked wrong for: case, accents, punctuation and
 * spacing ("Hà Nội" = "ha noi" = "HANOI"). Pure and locale-independent.
 */
import { LANGUAGES, type Localized } from '../facts/types';

export function normalizeText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]/gu, '');
}

export function sameText(a: string, b: string): boolean {
	return normalizeText(a) === normalizeText(b);
}

/** True when no two texts are the same in either language, after normalisation. */
export function distinctLocalized(texts: readonly Localized[]): boolean {
	return LANGUAGES.every(
		(lang) => new Set(texts.map((text) => normalizeText(text[lang]))).size === texts.length
	);
}

/**
 * Reads a typed number the way people write it: "2 500", "2,500", "2.500" and "2500" are all 2500;
 * "2,5" and "2.5" are 2.5. Returns undefined when the text is not a number.
 */
export function parseTypedNumber(text: string): number | undefined {
	const compact = text.replace(/[\s\u00a0\u202f']/g, '');
	if (!/^-?[\d.,]+$/.test(compact)) return undefined;
	const grouped = /^-?\d{1,3}([.,])\d{3}(\1\d{3})*$/.exec(compact);
	const plain = grouped ? compact.replace(/[.,]/g, '') : compact.replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(plain)) return undefined;
	return Number(plain);
}
