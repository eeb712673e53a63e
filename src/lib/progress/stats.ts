/**
 * What the Progress page shows, computed from the attempts alone: score trend, study streak, and mastery per
 * topic from the spaced-repetition schedule. Pure; the caller gives "today" and how to turn a timestamp into a day.
 */
import type { Attempt } from '$lib/storage/records';
import { addDays, buildSchedules, isDue, masteryOf, type FactSchedule, type Mastery } from './schedule';

export type TrendPoint = { attemptId: string; day: string; percent: number };
export type MasteryCounts = Record<Mastery, number>;

export type ProgressStats = {
	attempts: number;
	questions: number;
	right: number;
	trend: TrendPoint[];
	/** Consecutive days with at least one finished attempt, ending today or yesterday. */
	streak: number;
	dueToday: number;
	overall: MasteryCounts;
	byTopic: Map<string, MasteryCounts>;
	schedules: Map<string, FactSchedule>;
};

export const TREND_LENGTH = 30;

/** @param factTopics every fact id of the fact file with its topic */
export function progressStats(
	attempts: readonly Attempt[],
	factTopics: ReadonlyMap<string, string>,
	today: string,
	dayOf: (isoTimestamp: string) => string
): ProgressStats {
	const ordered = [...attempts].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
	const schedules = buildSchedules(ordered, dayOf);

	const overall: MasteryCounts = { new: 0, learning: 0, mastered: 0 };
	const byTopic = new Map<string, MasteryCounts>();
	let dueToday = 0;
	for (const [factId, topic] of factTopics) {
		const schedule = schedules.get(factId);
		const level = masteryOf(schedule);
		overall[level] += 1;
		const counts = byTopic.get(topic) ?? { new: 0, learning: 0, mastered: 0 };
		counts[level] += 1;
		byTopic.set(topic, counts);
		if (isDue(schedule, today)) dueToday += 1;
	}

	const days = new Set(ordered.map((attempt) => dayOf(attempt.finishedAt)));
	let streak = 0;
	let day = days.has(today) ? today : addDays(today, -1);
	while (days.has(day)) {
		streak += 1;
		day = addDays(day, -1);
	}

	return {
		attempts: ordered.length,
		questions: ordered.reduce((sum, attempt) => sum + attempt.total, 0),
		right: ordered.reduce((sum, attempt) => sum + attempt.score, 0),
		trend: ordered.slice(-TREND_LENGTH).map((attempt) => ({
			attemptId: attempt.id,
			day: dayOf(attempt.finishedAt),
			percent: attempt.total === 0 ? 0 : Math.round((100 * attempt.score) / attempt.total)
		})),
		streak,
		dueToday,
		overall,
		byTopic,
		schedules
	};
}

/** The learner's local day for a timestamp (or now), as `YYYY-MM-DD`. */
export function localDay(isoTimestamp?: string): string {
	const date = isoTimestamp === undefined ? new Date() : new Date(isoTimestamp);
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
