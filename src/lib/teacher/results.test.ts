import { describe, expect, it } from 'vitest';
import type { Receipt } from '$lib/quiz/share';
import type { Question } from '$lib/quiz/types';
import { gradeReceipt, questionSuccess, resultsCsv, type StudentRow } from './results';

const text = (value: string) => ({ fr: value, en: value });
const choice = (answerIndex: number): Question => ({
	type: 'single-choice',
	factIds: ['f'],
	topic: 't',
	difficulty: 1,
	prompt: text('?'),
	explanation: [],
	sources: [],
	options: ['a', 'b', 'c', 'd'].map(text),
	answerIndex
});
const questions = [choice(0), choice(1), choice(2)];

function receipt(name: string, indices: (number | null)[], claimedScore: number): Receipt {
	return {
		quizId: 'q',
		name,
		responses: indices.map((index) => (index === null ? null : { kind: 'choice', index })),
		score: claimedScore,
		total: 3,
		durationMs: 61_000,
		finishedAt: '2026-11-22T10:00:00.000Z'
	};
}

describe('teacher results', () => {
	it('grade receipts from the quiz itself, not from the score they claim', () => {
		const row = gradeReceipt(questions, receipt('Ana', [0, 0, null], 3), 'r1');
		expect(row).toMatchObject({ name: 'Ana', score: 1, total: 3, results: [true, false, null] });
	});

	it('list questions hardest first', () => {
		const rows: StudentRow[] = [
			gradeReceipt(questions, receipt('Ana', [0, 0, 2], 2), 'r1'),
			gradeReceipt(questions, receipt('Ben', [0, 1, 0], 2), 'r2')
		];
		expect(questionSuccess(rows, 3).map((item) => [item.index, item.right])).toEqual([
			[1, 1],
			[2, 1],
			[0, 2]
		]);
	});

	it('export one CSV row per student with headers in the page language', () => {
		const rows = [gradeReceipt(questions, receipt('Dupont, Marie', [0, null, 1], 1), 'r1')];
		const csv = resultsCsv(rows, 3, {
			name: 'Élève',
			score: 'Score',
			total: 'Sur',
			time: 'Durée (s)',
			finished: 'Terminé le',
			question: (number) => `Q${number}`,
			right: 'juste',
			wrong: 'faux',
			unanswered: 'sans réponse'
		});
		expect(csv).toBe(
			'\uFEFFÉlève,Score,Sur,Durée (s),Terminé le,Q1,Q2,Q3\r\n"Dupont, Marie",1,3,61,2026-11-22T10:00:00.000Z,juste,sans réponse,faux\r\n'
		);
	});
});
