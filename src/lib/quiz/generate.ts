/**
 * Turns the fact file and a recipe into a quiz. Deterministic: the same recipe and fact file give the same quiz
 * on every device, because all randomness comes from the seeded generator. Never mutates its inputs; user-supplied
 * recipes that cannot be satisfied come back as a result, not an exception.
 */
import {
	fillTemplate,
	formatAnswer,
	formatDate,
	formatQuantity,
	indexEntities,
	localize,
	type EntityIndex
} from '../facts/format';
import type { DateAnswer, Fact, FactFile, Lang, Localized, NumberAnswer, Source } from '../facts/types';
import { distinctLocalized } from './normalize';
import { createRng, randomInt, shuffle, type Rng } from './random';
import {
	QUESTION_TYPES,
	type ChoiceQuestion,
	type Difficulty,
	type GenerateResult,
	type Question,
	type QuestionType,
	type Recipe
} from './types';

export const OPTION_COUNT = 4;
const BLANK = '_____';

type Context = {
	file: FactFile;
	entities: EntityIndex;
	rng: Rng;
	used: Set<string>;
	eligible: Fact[];
	/** Rebuilding a planned question: use exactly the eligible facts, and these entity distractors. */
	exact?: boolean;
	pinned?: ReadonlyMap<string, readonly string[]>;
};

/** Generates the quiz a recipe describes, or says how many questions the fact file can give for it. */
export function generateQuiz(file: FactFile, recipe: Recipe): GenerateResult {
	const rng = createRng(`${recipe.seed}|${recipe.count}`);
	const types = recipe.types?.length ? recipe.types : [...QUESTION_TYPES];
	const eligible = eligibleFacts(file, recipe);
	const context: Context = { file, entities: indexEntities(file.entities), rng, used: new Set(), eligible };
	const questions: Question[] = [];
	const typeUse = new Map<QuestionType, number>(types.map((type) => [type, 0]));

	const tryFact = (fact: Fact): boolean => {
		if (context.used.has(fact.id)) return false;
		const candidates = shuffle(rng, types).sort((a, b) => typeUse.get(a)! - typeUse.get(b)!);
		for (const type of candidates) {
			const question = buildQuestion(context, fact, type);
			if (!question) continue;
			question.factIds.forEach((id) => context.used.add(id));
			typeUse.set(type, typeUse.get(type)! + 1);
			questions.push(question);
			return true;
		}
		return false;
	};

	// Round-robin over topics: each round asks one question per topic that still has a fact able to feed one.
	const queues = topicQueues(rng, eligible);
	const cursors = queues.map(() => 0);
	for (let progressed = true; progressed && questions.length < recipe.count;) {
		progressed = false;
		queues.forEach((queue, topic) => {
			while (questions.length < recipe.count && cursors[topic]! < queue.length) {
				const fact = queue[cursors[topic]!]!;
				cursors[topic]! += 1;
				if (tryFact(fact)) {
					progressed = true;
					break;
				}
			}
		});
	}
	if (questions.length < recipe.count) {
		return { ok: false, error: 'not-enough-facts', available: questions.length, requested: recipe.count };
	}
	return { ok: true, quiz: { recipe, questions } };
}

function eligibleFacts(file: FactFile, recipe: Recipe): Fact[] {
	const topics = recipe.topics?.length ? new Set(recipe.topics) : undefined;
	const maxDifficulty: Difficulty = recipe.difficulty ?? 3;
	return file.facts.filter((fact) => (!topics || topics.has(fact.topic)) && fact.difficulty <= maxDifficulty);
}

/** One queue of facts per topic, topics in random order; within a topic, difficulty levels alternate. */
function topicQueues(rng: Rng, facts: readonly Fact[]): Fact[][] {
	const byTopic = new Map<string, Fact[]>();
	for (const fact of facts) {
		const list = byTopic.get(fact.topic) ?? [];
		list.push(fact);
		byTopic.set(fact.topic, list);
	}
	const topics = [...byTopic.keys()].sort();
	return shuffle(
		rng,
		topics.map((topic) => levelRoundRobin(rng, byTopic.get(topic)!))
	);
}

function levelRoundRobin(rng: Rng, facts: readonly Fact[]): Fact[] {
	const levels = ([1, 2, 3] as const).map((level) =>
		shuffle(
			rng,
			facts.filter((fact) => fact.difficulty === level)
		)
	);
	return interleave(shuffle(rng, levels));
}

/** [[a1, a2], [b1], [c1, c2]] → [a1, b1, c1, a2, c2] */
function interleave<T>(queues: readonly T[][]): T[] {
	const ordered: T[] = [];
	const longest = Math.max(0, ...queues.map((queue) => queue.length));
	for (let round = 0; round < longest; round++) {
		for (const queue of queues) if (round < queue.length) ordered.push(queue[round]!);
	}
	return ordered;
}

function buildQuestion(context: Context, fact: Fact, type: QuestionType): Question | undefined {
	switch (type) {
		case 'single-choice':
			return singleChoice(context, fact);
		case 'true-false':
			return trueFalse(context, fact);
		case 'numeric':
			return numeric(fact);
		case 'date':
			return dateChoice(context, fact);
		case 'who-said-it':
			return whoSaidIt(context, fact);
		case 'matching':
			return matching(context, fact);
		case 'ordering':
			return ordering(context, fact);
		case 'fill-blank':
			return fillBlank(context, fact);
	}
}

function base(facts: Fact[], prompt: Localized) {
	const first = facts[0]!;
	return {
		factIds: facts.map((fact) => fact.id),
		topic: first.topic,
		difficulty: Math.max(...facts.map((fact) => fact.difficulty)) as Difficulty,
		prompt,
		explanation: facts.map((fact) => fact.statement),
		sources: uniqueSources(facts.flatMap((fact) => fact.sources))
	};
}

function uniqueSources(sources: Source[]): Source[] {
	const seen = new Set<string>();
	return sources.filter((source) => {
		const key = 'seed' in source ? `${source.seed}|${source.quote}` : source.url;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function answerText(context: Context, fact: Fact): Localized | undefined {
	const fr = formatAnswer(fact.answer, 'fr', context.entities);
	const en = formatAnswer(fact.answer, 'en', context.entities);
	return fr === undefined || en === undefined ? undefined : { fr, en };
}

/** Puts the answer among its distractors at a uniformly random position. */
function choiceQuestion(
	context: Context,
	fact: Fact,
	type: ChoiceQuestion['type'],
	prompt: Localized
): ChoiceQuestion | undefined {
	const answer = answerText(context, fact);
	if (!answer) return undefined;
	const distractors = pickDistractors(context, fact, answer, OPTION_COUNT - 1);
	if (distractors.length < OPTION_COUNT - 1) return undefined;
	const answerIndex = randomInt(context.rng, OPTION_COUNT);
	const options = [...distractors];
	options.splice(answerIndex, 0, answer);
	return { type, ...base([fact], prompt), options, answerIndex };
}

function singleChoice(context: Context, fact: Fact): Question | undefined {
	if (fact.quote || fact.answer.kind === 'date') return undefined;
	if (!['number', 'entity', 'text'].includes(fact.answer.kind)) return undefined;
	return choiceQuestion(context, fact, 'single-choice', fact.question);
}

function dateChoice(context: Context, fact: Fact): Question | undefined {
	if (fact.answer.kind !== 'date') return undefined;
	return choiceQuestion(context, fact, 'date', fact.question);
}

function whoSaidIt(context: Context, fact: Fact): Question | undefined {
	if (!fact.quote || fact.answer.kind !== 'entity') return undefined;
	if (context.entities.get(fact.answer.ref)?.kind !== 'person') return undefined;
	return choiceQuestion(context, fact, 'who-said-it', fact.quote);
}

export const TRUE_FALSE_OPTIONS: Localized[] = [
	{ fr: 'Vrai', en: 'True' },
	{ fr: 'Faux', en: 'False' }
];

function trueFalseQuestion(facts: Fact[], prompt: Localized, truth: boolean): ChoiceQuestion {
	return {
		type: 'true-false',
		...base(facts, prompt),
		options: TRUE_FALSE_OPTIONS,
		answerIndex: truth ? 0 : 1
	};
}

/**
 * A French article or preposition right before the blank ("la {{answer}}", "l'{{answer}}", "au {{answer}}") agrees
 * with the true answer only: another name put there could read « la États-Unis ». Such clozes are not used to
 * build false statements from names or texts.
 */
const AGREEING_WORD = /(?:^|[\s(«])(?:la|le|les|l['’]|du|des|au|aux|de|d['’]|en)\s*\{\{answer\}\}/i;

/** The claim of a claim fact; otherwise the statement, or the statement with a plausible wrong value put in. */
function trueFalse(context: Context, fact: Fact): Question | undefined {
	if (fact.answer.kind === 'claim') return trueFalseQuestion([fact], fact.answer.claim, fact.answer.truth);
	if (fact.quote || fact.answer.kind === 'sequence') return undefined;
	const nameAnswer = fact.answer.kind === 'entity' || fact.answer.kind === 'text';
	const cloze = nameAnswer && fact.cloze && AGREEING_WORD.test(fact.cloze.fr) ? undefined : fact.cloze;
	const answer = answerText(context, fact);
	const [wrong] = cloze && answer ? pickDistractors(context, fact, answer, 1) : [];
	if (context.rng() < 0.5 || !cloze || !wrong) return trueFalseQuestion([fact], fact.statement, true);
	const prompt = localize((lang) => fillTemplate(cloze[lang], 'answer', wrong[lang]));
	return trueFalseQuestion([fact], prompt, false);
}

function numeric(fact: Fact): Question | undefined {
	if (fact.answer.kind !== 'number') return undefined;
	return {
		type: 'numeric',
		...base([fact], fact.question),
		answer: fact.answer.value,
		unit: fact.answer.unit
	};
}

function fillBlank(context: Context, fact: Fact): Question | undefined {
	const cloze = fact.cloze;
	if (!cloze || (fact.answer.kind !== 'text' && fact.answer.kind !== 'entity')) return undefined;
	const answer = answerText(context, fact);
	if (!answer) return undefined;
	const accept = new Set<string>([answer.fr, answer.en]);
	if (fact.answer.kind === 'text') fact.answer.accept?.forEach((variant) => accept.add(variant));
	else context.entities.get(fact.answer.ref)?.variants?.forEach((variant) => accept.add(variant));
	const prompt = localize((lang) => fillTemplate(cloze[lang], 'answer', BLANK));
	return { type: 'fill-blank', ...base([fact], prompt), answer, accept: [...accept] };
}

function matching(context: Context, fact: Fact): Question | undefined {
	const group = fact.pair?.group;
	const prompt = context.file.pairGroups.find((candidate) => candidate.id === group)?.prompt;
	if (!group || !prompt) return undefined;
	const candidates = context.eligible.filter(
		(other) => other.id !== fact.id && other.pair?.group === group && !context.used.has(other.id)
	);
	const mates = context.exact ? candidates : shuffle(context.rng, candidates);
	const size = context.exact ? mates.length + 1 : Math.min(3 + randomInt(context.rng, 3), mates.length + 1);
	if (size < 3) return undefined;
	const chosen: Fact[] = [fact];
	const rights: Localized[] = [answerText(context, fact)!];
	for (const mate of mates) {
		if (chosen.length === size) break;
		const right = answerText(context, mate);
		if (!right || !distinctLocalized([...rights, right])) continue;
		if (!distinctLocalized([...chosen, mate].map((item) => item.pair!.left))) continue;
		chosen.push(mate);
		rights.push(right);
	}
	if (chosen.length < 3) return undefined;
	const order = shuffle(
		context.rng,
		chosen.map((_, index) => index)
	);
	return {
		type: 'matching',
		...base(chosen, prompt),
		left: chosen.map((item) => item.pair!.left),
		right: order.map((index) => rights[index]!),
		answer: chosen.map((_, index) => order.indexOf(index))
	};
}

const ORDERING_PROMPT: Localized = {
	fr: 'Remettez ces événements dans l’ordre chronologique, du plus ancien au plus récent.',
	en: 'Put these events in chronological order, from earliest to latest.'
};
const SEQUENCE_PROMPT_PREFIX: Localized = { fr: 'Dans le bon ordre : ', en: 'In the right order: ' };

function ordering(context: Context, fact: Fact): Question | undefined {
	if (fact.answer.kind === 'sequence') {
		const items = fact.answer.items;
		const order = shuffledNotIdentity(context.rng, items.length);
		const prompt = localize((lang) => SEQUENCE_PROMPT_PREFIX[lang] + fact.question[lang]);
		return {
			type: 'ordering',
			...base([fact], prompt),
			items: order.map((index) => items[index]!),
			answer: items.map((_, index) => order.indexOf(index))
		};
	}
	if (fact.answer.kind !== 'date' || !fact.event) return undefined;
	const candidates = context.eligible.filter(
		(other) =>
			other.id !== fact.id && other.event && other.answer.kind === 'date' && !context.used.has(other.id)
	);
	const mates = context.exact ? candidates : shuffle(context.rng, candidates);
	const size = context.exact ? mates.length + 1 : 3 + randomInt(context.rng, 3);
	const chosen: Fact[] = [fact];
	for (const mate of mates) {
		if (chosen.length === size) break;
		const overlaps = chosen.some((item) =>
			datesOverlap((item.answer as DateAnswer).value, (mate.answer as DateAnswer).value)
		);
		if (!overlaps && distinctLocalized([...chosen, mate].map((item) => item.event!))) chosen.push(mate);
	}
	if (chosen.length < 3) return undefined;
	const chronological = [...chosen].sort((a, b) =>
		(a.answer as DateAnswer).value.localeCompare((b.answer as DateAnswer).value)
	);
	const order = shuffledNotIdentity(context.rng, chronological.length);
	return {
		type: 'ordering',
		...base(chronological, ORDERING_PROMPT),
		items: order.map((index) => chronological[index]!.event!),
		answer: chronological.map((_, index) => order.indexOf(index))
	};
}

/** A permutation of 0..n-1 that is not already sorted, so an ordering question never starts solved. */
function shuffledNotIdentity(rng: Rng, length: number): number[] {
	const identity = Array.from({ length }, (_, index) => index);
	for (;;) {
		const order = shuffle(rng, identity);
		if (order.some((value, index) => value !== index)) return order;
	}
}

/** Two dates overlap when one contains the other ("2024-08" contains "2024-08-08"). */
function datesOverlap(a: string, b: string): boolean {
	return a.startsWith(b) || b.startsWith(a);
}

/* ---------- distractors ---------- */

/**
 * Wrong options of the same kind as the answer, curated ones first, never equal to the answer or to each other
 * in either language, and never a value the fact lists in `avoid`.
 */
function pickDistractors(context: Context, fact: Fact, answer: Localized, count: number): Localized[] {
	const avoid = new Set((fact.avoid ?? []).map(String));
	const chosen: Localized[] = [];
	const accept = (candidate: Localized) => {
		if (chosen.length >= count) return;
		if (distinctLocalized([answer, ...chosen, candidate])) chosen.push(candidate);
	};
	const { rng, entities } = context;
	const factAnswer = fact.answer;
	switch (factAnswer.kind) {
		case 'number': {
			const curated = (factAnswer.distractors ?? []).filter((value) => !avoid.has(String(value)));
			const generated = numberDistractors(factAnswer).filter(
				(value) => !avoid.has(String(value)) && !curated.includes(value)
			);
			for (const value of [...shuffle(rng, curated), ...shuffle(rng, generated)]) {
				accept(localize((lang) => formatQuantity(value, factAnswer.unit, lang)));
			}
			break;
		}
		case 'date':
			for (const value of shuffle(rng, dateDistractors(factAnswer.value))) {
				if (!avoid.has(value)) accept(localize((lang) => formatDate(value, lang)));
			}
			break;
		case 'entity':
			for (const id of entityDistractorIds(context, fact)) accept(entities.get(id)!.name);
			break;
		case 'text':
			for (const candidate of shuffle(rng, factAnswer.distractors ?? [])) {
				if (!avoid.has(candidate.fr) && !avoid.has(candidate.en)) accept(candidate);
			}
			break;
		case 'claim':
		case 'sequence':
			break;
	}
	return chosen;
}

/**
 * Candidate wrong entities for an entity answer, in the order to try them: the pinned ones of a planned question,
 * else curated ones first, then others of the same kind (a person for a person), never one the fact avoids.
 */
function entityDistractorIds(context: Context, fact: Fact): string[] {
	const answer = fact.answer;
	if (answer.kind !== 'entity') return [];
	const { entities, rng } = context;
	const avoid = new Set((fact.avoid ?? []).map(String));
	const usable = (id: string) => id !== answer.ref && !avoid.has(id) && entities.has(id);
	const pinned = context.pinned?.get(fact.id);
	if (pinned) return pinned.filter(usable);
	const target = entities.get(answer.ref);
	const curated = (answer.distractors ?? []).filter(usable);
	const sameKind = [...entities.values()]
		.filter((entity) => entity.kind === target?.kind && usable(entity.id) && !curated.includes(entity.id))
		.map((entity) => entity.id);
	return [...shuffle(rng, curated), ...shuffle(rng, sameKind)];
}

/** Plausible wrong numbers: same magnitude, rounded like the answer. */
export function numberDistractors(answer: NumberAnswer): number[] {
	const { value } = answer;
	if (!Number.isInteger(value) || value <= 0) return [];
	let roundness = 1;
	while (value % (roundness * 10) === 0) roundness *= 10;
	const factors = [0.25, 0.4, 0.5, 0.6, 0.75, 1.25, 1.5, 2, 2.5, 3, 4];
	const candidates = new Set<number>();
	for (const factor of factors) {
		const candidate = Math.round((value * factor) / roundness) * roundness;
		if (candidate > 0 && candidate !== value) candidates.add(candidate);
	}
	for (const step of [-2, -1, 1, 2, 3]) {
		const candidate = value + step * roundness;
		if (candidate > 0) candidates.add(candidate);
	}
	return [...candidates].sort((a, b) => a - b);
}

/** Plausible wrong dates with the same precision as the answer. */
export function dateDistractors(value: string): string[] {
	const [yearText, month, day] = value.split('-');
	const year = Number(yearText);
	const years = [-3, -2, -1, 1, 2, 3].map((delta) => year + delta);
	const candidates = new Set<string>();
	if (month === undefined) {
		years.forEach((other) => candidates.add(String(other)));
	} else {
		const months = [-4, -2, -1, 1, 2, 5].map((delta) => ((Number(month) - 1 + delta + 12) % 12) + 1);
		const pad = (n: number) => String(n).padStart(2, '0');
		for (const other of years) candidates.add(`${other}-${month}${day === undefined ? '' : `-${day}`}`);
		for (const other of months) {
			const candidate = `${year}-${pad(other)}${day === undefined ? '' : `-${day}`}`;
			if (day === undefined || Number(day) <= daysInMonth(year, other)) candidates.add(candidate);
		}
	}
	candidates.delete(value);
	return [...candidates]
		.filter((candidate) => candidate.split('-').length !== 3 || validDay(candidate))
		.sort();
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDay(iso: string): boolean {
	const [year, month, day] = iso.split('-').map(Number);
	return day! <= daysInMonth(year!, month!);
}

export function questionAnswerText(question: Question, lang: Lang): string {
	switch (question.type) {
		case 'single-choice':
		case 'date':
		case 'who-said-it':
		case 'true-false':
			return question.options[question.answerIndex]![lang];
		case 'numeric':
			return formatQuantity(question.answer, question.unit, lang);
		case 'fill-blank':
			return question.answer[lang];
		case 'matching':
			return question.left
				.map((left, index) => `${left[lang]} → ${question.right[question.answer[index]!]![lang]}`)
				.join('; ');
		case 'ordering':
			return question.answer.map((index) => question.items[index]![lang]).join(' → ');
	}
}

/** The question types a fact can feed on its own file: used for coverage reports. */
export function questionTypesFor(file: FactFile, fact: Fact): QuestionType[] {
	const context: Context = {
		file,
		entities: indexEntities(file.entities),
		rng: createRng(fact.id),
		used: new Set(),
		eligible: file.facts
	};
	return QUESTION_TYPES.filter((type) => buildQuestion(context, fact, type) !== undefined);
}

/**
 * Rebuilds one planned question from exactly its facts, with its own generator and pinned entity distractors, so
 * it does not depend on any other fact or entity added to the file later.
 */
export function buildPlannedQuestion(
	file: FactFile,
	facts: Fact[],
	type: QuestionType,
	rng: Rng,
	pinnedDistractors: readonly string[] = []
): Question | undefined {
	const first = facts[0];
	if (!first) return undefined;
	const context: Context = {
		file,
		entities: indexEntities(file.entities),
		rng,
		used: new Set(),
		eligible: facts,
		exact: true,
		pinned: new Map([[first.id, pinnedDistractors]])
	};
	const question = buildQuestion(context, first, type);
	return question && question.factIds.join() === facts.map((fact) => fact.id).join() ? question : undefined;
}

/** The first `count` candidate wrong entities of a fact, to pin in a plan. */
export function entityDistractorCandidates(file: FactFile, fact: Fact, rng: Rng, count: number): string[] {
	const context: Context = {
		file,
		entities: indexEntities(file.entities),
		rng,
		used: new Set(),
		eligible: []
	};
	return entityDistractorIds(context, fact).slice(0, count);
}
