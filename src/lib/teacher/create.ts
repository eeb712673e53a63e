/**
 * Making a teacher's quiz: generate it from the recipe, freeze it as a plan, and encode the plan as the code its
 * link carries. The questions returned are rebuilt from the plan, so the preview is exactly what a student who opens
 * the link will get. Pure apart from the platform's compression.
 */
import type { FactFile, Lang } from '$lib/facts/types';
import { generateQuiz } from '$lib/quiz/generate';
import type { QuizChoice } from '$lib/quiz/link';
import { buildFromPlan, planQuiz } from '$lib/quiz/plan';
import { encodeTeacherQuiz, teacherQuizId } from '$lib/quiz/share';
import type { Question } from '$lib/quiz/types';

export type TeacherQuizRequest = {
	title: string;
	seed: string;
	/** Fixed language, or undefined when the student chooses. */
	lang?: Lang;
	choice: QuizChoice;
};

export type CreatedTeacherQuiz =
	{ ok: true; id: string; code: string; questions: Question[] } | { ok: false; available: number };

export async function createTeacherQuiz(
	facts: FactFile,
	{ title, seed, lang, choice }: TeacherQuizRequest
): Promise<CreatedTeacherQuiz> {
	const result = generateQuiz(facts, { ...choice.recipe, seed });
	if (!result.ok) return { ok: false, available: result.available };
	const plan = planQuiz(facts, result.quiz);
	const code = await encodeTeacherQuiz({
		title,
		lang,
		timerMinutes: choice.timerMinutes,
		exam: choice.exam,
		plan
	});
	return { ok: true, id: teacherQuizId(code), code, questions: buildFromPlan(facts, plan).questions };
}
