import { bench, describe } from 'vitest';
import { factFile } from '../facts';
import type { FactFile } from '../facts/types';
import { generateQuiz } from './generate';
import { decodeQuizQuery, encodeQuizQuery } from './link';
import { planQuiz } from './plan';
import { decodeTeacherQuiz, encodeTeacherQuiz } from './share';
import type { Recipe } from './types';

/** A fact file of `size` facts made of renamed copies of the real ones, so every kind of question stays possible. */
function syntheticFile(size: number): FactFile {
	const facts = Array.from({ length: size }, (_, index) => {
		const fact = factFile.facts[index % factFile.facts.length]!;
		return { ...fact, id: `${fact.id}-${index}` };
	});
	return { ...factFile, facts };
}

const files: [string, FactFile][] = [
	[`real file (${factFile.facts.length} facts)`, factFile],
	['1,000 facts', syntheticFile(1_000)],
	['10,000 facts', syntheticFile(10_000)]
];

let run = 0;
describe('generate a 20-question quiz, all types', () => {
	for (const [name, file] of files) {
		bench(name, () => {
			const result = generateQuiz(file, { seed: `bench-${run++}`, count: 20 });
			if (!result.ok) throw new Error('the benchmark recipe must succeed');
		});
	}
});

const recipe: Recipe = {
	seed: 'bench-link',
	count: 30,
	topics: ['history', 'ceremony', 'people'],
	types: ['single-choice', 'matching', 'ordering'],
	difficulty: 2
};
const query = encodeQuizQuery({ recipe, timerMinutes: 20, exam: true });

describe('quiz links', () => {
	bench('encode a recipe', () => {
		encodeQuizQuery({ recipe, timerMinutes: 20, exam: true });
	});
	bench('decode a recipe', () => {
		decodeQuizQuery(new URLSearchParams(query));
	});
});

const thirty = generateQuiz(factFile, { seed: 'bench-teacher', count: 30 });
if (!thirty.ok) throw new Error('the benchmark quiz must exist');
const teacherQuiz = { title: 'Classe de 3e B', lang: 'fr' as const, plan: planQuiz(factFile, thirty.quiz) };
const teacherCode = await encodeTeacherQuiz(teacherQuiz);

describe('teacher quiz codes (30 questions)', () => {
	bench('encode (deflate + base64url)', async () => {
		await encodeTeacherQuiz(teacherQuiz);
	});
	bench('decode and validate', async () => {
		await decodeTeacherQuiz(teacherCode);
	});
});
