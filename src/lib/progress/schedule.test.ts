import { describe, expect, it } from 'vitest';
import type { Attempt } from '$lib/storage/records';
import { addDays, buildSchedules, masteryOf, pickPracticeFacts } from './schedule';

const dayOf = (iso: string) => iso.slice(0, 10);

function attemptOn(day: string, answers: [string, boolean][]): Attempt {
	return {
		id: `${day}-${answers.map(([id]) => id).join()}`,
		finishedAt: `${day}T12:00:00.000Z`,
		lang: 'fr',
		query: 'seed=x',
		recipe: { seed: 'x', count: answers.length },
		score: answers.filter(([, right]) => right).length,
		total: answers.length,
		durationMs: 1,
		answers: answers.map(([factId, correct]) => ({
			factIds: [factId],
			topic: 't',
			type: 'matching',
			correct,
			response: null
		}))
	};
}

describe('Leitner schedule', () => {
	it('schedules a missed fact for tomorrow, and a fact answered right for later', () => {
		const schedules = buildSchedules(
			[
				attemptOn('2026-11-22', [
					['a', false],
					['b', true]
				])
			],
			dayOf
		);
		expect(schedules.get('a')).toMatchObject({ box: 1, due: '2026-11-23' });
		expect(schedules.get('b')).toMatchObject({ box: 2, due: '2026-11-24' });
	});

	it('moves a fact up one box per right answer, doubling the interval, and back to box 1 when missed', () => {
		const history = [
			attemptOn('2026-11-01', [['a', true]]),
			attemptOn('2026-11-02', [['a', true]]),
			attemptOn('2026-11-04', [['a', true]]),
			attemptOn('2026-11-08', [['a', true]])
		];
		expect(buildSchedules(history, dayOf).get('a')).toMatchObject({
			box: 5,
			due: '2026-11-24',
			seen: 4,
			right: 4
		});
		expect(masteryOf(buildSchedules(history, dayOf).get('a'))).toBe('mastered');
		const missed = buildSchedules([...history, attemptOn('2026-11-24', [['a', false]])], dayOf).get('a');
		expect(missed).toMatchObject({ box: 1, due: '2026-11-25' });
		expect(masteryOf(missed)).toBe('learning');
		expect(masteryOf(undefined)).toBe('new');
	});

	it('replays in time order whatever the storage order', () => {
		const later = attemptOn('2026-11-03', [['a', false]]);
		const earlier = attemptOn('2026-11-01', [['a', true]]);
		expect(buildSchedules([later, earlier], dayOf).get('a')!.box).toBe(1);
	});

	it('counts an answer for every fact of a multi-fact question', () => {
		const attempt = attemptOn('2026-11-01', [['a', true]]);
		attempt.answers[0]!.factIds = ['a', 'b', 'c'];
		expect([...buildSchedules([attempt], dayOf).keys()]).toEqual(['a', 'b', 'c']);
	});

	it('picks due facts first, then weak ones, then new ones', () => {
		const schedules = buildSchedules(
			[
				attemptOn('2026-11-10', [
					['due-old', false],
					['weak', false]
				]),
				attemptOn('2026-11-20', [
					['due-new', false],
					['strong', true]
				]),
				attemptOn('2026-11-21', [['weak', false]])
			],
			dayOf
		);
		const picked = pickPracticeFacts(
			['new-1', 'strong', 'weak', 'due-new', 'due-old', 'new-2'],
			schedules,
			'2026-11-21',
			5
		);
		// strong was right once (box 2, due in two days): not due, but not mastered, so it comes after weaker ones.
		expect(picked).toEqual(['due-old', 'due-new', 'weak', 'strong', 'new-1']);
	});

	it('adds days across months and years', () => {
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
	});
});
