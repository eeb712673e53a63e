/**
 * A quiz (its recipe and how it is played) as a URL query, and back. Decoding never throws: anything a link can
 * carry (missing, malformed, oversized or unknown values) comes back as a reason the page can show.
 * Encoding then decoding gives the same settings back.
 */
import { QUESTION_TYPES, type Difficulty, type QuestionType, type Recipe } from './types';

export const MAX_QUESTIONS = 50;
export const DEFAULT_QUESTION_COUNT = 10;
export const MAX_TIMER_MINUTES = 180;
/** The longest title a teacher's quiz may carry. */
export const MAX_TITLE_LENGTH = 120;
const SEED = /^[A-Za-z0-9_-]{1,64}$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_QUERY_LENGTH = 4000;

/** How a quiz is played, beside what it asks. */
export type QuizSettings = {
	recipe: Recipe;
	/** A time limit for the whole quiz, in minutes. */
	timerMinutes?: number;
	/** Exam mode: no feedback until the end. */
	exam?: boolean;
};

export type LinkProblem =
	| 'too-long'
	| 'bad-seed'
	| 'bad-count'
	| 'bad-topics'
	| 'bad-types'
	| 'bad-difficulty'
	| 'bad-facts'
	| 'bad-timer'
	| 'bad-mode';
export type DecodedSettings = { ok: true; settings: QuizSettings } | { ok: false; problem: LinkProblem };

export function encodeQuizQuery(settings: QuizSettings): string {
	const { recipe } = settings;
	const query = new URLSearchParams({ seed: recipe.seed });
	if (recipe.count !== DEFAULT_QUESTION_COUNT) query.set('n', String(recipe.count));
	if (recipe.topics?.length) query.set('topics', recipe.topics.join(','));
	if (recipe.types?.length) query.set('types', recipe.types.join(','));
	if (recipe.difficulty !== undefined) query.set('d', String(recipe.difficulty));
	if (recipe.factIds?.length) query.set('facts', recipe.factIds.join(','));
	if (settings.timerMinutes !== undefined) query.set('timer', String(settings.timerMinutes));
	if (settings.exam) query.set('mode', 'exam');
	return query.toString().replaceAll('%2C', ',');
}

/** Reads quiz settings from a query; a missing seed is reported as 'bad-seed' so callers can pick a fresh one. */
export function decodeQuizQuery(query: URLSearchParams): DecodedSettings {
	if (query.toString().length > MAX_QUERY_LENGTH) return { ok: false, problem: 'too-long' };
	const seed = query.get('seed');
	if (seed === null || !SEED.test(seed)) return { ok: false, problem: 'bad-seed' };
	const recipe: Recipe = { seed, count: DEFAULT_QUESTION_COUNT };
	const settings: QuizSettings = { recipe };

	const count = query.get('n');
	if (count !== null) {
		const value = wholeNumber(count, 1, MAX_QUESTIONS);
		if (value === undefined) return { ok: false, problem: 'bad-count' };
		recipe.count = value;
	}
	const topics = listParam(query.get('topics'));
	if (topics) {
		if (!topics.every((topic) => ID.test(topic))) return { ok: false, problem: 'bad-topics' };
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
	const facts = listParam(query.get('facts'));
	if (facts) {
		if (!facts.every((id) => ID.test(id)) || facts.length > MAX_QUESTIONS * 5) {
			return { ok: false, problem: 'bad-facts' };
		}
		recipe.factIds = facts;
	}
	const timer = query.get('timer');
	if (timer !== null) {
		const value = wholeNumber(timer, 1, MAX_TIMER_MINUTES);
		if (value === undefined) return { ok: false, problem: 'bad-timer' };
		settings.timerMinutes = value;
	}
	const mode = query.get('mode');
	if (mode !== null) {
		if (mode !== 'exam') return { ok: false, problem: 'bad-mode' };
		settings.exam = true;
	}
	return { ok: true, settings };
}

function wholeNumber(text: string, min: number, max: number): number | undefined {
	if (!/^\d{1,4}$/.test(text)) return undefined;
	const value = Number(text);
	return value >= min && value <= max ? value : undefined;
}

function listParam(value: string | null): string[] | undefined {
	if (value === null || value === '') return undefined;
	return [...new Set(value.split(','))];
}

export function isQuestionType(value: string): value is QuestionType {
	return (QUESTION_TYPES as readonly string[]).includes(value);
}

/** What a learner or teacher chooses before the seed is drawn. */
export type QuizChoice = Omit<QuizSettings, 'recipe'> & { recipe: Omit<Recipe, 'seed'> };
