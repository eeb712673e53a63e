import { describe, expect, it } from 'vitest';
import { factFile } from '../facts';
import { gradeAnswer } from './grade';
import { generateQuiz } from './generate';
import { distinctLocalized } from './normalize';
import type { ChoiceQuestion, Quiz, Recipe } from './types';

function quizOf(recipe: Recipe): Quiz {
	const result = generateQuiz(factFile, recipe);
	if (!result.ok) throw new Error(`expected a quiz, got ${JSON.stringify(result)}`);
	return result.quiz;
}

describe('generateQuiz (single choice)', () => {
	const recipe: Recipe = { seed: 'determinism', count: 10, types: ['single-choice'] };

	it('gives the same quiz for the same recipe', () => {
		expect(quizOf(recipe)).toEqual(quizOf({ ...recipe }));
	});

	it('gives another quiz for another seed', () => {
		expect(quizOf({ ...recipe, seed: 'other' })).not.toEqual(quizOf(recipe));
	});

	it('never mutates the fact file', () => {
		const before = JSON.stringify(factFile);
		quizOf(recipe);
		expect(JSON.stringify(factFile)).toBe(before);
	});

	it('asks ten questions, each with exactly one right option among four distinct ones', () => {
		for (const seed of ['a', 'b', 'c', 'd', 'e']) {
			const quiz = quizOf({ ...recipe, seed });
			expect(quiz.questions).toHaveLength(10);
			for (const question of quiz.questions as ChoiceQuestion[]) {
				expect(question.type).toBe('single-choice');
				expect(question.options).toHaveLength(4);
				expect(distinctLocalized(question.options)).toBe(true);
				const right = question.options.filter((_, index) => gradeAnswer(question, { kind: 'choice', index }));
				expect(right).toHaveLength(1);
			}
		}
	});

	it('never asks the same fact twice in a quiz', () => {
		const quiz = quizOf({ ...recipe, count: 20 });
		const ids = quiz.questions.flatMap((question) => question.factIds);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('says how many questions it can give when asked for too many', () => {
		const result = generateQuiz(factFile, { ...recipe, count: 10_000 });
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.available).toBeGreaterThan(10);
			expect(result.available).toBeLessThan(10_000);
		}
	});
});
