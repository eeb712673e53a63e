import { describe, expect, it } from 'vitest';
import { factFile } from '$lib/facts';
import { generateQuiz } from '$lib/quiz/generate';
import type { QuizSettings } from '$lib/quiz/link';
import type { ChoiceQuestion } from '$lib/quiz/types';
import { QuizSession } from './quiz-session.svelte';

function session(settings: Partial<QuizSettings> = {}) {
	const recipe = { seed: 'session', count: 3, types: ['single-choice' as const] };
	const result = generateQuiz(factFile, recipe);
	if (!result.ok) throw new Error('quiz expected');
	return new QuizSession(result.quiz, { recipe, ...settings }, 'seed=session&n=3', undefined);
}

const right = (quiz: QuizSession) => ({
	kind: 'choice' as const,
	index: (quiz.current as ChoiceQuestion).answerIndex
});

describe('QuizSession', () => {
	it('scores, moves on and finishes', () => {
		const quiz = session();
		quiz.answer(right(quiz));
		expect(quiz.score).toBe(1);
		quiz.answer({ kind: 'choice', index: 99 });
		expect(quiz.score).toBe(1);
		quiz.next();
		expect(quiz.index).toBe(1);
		quiz.next();
		expect(quiz.index).toBe(1);
		quiz.answer({ kind: 'choice', index: ((quiz.current as ChoiceQuestion).answerIndex + 1) % 4 });
		quiz.next();
		quiz.answer(right(quiz));
		quiz.next();
		expect(quiz.finished).toBe(true);
		expect(quiz.score).toBe(2);
		const attempt = quiz.toAttempt('id', 'fr', new Date('2026-01-01T00:00:00Z'));
		expect(attempt.answers.map((answer) => answer.correct)).toEqual([true, false, true]);
	});

	it('restores a saved quiz at the same question with the same answers', () => {
		const first = session();
		first.answer(right(first));
		first.next();
		first.tick(12_000);
		const saved = first.toRunningQuiz('en', new Date());
		const restored = new QuizSession(first.quiz, first.settings, first.query, saved);
		expect(restored.index).toBe(1);
		expect(restored.score).toBe(1);
		expect(restored.elapsedMs).toBe(12_000);
	});

	it('counts time only while running, can be paused and extended, and ends at the limit', () => {
		const quiz = session({ timerMinutes: 1 });
		quiz.tick(30_000);
		expect(quiz.remainingMs).toBe(30_000);
		quiz.togglePause();
		quiz.tick(60_000);
		expect(quiz.remainingMs).toBe(30_000);
		quiz.togglePause();
		quiz.extend();
		expect(quiz.remainingMs).toBe(330_000);
		quiz.tick(330_000);
		expect(quiz.remainingMs).toBe(0);
		expect(quiz.finished).toBe(true);
	});
});
