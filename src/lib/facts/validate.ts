/**
 * Checks what the JSON Schema cannot: unique ids, known topics and entities, both languages present and different,
 * answers consistent with their statements, curated distractors that are really wrong, and none of the fact
 * dossier's known traps used as an answer key. Pure: seed texts are passed in by the caller.
 */
import { fillTemplate, formatAnswer, formatDate, indexEntities, isIsoDate } from './format';
import { LANGUAGES, type Fact, type FactFile, type Localized } from './types';

export type Problem = { factId?: string; message: string };

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MINIMUM_FACTS = 120;
export const MINIMUM_TOPICS = 8;
export const MINIMUM_FACTS_PER_TOPIC = 5;

/** Lower-cased, accents removed, spaces folded: for "does the statement mention the answer" checks. */
function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[\s\u00a0\u202f]+/g, ' ');
}

/**
 * @param seedTexts seed file name → its text; when given, every seed quote must appear in it verbatim.
 */
export function validateFactFile(file: FactFile, seedTexts?: ReadonlyMap<string, string>): Problem[] {
	const problems: Problem[] = [];
	const report = (message: string, factId?: string) => problems.push({ factId, message });
	const entities = indexEntities(file.entities);
	const topics = new Set(file.topics.map((topic) => topic.id));
	const pairGroups = new Set(file.pairGroups.map((group) => group.id));

	const entityIds = new Set<string>();
	for (const entity of file.entities) {
		if (entityIds.has(entity.id)) report(`duplicate entity id "${entity.id}"`);
		entityIds.add(entity.id);
		if (!KEBAB.test(entity.id)) report(`entity id "${entity.id}" is not kebab-case`);
		if (entity.roleAsOf && !isIsoDate(entity.roleAsOf)) report(`entity "${entity.id}" has a bad roleAsOf`);
	}

	const factIds = new Set<string>();
	for (const fact of file.facts) {
		const problem = (message: string) => report(message, fact.id);
		if (factIds.has(fact.id)) problem('duplicate fact id');
		factIds.add(fact.id);
		if (!KEBAB.test(fact.id)) problem('id is not kebab-case');
		if (!topics.has(fact.topic)) problem(`unknown topic "${fact.topic}"`);
		if (fact.asOf && !isIsoDate(fact.asOf)) problem('asOf is not an ISO date');
		if (fact.pair && !pairGroups.has(fact.pair.group)) problem(`undeclared pair group "${fact.pair.group}"`);
		if (fact.sources.length === 0) problem('no source');

		for (const [field, text] of localizedFields(fact)) {
			for (const lang of LANGUAGES) if (!text[lang]?.trim()) problem(`${field}.${lang} is empty`);
			if (text.fr.trim() === text.en.trim() && !/^[\d\s.,:/–-]*$/.test(text.fr)) {
				if (field !== 'answer.value') problem(`${field} is the same in French and English`);
			}
		}

		checkAnswer(fact, problem);
		checkSources(fact, seedTexts, problem);
		for (const trap of TRAPS) if (trap.test(fact)) problem(`uses a dossier trap as a key: ${trap.name}`);
	}

	function checkAnswer(fact: Fact, problem: (message: string) => void) {
		const answer = fact.answer;
		if (answer.kind === 'date' && !isIsoDate(answer.value)) return problem(`bad date "${answer.value}"`);
		if (answer.kind === 'entity') {
			if (!entities.has(answer.ref)) return problem(`unknown entity "${answer.ref}"`);
			for (const id of answer.distractors ?? [])
				if (!entities.has(id)) problem(`unknown distractor entity "${id}"`);
			if (answer.distractors?.includes(answer.ref)) problem('the answer is listed as its own distractor');
		}
		if (answer.kind === 'number') {
			for (const lang of LANGUAGES) {
				if (!answer.unit[lang].includes('{{n}}')) problem(`unit.${lang} lacks {{n}}`);
			}
			if (answer.distractors?.includes(answer.value)) problem('the answer is listed as its own distractor');
			for (const value of answer.distractors ?? []) {
				if (fact.avoid?.includes(value)) problem(`distractor ${value} is also in avoid`);
			}
		}
		if (fact.event && answer.kind !== 'date') problem('an event label needs a date answer');
		if (fact.quote && answer.kind !== 'entity') problem('a quote needs a person as its answer');
		if (fact.quote && answer.kind === 'entity' && entities.get(answer.ref)?.kind !== 'person') {
			problem('a quote needs a person as its answer');
		}

		const key = answerKey(answer);
		if (key !== undefined && fact.avoid?.map(String).includes(key))
			problem('the answer is in its own avoid list');

		for (const lang of LANGUAGES) {
			const formatted = formatAnswer(answer, lang, entities);
			if (formatted === undefined) continue;
			if (fact.cloze) {
				if (!fact.cloze[lang].includes('{{answer}}')) problem(`cloze.${lang} lacks {{answer}}`);
				else if (fillTemplate(fact.cloze[lang], 'answer', formatted) !== fact.statement[lang]) {
					problem(`cloze.${lang} filled with "${formatted}" differs from the statement`);
				}
			} else if (!mentions(fact.statement[lang], answerSpellings(fact, lang, formatted))) {
				problem(`statement.${lang} does not mention the answer "${formatted}"`);
			}
		}
	}

	function answerSpellings(fact: Fact, lang: 'fr' | 'en', formatted: string): string[] {
		const answer = fact.answer;
		const spellings = [formatted];
		if (answer.kind === 'entity') spellings.push(...(entities.get(answer.ref)?.variants ?? []));
		if (answer.kind === 'text') spellings.push(...(answer.accept ?? []));
		if (answer.kind === 'number') spellings.push(formatted.replace(/\D+$/, ''), String(answer.value));
		if (answer.kind === 'date') spellings.push(formatDate(answer.value, lang).replace('1er', '1'));
		return spellings;
	}

	if (file.facts.length < MINIMUM_FACTS)
		report(`only ${file.facts.length} facts; at least ${MINIMUM_FACTS} are needed`);
	for (const topic of topics) {
		const count = file.facts.filter((fact) => fact.topic === topic).length;
		if (count < MINIMUM_FACTS_PER_TOPIC)
			report(`topic "${topic}" has ${count} facts; at least ${MINIMUM_FACTS_PER_TOPIC} are needed`);
	}
	if (topics.size < MINIMUM_TOPICS)
		report(`only ${topics.size} topics; at least ${MINIMUM_TOPICS} are needed`);
	return problems;
}

function mentions(statement: string, spellings: string[]): boolean {
	const haystack = fold(statement);
	return spellings.some((spelling) => spelling.trim() && haystack.includes(fold(spelling)));
}

function answerKey(answer: Fact['answer']): string | undefined {
	switch (answer.kind) {
		case 'number':
		case 'date':
			return String(answer.value);
		case 'entity':
			return answer.ref;
		default:
			return undefined;
	}
}

function localizedFields(fact: Fact): [string, Localized][] {
	const fields: [string, Localized][] = [
		['statement', fact.statement],
		['question', fact.question]
	];
	if (fact.cloze) fields.push(['cloze', fact.cloze]);
	if (fact.event) fields.push(['event', fact.event]);
	if (fact.quote) fields.push(['quote', fact.quote]);
	if (fact.pair) fields.push(['pair.left', fact.pair.left]);
	if (fact.answer.kind === 'claim') fields.push(['answer.claim', fact.answer.claim]);
	if (fact.answer.kind === 'text') fields.push(['answer.value', fact.answer.value]);
	return fields;
}

function checkSources(
	fact: Fact,
	seedTexts: ReadonlyMap<string, string> | undefined,
	problem: (message: string) => void
) {
	for (const source of fact.sources) {
		if (!('seed' in source) || !seedTexts) continue;
		const text = seedTexts.get(source.seed);
		if (text === undefined) problem(`unknown seed "${source.seed}"`);
		else if (!text.includes(source.quote))
			problem(`quote not found verbatim in ${source.seed}: "${source.quote}"`);
	}
}

const both = (text: Localized) => `${text.fr} ${text.en}`;
const attributed = (fact: Fact) =>
	/selon|d['’]apres|according to|says|said|a declare|a annonce/i.test(fold(both(fact.question)));
const numberKey = (fact: Fact, values: number[]) =>
	fact.answer.kind === 'number' && values.includes(fact.answer.value);
const unitOf = (fact: Fact) => (fact.answer.kind === 'number' ? fold(both(fact.answer.unit)) : '');

/** The fact dossier's traps (T1–T28) that an answer key must never teach. */
export const TRAPS: { name: string; test: (fact: Fact) => boolean }[] = [
	{
		name: 'T8: 71 articles',
		test: (fact) =>
			(numberKey(fact, [71]) && /article/.test(unitOf(fact) + fold(both(fact.question)))) ||
			/\b71 articles\b/.test(fold(both(fact.statement)))
	},
	{
		name: 'T1: a Friday ceremony',
		test: (fact) =>
			fact.answer.kind === 'claim' &&
			fact.answer.truth &&
			/vendredi|friday/.test(fold(both(fact.answer.claim)))
	},
	{
		name: 'T13: "first international cybercrime treaty"',
		test: (fact) =>
			fact.answer.kind === 'claim' &&
			fact.answer.truth &&
			/premier traite international (sur|contre|de lutte contre) la cybercriminalite|first international (treaty|convention) (on|against) cybercrime|first international cybercrime (treaty|convention)/.test(
				fold(both(fact.answer.claim))
			)
	},
	{
		name: 'T12: "Hanoi Convention" as the official title',
		test: (fact) =>
			fact.answer.kind === 'claim' &&
			fact.answer.truth &&
			/officiel|official/.test(fold(both(fact.answer.claim))) &&
			/convention de hanoi|hanoi convention/.test(fold(both(fact.answer.claim))) &&
			!/pas|not|n'est/.test(fold(both(fact.answer.claim)))
	},
	{
		name: 'T5: a regional breakdown of signatories',
		test: (fact) =>
			(numberKey(fact, [19, 12]) && /europe|latin|asie|asia/.test(fold(both(fact.question)))) ||
			/19 (pays|countries|etats|states|membres|member)[^.]*(union europeenne|european union)/.test(
				fold(both(fact.statement))
			)
	},
	{
		name: 'T3: an unattributed first-day count (64 or 65)',
		test: (fact) =>
			numberKey(fact, [64, 65]) && /sign|pays|countr|etat|state/.test(unitOf(fact)) && !attributed(fact)
	},
	{
		name: 'T4: "72 countries" instead of 72 signatories',
		test: (fact) =>
			(numberKey(fact, [72]) && /pays|countr|etats|states/.test(unitOf(fact))) ||
			/\b72 (pays|countries|etats|states)\b/.test(fold(both(fact.statement)))
	},
	{
		name: 'T6: an unattributed 110 or 119 countries',
		test: (fact) => numberKey(fact, [110, 119]) && /pays|countr/.test(unitOf(fact)) && !attributed(fact)
	},
	{ name: 'T9: the press-agency count', test: (fact) => numberKey(fact, [189, 180]) },
	{
		name: 'T10: the side-event count',
		test: (fact) =>
			numberKey(fact, [37, 38]) && /annexe|side|panel/.test(unitOf(fact) + fold(both(fact.question)))
	}
];
