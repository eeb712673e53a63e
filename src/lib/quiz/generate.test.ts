import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factFile } from '../facts';
import { formatQuantity } from '../facts/format';
import { dateDistractors, generateQuiz, numberDistractors, questionTypesFor } from './generate';
import { gradeAnswer } from './grade';
import { distinctLocalized } from './normalize';
import {
	QUESTION_TYPES,
	type ChoiceQuestion,
	type Question,
	type QuestionType,
	type Quiz,
	type Recipe
} from './types';

function quizOf(recipe: Recipe): Quiz {
	const result = generateQuiz(factFile, recipe);
	if (!result.ok) throw new Error(`expected a quiz, got ${JSON.stringify(result)}`);
	return result.quiz;
}

function questionsOfType(type: QuestionType, seeds = 5): Question[] {
	return Array.from({ length: seeds }, (_, index) =>
		quizOf({ seed: `${type}-${index}`, count: 5, types: [type] })
	).flatMap((quiz) => quiz.questions);
}

/** The response a learner who knows the answer would give. */
function rightResponse(question: Question) {
	switch (question.type) {
		case 'single-choice':
		case 'date':
		case 'who-said-it':
		case 'true-false':
			return { kind: 'choice', index: question.answerIndex } as const;
		case 'numeric':
			return {
				kind: 'text',
				text: formatQuantity(question.answer, { fr: '{{n}}', en: '{{n}}' }, 'fr')
			} as const;
		case 'fill-blank':
			return { kind: 'text', text: question.answer.en } as const;
		case 'matching':
			return { kind: 'pairs', pairs: question.answer } as const;
		case 'ordering':
			return { kind: 'order', order: question.answer } as const;
	}
}

const topicIds = factFile.topics.map((topic) => topic.id);
const recipeArbitrary = fc.record(
	{
		seed: fc.string({ minLength: 1, maxLength: 24 }),
		count: fc.integer({ min: 1, max: 30 }),
		topics: fc.subarray(topicIds),
		types: fc.subarray([...QUESTION_TYPES]),
		difficulty: fc.constantFrom(1, 2, 3)
	},
	{ requiredKeys: ['seed', 'count'] }
) as fc.Arbitrary<Recipe>;

describe('generateQuiz: properties over any seed and any valid recipe', () => {
	it('is deterministic', () => {
		fc.assert(
			fc.property(recipeArbitrary, (recipe) => {
				expect(generateQuiz(factFile, recipe)).toEqual(generateQuiz(factFile, structuredClone(recipe)));
			}),
			{ numRuns: 150 }
		);
	});

	it('gives the asked count, or says how many it can give', () => {
		fc.assert(
			fc.property(recipeArbitrary, (recipe) => {
				const result = generateQuiz(factFile, recipe);
				if (result.ok) expect(result.quiz.questions).toHaveLength(recipe.count);
				else expect(result.available).toBeLessThan(recipe.count);
			}),
			{ numRuns: 150 }
		);
	});

	it('asks no fact twice, keeps to the recipe, and has distinct options with one right answer', () => {
		fc.assert(
			fc.property(recipeArbitrary, (recipe) => {
				const result = generateQuiz(factFile, recipe);
				if (!result.ok) return;
				const ids = result.quiz.questions.flatMap((question) => question.factIds);
				expect(new Set(ids).size).toBe(ids.length);
				for (const question of result.quiz.questions) {
					if (recipe.types?.length) expect(recipe.types).toContain(question.type);
					if (recipe.topics?.length) expect(recipe.topics).toContain(question.topic);
					if (recipe.difficulty) expect(question.difficulty).toBeLessThanOrEqual(recipe.difficulty);
					expect(gradeAnswer(question, rightResponse(question))).toBe(true);
					if ('options' in question) {
						expect(distinctLocalized(question.options)).toBe(true);
						const right = question.options.filter((_, index) =>
							gradeAnswer(question, { kind: 'choice', index })
						);
						expect(right).toHaveLength(1);
					}
					if (question.type === 'matching') expect(distinctLocalized(question.right)).toBe(true);
					if (question.type === 'ordering') expect(distinctLocalized(question.items)).toBe(true);
				}
			}),
			{ numRuns: 150 }
		);
	});
});

describe('each question type', () => {
	it('has facts that feed it', () => {
		const fed = new Set(factFile.facts.flatMap((fact) => questionTypesFor(factFile, fact)));
		expect([...fed].sort()).toEqual([...QUESTION_TYPES].sort());
	});

	it('single choice: four options of the same kind as the answer', () => {
		for (const question of questionsOfType('single-choice') as ChoiceQuestion[]) {
			expect(question.options).toHaveLength(4);
			const fact = factFile.facts.find((candidate) => candidate.id === question.factIds[0])!;
			if (fact.answer.kind === 'number') {
				const unitWords = fact.answer.unit.en.replace('{{n}}', '').trim();
				for (const option of question.options) expect(option.en).toContain(unitWords);
			}
			for (const option of question.options) {
				if (fact.avoid) expect(fact.avoid.map(String)).not.toContain(option.en);
			}
		}
	});

	it('true or false: the statement, a claim, or the statement with a wrong value', () => {
		const questions = questionsOfType('true-false', 10) as ChoiceQuestion[];
		expect(
			questions.every((question) => question.options.map((option) => option.en).join() === 'True,False')
		).toBe(true);
		const answers = new Set(questions.map((question) => question.answerIndex));
		expect(answers).toEqual(new Set([0, 1]));
		for (const question of questions) {
			const fact = factFile.facts.find((candidate) => candidate.id === question.factIds[0])!;
			const isStatement = question.prompt.en === fact.statement.en;
			if (isStatement) expect(question.answerIndex).toBe(0);
			else if (fact.answer.kind !== 'claim') expect(question.answerIndex).toBe(1);
		}
	});

	it('numeric: "2 500", "2,500" and "2500" all count, and the unit is carried', () => {
		const question = questionsOfType('numeric').find((candidate) => candidate.type === 'numeric')!;
		if (question.type !== 'numeric') throw new Error('not numeric');
		expect(question.unit.en).toContain('{{n}}');
		const value = question.answer;
		for (const text of [
			String(value),
			value.toLocaleString('en-US'),
			value.toLocaleString('en-US').replace(',', ' ')
		]) {
			expect(gradeAnswer(question, { kind: 'text', text })).toBe(true);
		}
		expect(gradeAnswer(question, { kind: 'text', text: String(value + 1) })).toBe(false);
	});

	it('date: options are dates with the precision of the answer', () => {
		for (const question of questionsOfType('date') as ChoiceQuestion[]) {
			const words = (text: string) => text.split(' ').length;
			const precision = words(question.options[question.answerIndex]!.en);
			for (const option of question.options) expect(words(option.en)).toBe(precision);
		}
	});

	it('who said it: a quotation and four people', () => {
		for (const question of questionsOfType('who-said-it') as ChoiceQuestion[]) {
			const fact = factFile.facts.find((candidate) => candidate.id === question.factIds[0])!;
			expect(question.prompt).toEqual(fact.quote);
			const people = new Set(factFile.entities.filter((e) => e.kind === 'person').map((e) => e.name.en));
			for (const option of question.options) expect(people.has(option.en)).toBe(true);
			const avoided = (fact.avoid ?? []).map(String);
			const names = factFile.entities.filter((e) => avoided.includes(e.id)).map((e) => e.name.en);
			for (const option of question.options) expect(names).not.toContain(option.en);
		}
	});

	it('matching: 3 to 5 pairs from one group, every right item used once', () => {
		for (const question of questionsOfType('matching')) {
			if (question.type !== 'matching') continue;
			expect(question.left.length).toBeGreaterThanOrEqual(3);
			expect(question.left.length).toBeLessThanOrEqual(5);
			expect([...question.answer].sort()).toEqual(question.left.map((_, index) => index));
			const groups = new Set(
				question.factIds.map((id) => factFile.facts.find((fact) => fact.id === id)!.pair!.group)
			);
			expect(groups.size).toBe(1);
		}
	});

	it('ordering: 3 to 5 events shown out of order, whose answer is chronological', () => {
		for (const question of questionsOfType('ordering')) {
			if (question.type !== 'ordering') continue;
			expect(question.items.length).toBeGreaterThanOrEqual(3);
			expect(question.items.length).toBeLessThanOrEqual(5);
			expect(question.answer).not.toEqual(question.items.map((_, index) => index));
			const facts = question.factIds.map((id) => factFile.facts.find((fact) => fact.id === id)!);
			const dates = facts
				.filter((fact) => fact.answer.kind === 'date')
				.map((fact) => (fact.answer as { value: string }).value);
			expect(dates).toEqual([...dates].sort());
		}
	});

	it('fill in the blank: a blank in the prompt, and accented, unaccented and other-language spellings count', () => {
		for (const question of questionsOfType('fill-blank')) {
			if (question.type !== 'fill-blank') continue;
			expect(question.prompt.fr).toContain('_____');
			expect(gradeAnswer(question, { kind: 'text', text: question.answer.fr.toUpperCase() })).toBe(true);
			expect(gradeAnswer(question, { kind: 'text', text: ` ${question.answer.en} ` })).toBe(true);
			expect(gradeAnswer(question, { kind: 'text', text: '' })).toBe(false);
		}
		const hanoi = factFile.facts.find(
			(fact) => fact.answer.kind === 'text' && fact.answer.value.en === 'Hanoi' && fact.cloze
		);
		if (hanoi) {
			const result = generateQuiz(
				{ ...factFile, facts: [hanoi] },
				{ seed: 'h', count: 1, types: ['fill-blank'] }
			);
			expect(result.ok).toBe(true);
			if (result.ok) {
				const question = result.quiz.questions[0]!;
				for (const text of ['Hanoï', 'Hanoi', 'Hà Nội', 'ha noi']) {
					expect(gradeAnswer(question, { kind: 'text', text })).toBe(true);
				}
			}
		}
	});
});

describe('balance', () => {
	it('gives every asked topic its share of the questions', () => {
		for (const seed of ['t1', 't2', 't3']) {
			const quiz = quizOf({ seed, count: 2 * topicIds.length, types: ['single-choice', 'true-false'] });
			const perTopic = new Map<string, number>();
			for (const question of quiz.questions)
				perTopic.set(question.topic, (perTopic.get(question.topic) ?? 0) + 1);
			expect([...perTopic.values()].every((count) => count === 2)).toBe(true);
		}
	});

	it('mixes difficulty levels up to the one asked', () => {
		const quiz = quizOf({ seed: 'levels', count: 30, difficulty: 3 });
		const levels = new Set(quiz.questions.map((question) => question.difficulty));
		expect(levels).toEqual(new Set([1, 2, 3]));
		const easy = quizOf({ seed: 'levels', count: 10, difficulty: 1 });
		expect(easy.questions.every((question) => question.difficulty === 1)).toBe(true);
	});
});

describe('answer positions', () => {
	it('are uniform over many quizzes (chi-square, 3 degrees of freedom, p > 0.001)', () => {
		const counts = [0, 0, 0, 0];
		for (let index = 0; index < 400; index++) {
			const quiz = quizOf({
				seed: `position-${index}`,
				count: 10,
				types: ['single-choice', 'date', 'who-said-it']
			});
			for (const question of quiz.questions as ChoiceQuestion[]) counts[question.answerIndex]! += 1;
		}
		const total = counts.reduce((sum, count) => sum + count, 0);
		const expected = total / 4;
		const chiSquare = counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
		expect(chiSquare).toBeLessThan(16.27);
	});
});

describe('distractor helpers', () => {
	it('keep numbers positive, distinct from the answer and rounded like it', () => {
		const values = numberDistractors({ kind: 'number', value: 2500, unit: { fr: '{{n}}', en: '{{n}}' } });
		expect(values).not.toContain(2500);
		for (const value of values) expect(value % 100).toBe(0);
		expect(values.every((value) => value > 0)).toBe(true);
	});

	it('keep the precision of a date and never return it', () => {
		expect(dateDistractors('2027').every((value) => /^\d{4}$/.test(value))).toBe(true);
		expect(dateDistractors('2024-08').every((value) => /^\d{4}-\d{2}$/.test(value))).toBe(true);
		expect(dateDistractors('2024-02-29')).not.toContain('2024-02-29');
		expect(dateDistractors('2024-02-29')).not.toContain('2023-02-29');
	});
});
