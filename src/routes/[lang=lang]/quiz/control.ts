/** What every question control receives: one question, the response given (if any), and where to send one. */
import type { Lang } from '$lib/facts/types';
import type { Question, Response } from '$lib/quiz/types';

export type ControlProps<Q extends Question> = {
	question: Q;
	lang: Lang;
	response: Response | null;
	/** Whether to mark right and wrong (after answering, outside exam mode). */
	reveal: boolean;
	onanswer: (response: Response) => void;
};
