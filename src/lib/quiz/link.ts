/**
 * A quiz recipe as a URL query, and back. Decoding never throws: anything a link can carry (missing, malformed,
 * oversized or unknown values) comes back as a reason the page can show. Encoding then decoding gives the recipe back.
 */
import { QUESTION_TYPES, type Difficulty, type QuestionType, type Recipe } from './types';

export const MAX_QUESTIONS = 50;
export const DEFAULT_QUESTION_COUNT = 10;
const SEED = /^[A-Za-z0-9_-]{1,64}$/;
const TOPIC = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_QUERY_LENGTH = 2000;

export type RecipeProblem =
	'too-long' | 'bad-seed' | 'bad-count' | 'bad-topics' | 'bad-types' | 'bad-difficulty';
export type DecodedRecipe = { ok: true; recipe: Recipe } | { ok: false; problem: RecipeProblem };

export function encodeRecipeQuery(recipe: Recipe): string {
	const query = new URLSearchParams({ seed: recipe.seed });
	if (recipe.count !== DEFAULT_QUESTION_COUNT) query.set('n', String(recipe.count));
	if (recipe.topics?.length) query.set('topics', recipe.topics.join(','));
	if (recipe.types?.length) query.set('types', recipe.types.join(','));
	if (recipe.difficulty !== undefined) query.set('d', String(recipe.difficulty));
	return query.toString().replaceAll('%2C', ',');
}

/** Reads a recipe from a query; a missing seed is reported as 'bad-seed' so callers can pick a fresh one. */
export function decodeRecipeQuery(query: URLSearchParams): DecodedRecipe {
	if (query.toString().length > MAX_QUERY_LENGTH) return { ok: false, problem: 'too-long' };
	const seed = query.get('seed');
	if (seed === null || !SEED.test(seed)) return { ok: false, problem: 'bad-seed' };
	const recipe: Recipe = { seed, count: DEFAULT_QUESTION_COUNT };

	const count = query.get('n');
	if (count !== null) {
		if (!/^\d{1,3}$/.test(count) || Number(count) < 1 || Number(count) > MAX_QUESTIONS) {
			return { ok: false, problem: 'bad-count' };
		}
		recipe.count = Number(count);
	}
	const topics = listParam(query.get('topics'));
	if (topics) {
		if (!topics.every((topic) => TOPIC.test(topic))) return { ok: false, problem: 'bad-topics' };
		recipe.topics = topics;
	}
	const types = listParam(query.get('types'));
	if (types) {
		if (!types.every(isQuestionType)) return { ok: false, problem: 'bad-types' };
		recipe.types = types;
	}
	const difficulty = query.get('d');
	if (difficulty !== null) {
		if (!['1', '2', '3'].includes(difficulty)) return { ok: false, problem: 'bad-difficulty' };
		recipe.difficulty = Number(difficulty) as Difficulty;
	}
	return { ok: true, recipe };
}

function listParam(value: string | null): string[] | undefined {
	if (value === null || value === '') return undefined;
	return [...new Set(value.split(','))];
}

export function isQuestionType(value: string): value is QuestionType {
	return (QUESTION_TYPES as readonly string[]).includes(value);
}
