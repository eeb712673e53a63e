import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import fr from './locales/fr.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
	const entries = new Map<string, string>();
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') entries.set(path, value);
		else for (const [child, text] of flatten(value, path)) entries.set(child, text);
	}
	return entries;
}

const placeholders = (text: string) =>
	[...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
	const french = flatten(fr);
	const english = flatten(en);

	it('have the same keys', () => {
		expect([...english.keys()].sort()).toEqual([...french.keys()].sort());
	});

	it('have no empty value', () => {
		for (const [key, text] of [...french, ...english]) expect(text.trim(), key).not.toBe('');
	});

	it('use the same placeholders for every key', () => {
		for (const [key, text] of french)
			expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
	});

	it('are really translated: only words spelt alike in both languages are identical', () => {
		const spelledAlike = new Set([
			'Quiz',
			'Source',
			'Date',
			'Score',
			'{{score}} / {{total}}',
			'+5 minutes',
			'{{count}} question',
			'{{count}} questions',
			'Score (%)',
			'Questions',
			'Q{{number}}'
		]);
		const same = [...french].filter(([key, text]) => english.get(key) === text && !spelledAlike.has(text));
		expect(same).toEqual([]);
	});
});
