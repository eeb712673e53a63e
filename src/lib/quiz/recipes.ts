/**
 * Recipes built from other recipes or from a learner's needs: checking a recipe against the fact file, practising
 * the questions missed, and the largest quiz a set of facts can really make. Pure and deterministic.
 */
import type { FactFile } from '../facts/types';
import { generateQuiz } from './generate';
import type { Quiz, Recipe } from './types';

export type RecipeMismatch = 'unknown-topics' | 'unknown-facts';

/** Whether a recipe (from a link) names topics or facts the fact file does not have. */
export function recipeMismatch(file: FactFile, recipe: Recipe): RecipeMismatch | undefined {
	const topics = new Set(file.topics.map((topic) => topic.id));
	const facts = new Set(file.facts.map((fact) => fact.id));
	if (recipe.topics?.some((topic) => !topics.has(topic))) return 'unknown-topics';
	if (recipe.factIds?.some((id) => !facts.has(id))) return 'unknown-facts';
	return undefined;
}

/**
 * A quiz on exactly these facts, with as many questions as they can make, up to `max` (some facts only make
 * questions together, such as matching), or undefined when they make none.
 */
export function largestRecipe(
	file: FactFile,
	seed: string,
	factIds: string[],
	max: number
): Recipe | undefined {
	for (let count = Math.min(max, factIds.length); count > 0; count--) {
		const recipe: Recipe = { seed, count, factIds };
		if (generateQuiz(file, recipe).ok) return recipe;
	}
	return undefined;
}

/** A new quiz on the facts behind the questions missed (or left unanswered), one question per missed question. */
export function missedRecipe(
	file: FactFile,
	quiz: Quiz,
	results: readonly (boolean | null)[]
): Recipe | undefined {
	const missed = quiz.questions.filter((_, index) => results[index] !== true);
	if (missed.length === 0) return undefined;
	const factIds = missed.flatMap((question) => question.factIds);
	return largestRecipe(file, `${quiz.recipe.seed}-p`, factIds, missed.length);
}
