import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factFile } from '../facts';
import type { FactFile } from '../facts/types';
import { generateQuiz } from './generate';
import { buildFromPlan, planQuiz } from './plan';
import {
	decodeReceipt,
	decodeTeacherQuiz,
	encodeReceipt,
	encodeTeacherQuiz,
	receiptId,
	teacherQuizId,
	type Receipt,
	type TeacherQuiz
} from './share';

function teacherQuiz(count: number, seed = 'class-3b'): TeacherQuiz {
	const result = generateQuiz(factFile, { seed, count });
	if (!result.ok) throw new Error('quiz expected');
	return {
		title: 'Classe de 3e B — « révision » <b>',
		lang: 'fr',
		timerMinutes: 20,
		exam: true,
		plan: planQuiz(factFile, result.quiz)
	};
}

const receipt: Receipt = {
	quizId: 'abc123def0',
	name: 'Lê Thị Hoa, "3B"',
	responses: [
		{ kind: 'choice', index: 2 },
		{ kind: 'text', text: '2 500' },
		{ kind: 'pairs', pairs: [1, 0, 2] },
		{ kind: 'order', order: [2, 0, 1] },
		null
	],
	score: 3,
	total: 5,
	durationMs: 123_456,
	finishedAt: '2026-11-22T10:00:00.000Z'
};

describe('teacher quiz codes', () => {
	it('round-trip, and a 30-question link stays under 2,000 characters', async () => {
		const quiz = teacherQuiz(30);
		const code = await encodeTeacherQuiz(quiz);
		expect(await decodeTeacherQuiz(code)).toEqual({ ok: true, value: quiz });
		const link = `https://example.org/hanoi-quiz/fr/quiz?q=${code}`;
		expect(link.length).toBeLessThan(2000);
	});

	it('rebuild exactly the same questions when facts and entities are added to the file', () => {
		const plan = teacherQuiz(20).plan;
		const before = buildFromPlan(factFile, plan);
		const extraFacts = factFile.facts.map((fact) => ({ ...fact, id: `${fact.id}-new` }));
		const extraEntities = factFile.entities.map((entity) => ({
			...entity,
			id: `${entity.id}-new`,
			name: { fr: `${entity.name.fr} II`, en: `${entity.name.en} II` }
		}));
		const grown: FactFile = {
			...factFile,
			facts: [...extraFacts, ...factFile.facts],
			entities: [...extraEntities, ...factFile.entities]
		};
		const after = buildFromPlan(grown, plan);
		expect(after).toEqual(before);
		expect(before.questions).toHaveLength(20);
		expect(before.removed).toEqual([]);
		expect(before.changed).toEqual([]);
	});

	it('report removed and corrected facts instead of silently changing the quiz', () => {
		const plan = teacherQuiz(10).plan;
		const [first, second] = [plan.items[0]!.factIds[0]!, plan.items[1]!.factIds[0]!];
		const edited: FactFile = {
			...factFile,
			facts: factFile.facts
				.filter((fact) => fact.id !== first)
				.map((fact) =>
					fact.id === second
						? { ...fact, statement: { ...fact.statement, en: `${fact.statement.en} (corrected)` } }
						: fact
				)
		};
		const built = buildFromPlan(edited, plan);
		expect(built.removed).toContain(first);
		expect(built.changed).toEqual([second]);
		expect(built.questions.length).toBe(9);
	});

	it('refuse empty, truncated, tampered, foreign, newer and oversized codes with a reason', async () => {
		const code = await encodeTeacherQuiz(teacherQuiz(5));
		expect(await decodeTeacherQuiz('')).toEqual({ ok: false, problem: 'empty' });
		expect((await decodeTeacherQuiz(code.slice(0, code.length - 9))).ok).toBe(false);
		expect(await decodeTeacherQuiz(`2${code.slice(1)}`)).toEqual({ ok: false, problem: 'newer-version' });
		expect(await decodeTeacherQuiz('hello')).toEqual({ ok: false, problem: 'unknown-version' });
		expect(await decodeTeacherQuiz(`1.${'A'.repeat(7000)}`)).toEqual({ ok: false, problem: 'too-long' });
		expect(await decodeTeacherQuiz('1.!!!')).toEqual({ ok: false, problem: 'damaged' });
	});

	it('never throw on random text, and never accept garbage (fuzzed)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
				const decoded = await decodeTeacherQuiz(text);
				expect(decoded.ok).toBe(false);
			}),
			{ numRuns: 300 }
		);
	});

	it('never throw on mutated real codes, and decode only well-formed quizzes (fuzzed)', async () => {
		const code = await encodeTeacherQuiz(teacherQuiz(8));
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 0, max: code.length - 1 }),
				fc.integer({ min: 0, max: alphabet.length - 1 }),
				fc.integer({ min: 0, max: 3 }),
				async (position, letter, operation) => {
					const mutated =
						operation === 0
							? code.slice(0, position) + alphabet[letter] + code.slice(position + 1)
							: operation === 1
								? code.slice(0, position)
								: operation === 2
									? code.slice(0, position) + code.slice(position + 1)
									: code.slice(0, position) + alphabet[letter] + code.slice(position);
					const decoded = await decodeTeacherQuiz(mutated);
					if (decoded.ok) {
						const built = buildFromPlan(factFile, decoded.value.plan);
						expect(built.questions.length + built.removed.length).toBeGreaterThan(0);
					}
				}
			),
			{ numRuns: 300 }
		);
	});

	it('name quizzes by a stable id', async () => {
		const code = await encodeTeacherQuiz(teacherQuiz(5));
		expect(teacherQuizId(code)).toBe(teacherQuizId(` ${code} `));
		expect(teacherQuizId(code)).not.toBe(teacherQuizId(await encodeTeacherQuiz(teacherQuiz(5, 'other'))));
	});
});

describe('receipt codes', () => {
	it('round-trip, with the same id for duplicates', async () => {
		const code = await encodeReceipt(receipt);
		const decoded = await decodeReceipt(code);
		expect(decoded).toEqual({ ok: true, value: receipt });
		expect(decoded.ok && receiptId(decoded.value)).toBe(receiptId(receipt));
		expect(code.length).toBeLessThan(400);
	});

	it('refuse damaged receipts', async () => {
		const code = await encodeReceipt(receipt);
		const damaged = [code.slice(0, -4), code.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), 'nonsense', ''];
		for (const text of damaged) expect((await decodeReceipt(text)).ok).toBe(false);
	});

	it('never throw on random input (fuzzed)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
				expect((await decodeReceipt(`1.${text}`)).ok).toBe(false);
			}),
			{ numRuns: 200 }
		);
	});
});
