/**
 * `npm run quiz -- --seed <text> --count <n> --lang fr|en [--topics a,b] [--types a,b] [--difficulty 1|2|3]
 * [--format json|text]`: prints a quiz with its answer key, and the link that shows the same quiz in the browser.
 */
import { parseArgs } from 'node:util';
import { factFile } from '../src/lib/facts';
import { formatQuantity } from '../src/lib/facts/format';
import type { Lang, Source } from '../src/lib/facts/types';
import { generateQuiz } from '../src/lib/quiz/generate';
import { decodeQuizQuery, encodeQuizQuery } from '../src/lib/quiz/link';
import { recipeMismatch } from '../src/lib/quiz/recipes';
import type { Question } from '../src/lib/quiz/types';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const { values } = parseArgs({
	options: {
		seed: { type: 'string' },
		count: { type: 'string', default: '10' },
		lang: { type: 'string', default: 'fr' },
		topics: { type: 'string' },
		types: { type: 'string' },
		difficulty: { type: 'string' },
		format: { type: 'string', default: 'text' }
	}
});

const lang = values.lang;
if (lang !== 'fr' && lang !== 'en') fail('--lang must be fr or en');
if (values.format !== 'json' && values.format !== 'text') fail('--format must be json or text');
if (!values.seed) fail('--seed is required, for example --seed class-3b');

const query = new URLSearchParams({ seed: values.seed, n: values.count });
if (values.topics) query.set('topics', values.topics);
if (values.types) query.set('types', values.types);
if (values.difficulty) query.set('d', values.difficulty);
const decoded = decodeQuizQuery(query);
if (!decoded.ok) fail(`Invalid recipe: ${decoded.problem}`);
const recipe = decoded.settings.recipe;

const mismatch = recipeMismatch(factFile, recipe);
if (mismatch) {
	fail(
		`${mismatch === 'unknown-topics' ? 'Unknown topic(s)' : 'Unknown fact(s)'}. Known topics: ${factFile.topics.map((topic) => topic.id).join(', ')}`
	);
}

const result = generateQuiz(factFile, recipe);
if (!result.ok) {
	fail(
		`This recipe asks for ${result.requested} questions, but the fact file can only give ${result.available}.`
	);
}

const link = `/${lang}/quiz?${encodeQuizQuery({ recipe })}`;

function sourceText(source: Source): string {
	if ('url' in source) return `${source.title} <${source.url}>`;
	const info = factFile.seeds[source.seed];
	return `${info ? `${info.outlet[lang as Lang]}, « ${info.title} »` : source.seed}: « ${source.quote} »`;
}

function describe(question: Question, l: Lang) {
	const common = {
		type: question.type,
		prompt: question.prompt[l],
		explanation: question.explanation.map((statement) => statement[l]).join(' '),
		factIds: question.factIds,
		sources: question.sources.map(sourceText)
	};
	switch (question.type) {
		case 'single-choice':
		case 'date':
		case 'who-said-it':
		case 'true-false':
			return {
				...common,
				options: question.options.map((option) => option[l]),
				answer: question.options[question.answerIndex]![l]
			};
		case 'numeric':
			return {
				...common,
				unit: question.unit[l],
				answer: question.answer,
				answerText: formatQuantity(question.answer, question.unit, l)
			};
		case 'fill-blank':
			return { ...common, answer: question.answer[l], accept: question.accept };
		case 'matching':
			return {
				...common,
				left: question.left.map((item) => item[l]),
				right: question.right.map((item) => item[l]),
				answer: question.left.map((item, index) => ({
					left: item[l],
					right: question.right[question.answer[index]!]![l]
				}))
			};
		case 'ordering':
			return {
				...common,
				items: question.items.map((item) => item[l]),
				answer: question.answer.map((index) => question.items[index]![l])
			};
	}
}

const questions = result.quiz.questions.map((question) => describe(question, lang));

if (values.format === 'json') {
	console.log(JSON.stringify({ link, seed: recipe.seed, lang, recipe, questions }, null, 2));
} else {
	console.log(`Quiz "${recipe.seed}": ${questions.length} questions (${lang})`);
	console.log(`Link: ${link}\n`);
	questions.forEach((question, index) => {
		console.log(`${index + 1}. [${question.type}] ${question.prompt}`);
		if ('options' in question) {
			question.options.forEach((option, i) =>
				console.log(`   ${String.fromCharCode(65 + i)}) ${option}${option === question.answer ? '   ✓' : ''}`)
			);
		}
		if ('left' in question) {
			console.log(`   Left: ${question.left.join(' | ')}`);
			console.log(`   Right: ${question.right.join(' | ')}`);
		}
		if ('items' in question) console.log(`   Items: ${question.items.join(' | ')}`);
		const answer = question.answer;
		const answerText = Array.isArray(answer)
			? answer.map((item) => (typeof item === 'string' ? item : `${item.left} → ${item.right}`)).join('; ')
			: 'answerText' in question
				? question.answerText
				: String(answer);
		console.log(`   Answer: ${answerText}`);
		console.log(`   Why: ${question.explanation}`);
		for (const source of question.sources) console.log(`   Source: ${source}`);
		console.log('');
	});
}
