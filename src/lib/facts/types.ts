/**
 * Types of the curated fact file (facts.json). The JSON Schema beside it (facts.schema.json) describes the same
 * contract for other tools; `validateFactFile` checks what a schema cannot (references, consistency, traps).
 */

export const LANGUAGES = ['fr', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** A text in both languages. */
export type Localized = Record<Lang, string>;

export type Source = { seed: string; quote: string } | { url: string; title: string };

export type NumberAnswer = {
	kind: 'number';
	value: number;
	/** Template with `{{n}}`, for example `{{n}} signatories` or `Article {{n}}`. */
	unit: Localized;
	distractors?: number[];
};

/** ISO date `YYYY-MM-DD`, month `YYYY-MM` or year `YYYY`: the precision the fact is sure of. */
export type IsoDate = string;

export type DateAnswer = { kind: 'date'; value: IsoDate };
export type EntityAnswer = { kind: 'entity'; ref: string; distractors?: string[] };
export type TextAnswer = { kind: 'text'; value: Localized; accept?: string[]; distractors?: Localized[] };
export type ClaimAnswer = { kind: 'claim'; claim: Localized; truth: boolean };
export type SequenceAnswer = { kind: 'sequence'; items: Localized[] };

export type Answer = NumberAnswer | DateAnswer | EntityAnswer | TextAnswer | ClaimAnswer | SequenceAnswer;
export type AnswerKind = Answer['kind'];

export type Fact = {
	id: string;
	topic: string;
	difficulty: 1 | 2 | 3;
	statement: Localized;
	question: Localized;
	/** The statement with the answer replaced by `{{answer}}`. */
	cloze?: Localized;
	answer: Answer;
	/** Values never offered as distractors: numbers, ISO dates, entity ids or texts, by answer kind. */
	avoid?: (string | number)[];
	/** The day this fact was known true, for facts that change over time. */
	asOf?: IsoDate;
	/** Where sources disagree, what they say and how this fact handles it. */
	conflict?: string;
	/** Short label of the dated event, for chronological-order questions. */
	event?: Localized;
	/** Membership of a matching group: `left` is matched with the formatted answer. */
	pair?: { group: string; left: Localized };
	/** A quotation whose speaker is the (person) answer. */
	quote?: Localized;
	sources: Source[];
};

export type EntityKind = 'person' | 'organisation' | 'place' | 'document' | 'country';

export type Entity = {
	id: string;
	kind: EntityKind;
	name: Localized;
	/** Other spellings a learner may type, such as names without diacritics. */
	variants?: string[];
	role?: Localized;
	roleAsOf?: IsoDate;
};

export type Topic = { id: string; label: Localized };

export type SeedInfo = { title: string; outlet: Localized; date?: IsoDate };

/** A matching group: the facts whose `pair.group` is `id` are matched under this prompt. */
export type PairGroup = { id: string; prompt: Localized };

export type FactFile = {
	$schema?: string;
	version: number;
	topics: Topic[];
	seeds: Record<string, SeedInfo>;
	pairGroups: PairGroup[];
	entities: Entity[];
	facts: Fact[];
};
