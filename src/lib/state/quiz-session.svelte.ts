/**
 * The running quiz: which question is shown, the responses given, and the score, as runes. Grading is delegated
 * to the pure core; the clock is passed in so the session is testable.
 */
import type { Lang } from '$lib/facts/types';
import { gradeAnswer } from '$lib/quiz/grade';
import type { Quiz, Response } from '$lib/quiz/types';
import type { Attempt } from '$lib/storage';

export class QuizSession {
	readonly quiz: Quiz;
	readonly startedAt: number;
	index = $state(0);
	responses = $state<(Response | null)[]>([]);
	finishedAt = $state<number | null>(null);

	readonly current = $derived.by(() => this.quizQuestion(this.index));
	readonly results = $derived.by(() =>
		this.quiz.questions.map((question, index) => {
			const response = this.responses[index];
			return response ? gradeAnswer(question, response) : null;
		})
	);
	readonly score = $derived(this.results.filter((result) => result === true).length);
	readonly total = $derived.by(() => this.quiz.questions.length);
	readonly answered = $derived(this.responses[this.index] != null);
	readonly isLast = $derived.by(() => this.index === this.quiz.questions.length - 1);
	readonly finished = $derived(this.finishedAt !== null);

	constructor(quiz: Quiz, now: number) {
		this.quiz = quiz;
		this.startedAt = now;
		this.responses = quiz.questions.map(() => null);
	}

	private quizQuestion(index: number) {
		const question = this.quiz.questions[index];
		if (!question) throw new Error(`No question at index ${index}`);
		return question;
	}

	/** Records the response to the current question; a question is answered once. */
	answer(response: Response): void {
		if (this.answered || this.finished) return;
		this.responses[this.index] = response;
	}

	/** Goes to the next question, or finishes the quiz after the last one. */
	next(now: number): void {
		if (!this.answered || this.finished) return;
		if (this.isLast) this.finishedAt = now;
		else this.index += 1;
	}

	toAttempt(id: string, lang: Lang): Attempt {
		const finishedAt = this.finishedAt ?? this.startedAt;
		return {
			id,
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a formatted value, not state
			finishedAt: new Date(finishedAt).toISOString(),
			lang,
			recipe: $state.snapshot(this.quiz.recipe),
			score: this.score,
			total: this.total,
			durationMs: Math.max(0, finishedAt - this.startedAt),
			answers: this.quiz.questions.map((question, index) => ({
				factIds: [...question.factIds],
				correct: this.results[index] === true
			}))
		};
	}
}
