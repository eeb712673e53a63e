import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factFile } from '.';
import type { Fact, FactFile } from './types';
import { TRAPS, validateFactFile } from './validate';

const seedFolder = join(import.meta.dirname, '../../../../shared/seeds');
const seedTexts = existsSync(seedFolder)
	? new Map(readdirSync(seedFolder).map((name) => [name, readFileSync(join(seedFolder, name), 'utf8')]))
	: undefined;

const sample: Fact = {
	id: 'sample-adoption',
	topic: 'adoption',
	difficulty: 1,
	statement: {
		fr: 'L’Assemblée générale a adopté la Convention le 24 décembre 2024.',
		en: 'The General Assembly adopted the Convention on 24 December 2024.'
	},
	question: { fr: 'Quand ?', en: 'When?' },
	cloze: {
		fr: 'L’Assemblée générale a adopté la Convention le {{answer}}.',
		en: 'The General Assembly adopted the Convention on {{answer}}.'
	},
	answer: { kind: 'date', value: '2024-12-24' },
	sources: [{ url: 'https://treaties.un.org/', title: 'UNTC' }]
};

function withFacts(...facts: Fact[]): FactFile {
	return { ...factFile, facts: [...factFile.facts, ...facts] };
}

const messagesFor = (file: FactFile, id: string) =>
	validateFactFile(file)
		.filter((problem) => problem.factId === id)
		.map((problem) => problem.message);

describe('the curated fact file', () => {
	it('passes every check, including verbatim seed quotes when the articles are beside the repo', () => {
		expect(validateFactFile(factFile, seedTexts)).toEqual([]);
	});

	it('has at least 120 facts over at least 8 topics of 5 facts or more', () => {
		expect(factFile.facts.length).toBeGreaterThanOrEqual(120);
		const perTopic = new Map<string, number>();
		for (const fact of factFile.facts) perTopic.set(fact.topic, (perTopic.get(fact.topic) ?? 0) + 1);
		expect([...perTopic.values()].filter((count) => count >= 5).length).toBeGreaterThanOrEqual(8);
	});

	it('never uses one of the dossier traps as an answer key', () => {
		const trapped = factFile.facts.filter((fact) => TRAPS.some((trap) => trap.test(fact)));
		expect(trapped.map((fact) => fact.id)).toEqual([]);
	});

	it('never teaches 71 articles, a Friday ceremony or "72 countries" anywhere in a statement', () => {
		for (const fact of factFile.facts) {
			const text = `${fact.statement.fr} ${fact.statement.en}`;
			expect(text, fact.id).not.toMatch(/\b71 articles\b/i);
			expect(text, fact.id).not.toMatch(/\b72 (pays|countries|États|States)\b/i);
			if (/vendredi|friday/i.test(text)) expect(text, fact.id).toMatch(/samedi|saturday/i);
		}
	});

	it('gives every Vietnamese person their diacritics and an unaccented variant', () => {
		const vietnamese = factFile.entities.filter(
			(entity) =>
				entity.kind === 'person' && /[ạảấầẩậắằẳặẹẻếềểệịỉọỏốồổộớờởợụủứừửựỳỷỹđĐơưăâêô]/i.test(entity.name.en)
		);
		expect(vietnamese.length).toBeGreaterThan(5);
		for (const person of vietnamese) {
			expect(
				person.variants?.some((variant) => /^[\x20-\x7e]+$/.test(variant)),
				person.id
			).toBe(true);
		}
	});
});

describe('validateFactFile catches', () => {
	it('a duplicate id', () => {
		expect(messagesFor(withFacts(sample, sample), sample.id)).toContain('duplicate fact id');
	});

	it('a cloze that does not rebuild the statement', () => {
		const wrong = { ...sample, answer: { kind: 'date', value: '2024-12-23' } } as Fact;
		expect(messagesFor(withFacts(wrong), sample.id).join()).toMatch(/differs from the statement/);
	});

	it('an untranslated text', () => {
		const same = { ...sample, question: { fr: 'When?', en: 'When?' } };
		expect(messagesFor(withFacts(same), sample.id)).toContain('question is the same in French and English');
	});

	it('an unknown entity and an unknown topic', () => {
		const broken: Fact = {
			...sample,
			topic: 'gossip',
			cloze: undefined,
			answer: { kind: 'entity', ref: 'nobody' }
		};
		const messages = messagesFor(withFacts(broken), sample.id);
		expect(messages).toContain('unknown topic "gossip"');
		expect(messages).toContain('unknown entity "nobody"');
	});

	it('a seed quote that is not verbatim', () => {
		const misquoted: Fact = {
			...sample,
			sources: [{ seed: '002_507911e7b6c4516b.txt', quote: 'not in the article' }]
		};
		const texts = new Map([['002_507911e7b6c4516b.txt', 'En deux jours, 72 pays ont signé']]);
		const messages = validateFactFile(withFacts(misquoted), texts).filter((p) => p.factId === sample.id);
		expect(messages.map((p) => p.message).join()).toMatch(/not found verbatim/);
	});

	it.each([
		['71 articles', { kind: 'number', value: 71, unit: { fr: '{{n}} articles', en: '{{n}} articles' } }],
		['72 countries', { kind: 'number', value: 72, unit: { fr: '{{n}} pays', en: '{{n}} countries' } }],
		[
			'a Friday',
			{ kind: 'claim', claim: { fr: 'C’était un vendredi.', en: 'It was a Friday.' }, truth: true }
		],
		[
			'the official title',
			{
				kind: 'claim',
				claim: {
					fr: 'Son titre officiel est « Convention de Hanoï ».',
					en: 'Its official title is "Hanoi Convention".'
				},
				truth: true
			}
		],
		[
			'65 unattributed',
			{ kind: 'number', value: 65, unit: { fr: '{{n}} pays signataires', en: '{{n}} signatory countries' } }
		]
	])('the trap %s', (_, answer) => {
		const trap = { ...sample, cloze: undefined, answer } as Fact;
		expect(messagesFor(withFacts(trap), sample.id).join()).toMatch(/dossier trap/);
	});
});
