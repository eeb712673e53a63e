import { describe, expect, it } from 'vitest';
import { factFile } from '../facts';
import { quizFromLink } from './from-link';
import { generateQuiz } from './generate';
import { encodeQuizQuery } from './link';
import { planQuiz } from './plan';
import { encodeTeacherQuiz } from './share';

describe('quizFromLink', () => {
	const generated = generateQuiz(factFile, { seed: 'print-me', count: 6 });
	if (!generated.ok) throw new Error('expected a quiz');

	it('gives the same questions as the recipe link plays', async () => {
		const query = new URLSearchParams(encodeQuizQuery({ recipe: generated.quiz.recipe }));
		expect(await quizFromLink(factFile, query)).toEqual({ title: '', questions: generated.quiz.questions });
	});

	it("rebuilds a teacher's code with its title", async () => {
		const code = await encodeTeacherQuiz({ title: 'Test 1', plan: planQuiz(factFile, generated.quiz) });
		const linked = await quizFromLink(factFile, new URLSearchParams({ q: code }));
		expect(linked?.title).toBe('Test 1');
		expect(linked?.questions.map((question) => question.factIds)).toEqual(
			generated.quiz.questions.map((question) => question.factIds)
		);
	});

	it('gives nothing for a damaged code or a recipe it cannot fill', async () => {
		expect(await quizFromLink(factFile, new URLSearchParams({ q: '1.broken' }))).toBeUndefined();
		expect(await quizFromLink(factFile, new URLSearchParams({ seed: 'x', n: '50', d: '1' }))).toBeUndefined();
	});
});
