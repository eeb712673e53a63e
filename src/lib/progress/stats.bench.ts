import { bench, describe } from 'vitest';
import { factFile } from '$lib/facts';
import type { Attempt } from '$lib/storage/records';
import { progressStats } from './stats';

const facts = factFile.facts.map((fact) => fact.id);
const factTopics = new Map(factFile.facts.map((fact) => [fact.id, fact.topic]));

/** Ten thousand attempts of ten answers each, spread over three years. */
const attempts: Attempt[] = Array.from({ length: 10_000 }, (_, index) => ({
	id: `attempt-${index}`,
	finishedAt: new Date(Date.UTC(2024, 0, 1) + index * 2.6 * 3600_000).toISOString(),
	lang: index % 2 ? 'fr' : 'en',
	query: `seed=s${index}`,
	recipe: { seed: `s${index}`, count: 10 },
	score: index % 11,
	total: 10,
	durationMs: 120_000,
	answers: Array.from({ length: 10 }, (_, question) => ({
		factIds: [facts[(index * 7 + question * 13) % facts.length]!],
		topic: 'history',
		type: 'single-choice' as const,
		correct: (index + question) % 3 !== 0,
		response: { kind: 'choice' as const, index: 1 }
	}))
}));

const dayOf = (iso: string) => iso.slice(0, 10);

describe('progress statistics', () => {
	bench('10,000 attempts (100,000 answers)', () => {
		progressStats(attempts, factTopics, '2026-11-22', dayOf);
	});
});
