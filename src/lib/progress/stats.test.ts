import { describe, expect, it } from 'vitest';
import type { Attempt } from '$lib/storage/records';
import { progressStats } from './stats';

const dayOf = (iso: string) => iso.slice(0, 10);
const topics = new Map([
	['a', 'history'],
	['b', 'history'],
	['c', 'ceremony']
]);

function attemptOn(day: string, right: boolean, factId = 'a'): Attempt {
	return {
		id: `${day}-${factId}-${right}`,
		finishedAt: `${day}T09:00:00.000Z`,
		lang: 'en',
		query: 'seed=x',
		recipe: { seed: 'x', count: 1 },
		score: right ? 1 : 0,
		total: 1,
		durationMs: 1,
		answers: [{ factIds: [factId], topic: 'history', type: 'numeric', correct: right, response: null }]
	};
}

describe('progressStats', () => {
	it('counts a streak of consecutive study days ending today or yesterday', () => {
		const attempts = ['2026-11-18', '2026-11-20', '2026-11-21'].map((day) => attemptOn(day, true));
		expect(progressStats(attempts, topics, '2026-11-21', dayOf).streak).toBe(2);
		expect(progressStats(attempts, topics, '2026-11-22', dayOf).streak).toBe(2);
		expect(progressStats(attempts, topics, '2026-11-23', dayOf).streak).toBe(0);
	});

	it('gives the score trend in time order and the mastery per topic', () => {
		const stats = progressStats(
			[attemptOn('2026-11-21', true, 'c'), attemptOn('2026-11-20', false, 'a')],
			topics,
			'2026-11-21',
			dayOf
		);
		expect(stats.trend.map((point) => point.percent)).toEqual([0, 100]);
		expect(stats.overall).toEqual({ new: 1, learning: 2, mastered: 0 });
		expect(stats.byTopic.get('history')).toEqual({ new: 1, learning: 1, mastered: 0 });
		expect(stats.dueToday).toBe(1);
		expect(stats.questions).toBe(2);
		expect(stats.right).toBe(1);
	});
});
