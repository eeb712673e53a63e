/**
 * The running quiz as runes: which question is shown, the responses given, the score, and the time. Grading is
 * delegated to the pure core. Time only advances through `tick`, so the session is testable and a paused or
 * hidden quiz does not lose time.
 */
import type { Lang } from '$lib/facts/types';
import { gradeAnswer } from '$lib/quiz/grade';
import type { QuizSettings } from '$lib/quiz/link';
import type { Quiz, Response } from '$lib/quiz/types';
import type { Attempt, RunningQuiz } from '$lib/storage';

export const EXTENSION_MINUTES = 5;

export class QuizSession {
	readonly quiz: Quiz;
	readonly settings: QuizSettings;
	/** The link query that rebuilds this quiz. */
	readonly query: string;
	index = $state(0);
	responses = $state<(Response | null)[]>([]);
	finished = $state(false);
	elapsedMs = $state(0);
	paused = $state(false);
	extraMinutes = $state(0);

	readonly current = $derived.by(() => this.questionAt(this.index));
	readonly results = $derived.by(() =>
		this.quiz.questions.map((question, index) => {
			const response = this.responses[index];
			return response ? gradeAnswer(question, response) : null;
		})
	);
	readonly score = $derived(this.results.filter((result) => result === true).length);
	readonly total = $derived.by(() => this.quiz.questions.length);
	readonly answeredCount = $derived(this.responses.filter((response) => response !== null).length);
	readonly answered = $derived(this.responses[this.index] != null);
	readonly isLast = $derived.by(() => this.index === this.quiz.questions.length - 1);
	readonly limitMs = $derived.by(() =>
		this.settings.timerMinutes === undefined
			? undefined
			: (this.settings.timerMinutes + this.extraMinutes) * 60_000
	);
	readonly remainingMs = $derived(
		this.limitMs === undefined ? undefined : Math.max(0, this.limitMs - this.elapsedMs)
	);

	constructor(quiz: Quiz, settings: QuizSettings, query: string, saved?: RunningQuiz) {
		this.quiz = quiz;
		this.settings = settings;
		this.query = query;
		this.responses = quiz.questions.map((_, index) => saved?.responses[index] ?? null);
		if (saved) {
			this.index = Math.min(saved.index, quiz.questions.length - 1);
			this.elapsedMs = saved.elapsedMs;
			this.extraMinutes = saved.extraMinutes;
		}
	}

	private questionAt(index: number) {
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
	next(): void {
		if (!this.answered || this.finished) return;
		if (this.isLast) this.finished = true;
		else this.index += 1;
	}

	/** Advances the clock; when a time limit runs out the quiz ends and unanswered questions count as wrong. */
	tick(deltaMs: number): void {
		if (this.paused || this.finished) return;
		this.elapsedMs += deltaMs;
		if (this.remainingMs === 0) this.finished = true;
	}

	togglePause(): void {
		this.paused = !this.paused;
	}

	extend(): void {
		this.extraMinutes += EXTENSION_MINUTES;
	}

	toRunningQuiz(lang: Lang, now: Date): RunningQuiz {
		return {
			query: this.query,
			lang,
			index: this.index,
			responses: $state.snapshot(this.responses) as (Response | null)[],
			elapsedMs: Math.round(this.elapsedMs),
			extraMinutes: this.extraMinutes,
			updatedAt: now.toISOString()
		};
	}

	toAttempt(id: string, lang: Lang, now: Date): Attempt {
		return {
			id,
			finishedAt: now.toISOString(),
			lang,
			query: this.query,
			recipe: $state.snapshot(this.quiz.recipe),
			score: this.score,
			total: this.total,
			durationMs: Math.round(this.elapsedMs),
			answers: this.quiz.questions.map((question, index) => ({
				factIds: [...question.factIds],
				topic: question.topic,
				type: question.type,
				correct: this.results[index] === true,
				response: ($state.snapshot(this.responses[index]) as Response | null) ?? null
			}))
		};
	}
}
