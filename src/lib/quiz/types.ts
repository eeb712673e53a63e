/**
 * The language-neutral quiz model: every text a question shows carries both languages, so switching language
 * shows the same question with the same options in the same order. Questions are plain data (JSON-safe).
 */
import type { Localized, Source } from '../facts/types';

export const QUESTION_TYPES = [
	'single-choice',
	'true-false',
	'numeric',
	'date',
	'who-said-it',
	'matching',
	'ordering',
	'fill-blank'
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export type Difficulty = 1 | 2 | 3;

export type Recipe = {
	seed: string;
	count: number;
	/** Topic ids; empty or absent means every topic. */
	topics?: string[];
	/** Question types; empty or absent means every type. */
	types?: QuestionType[];
	/** The hardest level asked for: 1 keeps only easy facts, 3 keeps them all. */
	difficulty?: Difficulty;
	/** Only these facts (for practising the questions missed). */
	factIds?: string[];
};

type QuestionBase = {
	factIds: string[];
	topic: string;
	difficulty: Difficulty;
	prompt: Localized;
	/** The statements of the facts asked about: why the answer is right. */
	explanation: Localized[];
	sources: Source[];
};

/** Single choice, date, who said it, and true/false (whose options are always "True", "False"). */
export type ChoiceQuestion = QuestionBase & {
	type: 'single-choice' | 'date' | 'who-said-it' | 'true-false';
	options: Localized[];
	answerIndex: number;
};
export type NumericQuestion = QuestionBase & {
	type: 'numeric';
	answer: number;
	/** Template around `{{n}}`, shown next to the entry and in the answer. */
	unit: Localized;
};
export type MatchingQuestion = QuestionBase & {
	type: 'matching';
	left: Localized[];
	right: Localized[];
	/** For each left item, the index of its right item. */
	answer: number[];
};
export type OrderingQuestion = QuestionBase & {
	type: 'ordering';
	/** Items in the order shown. */
	items: Localized[];
	/** Indices into `items`, in the right order. */
	answer: number[];
};
export type FillBlankQuestion = QuestionBase & {
	type: 'fill-blank';
	answer: Localized;
	/** Other spellings that count as right. */
	accept: string[];
};

export type Question =
	ChoiceQuestion | NumericQuestion | MatchingQuestion | OrderingQuestion | FillBlankQuestion;

export type Quiz = { recipe: Recipe; questions: Question[] };

export type Response =
	| { kind: 'choice'; index: number }
	| { kind: 'text'; text: string }
	| { kind: 'pairs'; pairs: number[] }
	| { kind: 'order'; order: number[] };

export type GenerateResult =
	{ ok: true; quiz: Quiz } | { ok: false; error: 'not-enough-facts'; available: number; requested: number };
