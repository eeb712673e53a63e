/**
 * Spaced repetition per fact with Leitner boxes, replayed from the attempt history: the schedule is derived, never
 * stored, so two tabs, an import or a migration can never leave it out of step with the attempts. Pure and
 * deterministic; days are ISO dates (`YYYY-MM-DD`) in the learner's time zone, computed by the caller.
 */
import type { Attempt } from '$lib/storage/records';

/** Days until the next review for a fact in box 1 to 5. */
export const BOX_INTERVALS = [1, 2, 4, 8, 16] as const;
export const TOP_BOX = BOX_INTERVALS.length;
/** From this box on, a fact counts as mastered. */
export const MASTERED_BOX = 4;

export type FactSchedule = {
	box: number;
	/** The day it is due again. */
	due: string;
	seen: number;
	right: number;
	lastSeen: string;
};

export type Mastery = 'new' | 'learning' | 'mastered';

/** Adds days to an ISO date, in UTC so daylight saving never shifts it. */
export function addDays(day: string, days: number): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/**
 * Replays every answer in time order: a right answer moves the fact up one box (a new fact starts in box 1), a wrong
 * one back to box 1, due the next day. Every question type counts; a question about several facts counts for each of them.
 */
export function buildSchedules(
	attempts: readonly Attempt[],
	dayOf: (isoTimestamp: string) => string
): Map<string, FactSchedule> {
	const schedules = new Map<string, FactSchedule>();
	const ordered = [...attempts].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
	// Only a handful of (day, interval) pairs exist per attempt: compute each date once.
	const dueDates = new Map<string, string>();
	const dueOn = (day: string, days: number) => {
		const key = `${day}|${days}`;
		let due = dueDates.get(key);
		if (due === undefined) dueDates.set(key, (due = addDays(day, days)));
		return due;
	};
	for (const attempt of ordered) {
		const day = dayOf(attempt.finishedAt);
		for (const answer of attempt.answers) {
			for (const factId of answer.factIds) {
				let schedule = schedules.get(factId);
				if (!schedule) {
					// A fact never seen starts in box 1, so a first right answer already spaces it out.
					schedule = { box: 1, due: day, seen: 0, right: 0, lastSeen: day };
					schedules.set(factId, schedule);
				}
				schedule.box = answer.correct ? Math.min(TOP_BOX, schedule.box + 1) : 1;
				schedule.due = dueOn(day, answer.correct ? BOX_INTERVALS[schedule.box - 1]! : 1);
				schedule.seen += 1;
				if (answer.correct) schedule.right += 1;
				schedule.lastSeen = day;
			}
		}
	}
	return schedules;
}

export function masteryOf(schedule: FactSchedule | undefined): Mastery {
	if (!schedule) return 'new';
	return schedule.box >= MASTERED_BOX ? 'mastered' : 'learning';
}

export function isDue(schedule: FactSchedule | undefined, today: string): boolean {
	return schedule !== undefined && schedule.due <= today;
}

/**
 * The facts a practice session should ask, most urgent first: those due today (oldest due first), then weak ones
 * (low box, least recently seen), then new ones in the given order.
 */
export function pickPracticeFacts(
	factIds: readonly string[],
	schedules: ReadonlyMap<string, FactSchedule>,
	today: string,
	limit: number
): string[] {
	const seen = factIds.filter((id) => schedules.has(id));
	const due = seen
		.filter((id) => isDue(schedules.get(id), today))
		.sort((a, b) => compareBy(schedules, a, b, 'due') || compareBy(schedules, a, b, 'box'));
	const weak = seen
		.filter((id) => !isDue(schedules.get(id), today) && schedules.get(id)!.box < MASTERED_BOX)
		.sort((a, b) => compareBy(schedules, a, b, 'box') || compareBy(schedules, a, b, 'lastSeen'));
	const fresh = factIds.filter((id) => !schedules.has(id));
	return [...due, ...weak, ...fresh].slice(0, limit);
}

function compareBy(
	schedules: ReadonlyMap<string, FactSchedule>,
	a: string,
	b: string,
	field: 'due' | 'box' | 'lastSeen'
): number {
	const left = schedules.get(a)![field];
	const right = schedules.get(b)![field];
	return left < right ? -1 : left > right ? 1 : 0;
}
