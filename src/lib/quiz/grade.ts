/**
 * Grades a response against a question. Pure; a response of the wrong shape is simply wrong, never an error,
 * because responses may come back from storage or a link.
 */
import { normalizeText, parseTypedNumber } from './normalize';
import type { Question, Response } from './types';

export function gradeAnswer(question: Question, response: Response): boolean {
	switch (question.type) {
		case 'single-choice':
		case 'date':
		case 'who-said-it':
		case 'true-false':
			return response.kind === 'choice' && response.index === question.answerIndex;
		case 'numeric':
			return response.kind === 'text' && parseTypedNumber(response.text) === question.answer;
		case 'fill-blank': {
			if (response.kind !== 'text') return false;
			const typed = normalizeText(response.text);
			return typed.length > 0 && question.accept.some((variant) => normalizeText(variant) === typed);
		}
		case 'matching':
			return (
				response.kind === 'pairs' &&
				response.pairs.length === question.answer.length &&
				response.pairs.every((right, index) => right === question.answer[index])
			);
		case 'ordering':
			return (
				response.kind === 'order' &&
				response.order.length === question.answer.length &&
				response.order.every((item, index) => item === question.answer[index])
			);
	}
}
