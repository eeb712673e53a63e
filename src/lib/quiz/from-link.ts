/**
 * The questions a quiz link stands for, without playing it (the print view): a teacher's code (`q`) rebuilt from
 * its plan, or a recipe (`seed`…) generated again. A link that is damaged, or names no fact that still exists,
 * gives undefined. Deterministic; never throws on what a link carries.
 */
import type { FactFile } from '../facts/types';
import { generateQuiz } from './generate';
import { decodeQuizQuery } from './link';
import { buildFromPlan } from './plan';
import { decodeTeacherQuiz } from './share';
import type { Question } from './types';

export type LinkedQuiz = { title: string; questions: Question[] };

export async function quizFromLink(facts: FactFile, query: URLSearchParams): Promise<LinkedQuiz | undefined> {
	const code = query.get('q');
	if (code !== null) {
		const decoded = await decodeTeacherQuiz(code);
		const questions = decoded.ok ? buildFromPlan(facts, decoded.value.plan).questions : [];
		return decoded.ok && questions.length > 0 ? { title: decoded.value.title, questions } : undefined;
	}
	const decoded = decodeQuizQuery(query);
	const result = decoded.ok ? generateQuiz(facts, decoded.settings.recipe) : undefined;
	return result?.ok ? { title: '', questions: result.quiz.questions } : undefined;
}
