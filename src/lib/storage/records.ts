/**
 * Shapes of stored records and their validators. Storage hands back `unknown`; nothing reaches the app
 * until it has passed these checks.
 */
import type { Lang } from '$lib/facts/types';
import type { Recipe } from '$lib/quiz/types';

export type AttemptAnswer = { factIds: string[]; correct: boolean };

export type Attempt = {
	id: string;
	/** ISO timestamp. */
	finishedAt: string;
	lang: Lang;
	recipe: Recipe;
	score: number;
	total: number;
	durationMs: number;
	answers: AttemptAnswer[];
};

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isStringArray = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((item) => typeof item === 'string');

export function isRecipe(value: unknown): value is Recipe {
	return (
		isObject(value) &&
		typeof value.seed === 'string' &&
		isCount(value.count) &&
		(value.topics === undefined || isStringArray(value.topics)) &&
		(value.types === undefined || isStringArray(value.types)) &&
		(value.difficulty === undefined || [1, 2, 3].includes(value.difficulty as number))
	);
}

export function isAttempt(value: unknown): value is Attempt {
	return (
		isObject(value) &&
		typeof value.id === 'string' &&
		typeof value.finishedAt === 'string' &&
		!Number.isNaN(Date.parse(value.finishedAt)) &&
		(value.lang === 'fr' || value.lang === 'en') &&
		isRecipe(value.recipe) &&
		isCount(value.score) &&
		isCount(value.total) &&
		value.score <= value.total &&
		isCount(value.durationMs) &&
		Array.isArray(value.answers) &&
		value.answers.every(
			(answer) => isObject(answer) && isStringArray(answer.factIds) && typeof answer.correct === 'boolean'
		)
	);
}
