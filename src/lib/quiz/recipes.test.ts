import { describe, expect, it } from 'vitest';
import { factFile } from '../facts';
import { generateQuiz } from './generate';
import { largestRecipe, missedRecipe, recipeMismatch } from './recipes';

describe('recipes', () => {
	it('spot topics and facts the fact file does not have', () => {
		expect(recipeMismatch(factFile, { seed: 'a', count: 1, topics: ['history'] })).toBeUndefined();
		expect(recipeMismatch(factFile, { seed: 'a', count: 1, topics: ['gossip'] })).toBe('unknown-topics');
		expect(recipeMismatch(factFile, { seed: 'a', count: 1, factIds: ['no-such-fact'] })).toBe(
			'unknown-facts'
		);
	});

	it('practise exactly the facts of the questions missed, one question each', () => {
		const result = generateQuiz(factFile, { seed: 'missed', count: 5, types: ['single-choice'] });
		if (!result.ok) throw new Error('quiz expected');
		const recipe = missedRecipe(factFile, result.quiz, [true, false, null, true, false]);
		expect(recipe).toMatchObject({
			seed: 'missed-p',
			count: 3,
			factIds: [1, 2, 4].map((index) => result.quiz.questions[index]!.factIds[0])
		});
		expect(generateQuiz(factFile, recipe!).ok).toBe(true);
		expect(missedRecipe(factFile, result.quiz, [true, true, true, true, true])).toBeUndefined();
	});

	it('shrink a quiz to what its facts can really make', () => {
		const matchingFacts = factFile.facts
			.filter((fact) => fact.pair?.group === 'resolutions')
			.map((fact) => fact.id);
		const recipe = largestRecipe(factFile, 's', matchingFacts, 10);
		expect(recipe!.count).toBeLessThanOrEqual(matchingFacts.length);
		expect(generateQuiz(factFile, recipe!).ok).toBe(true);
		expect(largestRecipe(factFile, 's', [], 10)).toBeUndefined();
	});
});
