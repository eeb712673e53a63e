import { describe, expect, it } from 'vitest';
import { factFile } from '$lib/facts';
import { generateQuiz } from '$lib/quiz/generate';
import { buildFromPlan } from '$lib/quiz/plan';
import { decodeTeacherQuiz, teacherQuizId } from '$lib/quiz/share';
import { createTeacherQuiz } from './create';

describe('createTeacherQuiz', () => {
	it('previews exactly the questions a student opening the link gets', async () => {
		const created = await createTeacherQuiz(factFile, {
			title: 'Class 3B',
			seed: 'class-3b',
			lang: 'en',
			choice: { recipe: { count: 8 }, timerMinutes: 10, exam: true }
		});
		if (!created.ok) throw new Error('expected a quiz');
		expect(created.id).toBe(teacherQuizId(created.code));
		const decoded = await decodeTeacherQuiz(created.code);
		if (!decoded.ok) throw new Error('expected a valid code');
		expect(created.questions).toEqual(buildFromPlan(factFile, decoded.value.plan).questions);
		const generated = generateQuiz(factFile, { count: 8, seed: 'class-3b' });
		expect(generated.ok && generated.quiz.questions.map((question) => question.factIds)).toEqual(
			created.questions.map((question) => question.factIds)
		);
		expect(decoded.value).toMatchObject({
			title: 'Class 3B',
			lang: 'en',
			timerMinutes: 10,
			exam: true
		});
	});

	it('says how many questions the recipe can make when it cannot make enough', async () => {
		const created = await createTeacherQuiz(factFile, {
			title: '',
			seed: 's',
			choice: { recipe: { count: 40, topics: ['vietnam'], types: ['date'] } }
		});
		expect(created.ok).toBe(false);
		expect(!created.ok && created.available).toBeLessThan(40);
	});
});
