/**
 * A teacher's view of the receipts for one quiz: each student's answers graded again from the quiz itself (the
 * score a receipt claims is not trusted), each question's success rate, and the CSV of it all. Pure.
 */
import { gradeAnswer } from '$lib/quiz/grade';
import type { Receipt } from '$lib/quiz/share';
import type { Question } from '$lib/quiz/types';
import { toCsv } from './csv';

export type StudentRow = {
	receiptId: string;
	name: string;
	score: number;
	total: number;
	durationMs: number;
	finishedAt: string;
	/** Per question: right, wrong, or not answered (null). */
	results: (boolean | null)[];
};

export function gradeReceipt(
	questions: readonly Question[],
	receipt: Receipt,
	receiptId: string
): StudentRow {
	const results = questions.map((question, index) => {
		const response = receipt.responses[index];
		return response ? gradeAnswer(question, response) : null;
	});
	return {
		receiptId,
		name: receipt.name,
		score: results.filter((result) => result === true).length,
		total: questions.length,
		durationMs: receipt.durationMs,
		finishedAt: receipt.finishedAt,
		results
	};
}

export type QuestionSuccess = { index: number; right: number; answered: number; rate: number };

/** Each question's share of right answers among the students, hardest first. */
export function questionSuccess(rows: readonly StudentRow[], questionCount: number): QuestionSuccess[] {
	return Array.from({ length: questionCount }, (_, index) => {
		const right = rows.filter((row) => row.results[index] === true).length;
		return { index, right, answered: rows.length, rate: rows.length ? right / rows.length : 0 };
	}).sort((a, b) => a.rate - b.rate || a.index - b.index);
}

export type CsvLabels = {
	name: string;
	score: string;
	total: string;
	time: string;
	finished: string;
	question: (number: number) => string;
	right: string;
	wrong: string;
	unanswered: string;
};

export function resultsCsv(rows: readonly StudentRow[], questionCount: number, labels: CsvLabels): string {
	const header = [
		labels.name,
		labels.score,
		labels.total,
		labels.time,
		labels.finished,
		...Array.from({ length: questionCount }, (_, index) => labels.question(index + 1))
	];
	const lines = rows.map((row) => [
		row.name,
		row.score,
		row.total,
		Math.round(row.durationMs / 1000),
		row.finishedAt,
		...row.results.map((result) =>
			result === null ? labels.unanswered : result ? labels.right : labels.wrong
		)
	]);
	return toCsv([header, ...lines]);
}
