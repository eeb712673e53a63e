/**
 * A quiz plan: for each question its type, its facts and its pinned distractors. A plan rebuilds the same quiz on
 * every device; facts added to the file later change nothing, and facts removed or corrected since are reported
 * (through per-fact fingerprints) instead of silently changing the quiz. Pure and deterministic.
 */
import type { Fact, FactFile } from '../facts/types';
import { buildPlannedQuestion, entityDistractorCandidates } from './generate';
import { hashText } from './hash';
import { createRng } from './random';
import type { Question, QuestionType, Quiz } from './types';

export type PlanItem = {
	type: QuestionType;
	factIds: string[];
	/** Fingerprint of each fact's content when the plan was made. */
	fingerprints: string[];
	/** Pinned wrong entities, for questions whose answer is an entity. */
	distractors?: string[];
};
export type QuizPlan = { seed: string; items: PlanItem[] };

const PINNED_CANDIDATES = 5;

/** What a learner is taught by a fact: if any of it changes, its fingerprint changes. */
export function factFingerprint(fact: Fact): string {
	const { statement, question, cloze, answer, quote, pair, event } = fact;
	return hashText(JSON.stringify([statement, question, cloze, answer, quote, pair, event]), 4);
}

export function planQuiz(file: FactFile, quiz: Quiz): QuizPlan {
	const facts = new Map(file.facts.map((fact) => [fact.id, fact]));
	const seed = quiz.recipe.seed;
	return {
		seed,
		items: quiz.questions.map((question, index) => {
			const itemFacts = question.factIds.map((id) => facts.get(id)!);
			const item: PlanItem = {
				type: question.type,
				factIds: [...question.factIds],
				fingerprints: itemFacts.map(factFingerprint)
			};
			const first = itemFacts[0]!;
			if (first.answer.kind === 'entity') {
				item.distractors = entityDistractorCandidates(
					file,
					first,
					createRng(`${seed}|pin|${index}`),
					PINNED_CANDIDATES
				);
			}
			return item;
		})
	};
}

export type BuiltPlan = {
	questions: Question[];
	/** Facts the plan needs that the file no longer has. */
	removed: string[];
	/** Facts whose content changed since the plan was made (their questions use the corrected facts). */
	changed: string[];
};

/** Rebuilds the quiz of a plan; questions whose facts were removed are left out and reported. */
export function buildFromPlan(file: FactFile, plan: QuizPlan): BuiltPlan {
	const facts = new Map(file.facts.map((fact) => [fact.id, fact]));
	const removed: string[] = [];
	const changed: string[] = [];
	const questions: Question[] = [];
	plan.items.forEach((item, index) => {
		const itemFacts = item.factIds.map((id) => facts.get(id));
		const missing = item.factIds.filter((_, position) => !itemFacts[position]);
		if (missing.length > 0) {
			removed.push(...missing);
			return;
		}
		const present = itemFacts as Fact[];
		present.forEach((fact, position) => {
			if (factFingerprint(fact) !== item.fingerprints[position]) changed.push(fact.id);
		});
		const rng = createRng(`${plan.seed}|${index}`);
		const question = buildPlannedQuestion(file, present, item.type, rng, item.distractors);
		if (question) questions.push(question);
		else removed.push(...item.factIds);
	});
	return { questions, removed, changed };
}
