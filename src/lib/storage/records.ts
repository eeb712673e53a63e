/**
 * Shapes of stored records, their validators and their migrations. Storage hands back `unknown`; nothing reaches
 * the app until it has passed these checks. Every past version of a record has a fixture in records.test.ts.
 */
import type { Lang } from '$lib/facts/types';
import { encodeQuizQuery, isQuestionType } from '$lib/quiz/link';
import type { QuestionType, Recipe, Response } from '$lib/quiz/types';

/**
 * Version history of attempt records:
 * 1. (first release) `answers` held only `{ factIds, correct }`; there was no `query`; every question was single choice.
 * 2. `query` added; each answer also records its topic, type and response, for review and scheduling.
 */
export const ATTEMPT_VERSION = 2;
export const SETTINGS_VERSION = 1;

export type AttemptAnswer = {
	factIds: string[];
	topic: string;
	type: QuestionType;
	correct: boolean;
	response: Response | null;
};

export type Attempt = {
	id: string;
	/** ISO timestamp. */
	finishedAt: string;
	lang: Lang;
	/** The quiz's query (recipe, timer, mode): it rebuilds the same questions for review. */
	query: string;
	recipe: Recipe;
	score: number;
	total: number;
	durationMs: number;
	answers: AttemptAnswer[];
};

/** The quiz in progress, saved after every answer so a reload or a killed tab loses nothing. */
export type RunningQuiz = {
	query: string;
	lang: Lang;
	index: number;
	responses: (Response | null)[];
	elapsedMs: number;
	extraMinutes: number;
	updatedAt: string;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isStringArray = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((item) => typeof item === 'string');
const isCountArray = (value: unknown): value is number[] => Array.isArray(value) && value.every(isCount);
const isTimestamp = (value: unknown): value is string =>
	typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isLang = (value: unknown): value is Lang => value === 'fr' || value === 'en';

export function isRecipe(value: unknown): value is Recipe {
	return (
		isObject(value) &&
		typeof value.seed === 'string' &&
		isCount(value.count) &&
		(value.topics === undefined || isStringArray(value.topics)) &&
		(value.types === undefined || (isStringArray(value.types) && value.types.every(isQuestionType))) &&
		(value.difficulty === undefined || [1, 2, 3].includes(value.difficulty as number)) &&
		(value.factIds === undefined || isStringArray(value.factIds))
	);
}

export function isResponse(value: unknown): value is Response {
	if (!isObject(value)) return false;
	switch (value.kind) {
		case 'choice':
			return isCount(value.index);
		case 'text':
			return typeof value.text === 'string' && value.text.length <= 500;
		case 'pairs':
			return isCountArray(value.pairs);
		case 'order':
			return isCountArray(value.order);
		default:
			return false;
	}
}

const isResponseOrNull = (value: unknown) => value === null || isResponse(value);

export function isAttempt(value: unknown): value is Attempt {
	return (
		isObject(value) &&
		typeof value.id === 'string' &&
		isTimestamp(value.finishedAt) &&
		isLang(value.lang) &&
		typeof value.query === 'string' &&
		isRecipe(value.recipe) &&
		isCount(value.score) &&
		isCount(value.total) &&
		value.score <= value.total &&
		isCount(value.durationMs) &&
		Array.isArray(value.answers) &&
		value.answers.every(
			(answer) =>
				isObject(answer) &&
				isStringArray(answer.factIds) &&
				typeof answer.topic === 'string' &&
				typeof answer.type === 'string' &&
				isQuestionType(answer.type) &&
				typeof answer.correct === 'boolean' &&
				isResponseOrNull(answer.response)
		)
	);
}

/** Reads an attempt record of any known version, migrating it to the current shape; undefined if unreadable. */
export function migrateAttempt(record: unknown): Attempt | undefined {
	if (!isObject(record)) return undefined;
	if (record.v === ATTEMPT_VERSION) return isAttempt(record.data) ? record.data : undefined;
	if (record.v === 1) return migrateAttemptV1(record.data);
	return undefined;
}

function migrateAttemptV1(data: unknown): Attempt | undefined {
	if (!isObject(data) || !isRecipe(data.recipe) || !Array.isArray(data.answers)) return undefined;
	const recipe = data.recipe;
	const migrated = {
		...data,
		query: encodeQuizQuery({ recipe }),
		answers: data.answers.map((answer: unknown) =>
			isObject(answer) ? { ...answer, topic: '', type: 'single-choice', response: null } : answer
		)
	};
	return isAttempt(migrated) ? migrated : undefined;
}

/** Preferences and bookkeeping; never progress itself. */
export type Settings = {
	/** ISO timestamp of the last backup file downloaded. */
	lastBackupAt?: string;
};

export function isSettings(value: unknown): value is Settings {
	return isObject(value) && (value.lastBackupAt === undefined || isTimestamp(value.lastBackupAt));
}

export function isRunningQuiz(value: unknown): value is RunningQuiz {
	return (
		isObject(value) &&
		typeof value.query === 'string' &&
		isLang(value.lang) &&
		isCount(value.index) &&
		Array.isArray(value.responses) &&
		value.responses.every(isResponseOrNull) &&
		value.index < Math.max(1, value.responses.length) &&
		isCount(value.elapsedMs) &&
		isCount(value.extraMinutes) &&
		isTimestamp(value.updatedAt)
	);
}

/** A quiz a teacher made on this device, kept to read the receipts students send back. */
export type TeacherQuizRecord = { id: string; code: string; title: string; createdAt: string };

/** A student's receipt, as the code they sent: decoded and graded when shown. */
export type ReceiptRecord = { id: string; quizId: string; code: string; importedAt: string };

export const TEACHER_VERSION = 1;

export function isTeacherQuizRecord(value: unknown): value is TeacherQuizRecord {
	return (
		isObject(value) &&
		typeof value.id === 'string' &&
		typeof value.code === 'string' &&
		typeof value.title === 'string' &&
		isTimestamp(value.createdAt)
	);
}

export function isReceiptRecord(value: unknown): value is ReceiptRecord {
	return (
		isObject(value) &&
		typeof value.id === 'string' &&
		typeof value.quizId === 'string' &&
		typeof value.code === 'string' &&
		isTimestamp(value.importedAt)
	);
}
