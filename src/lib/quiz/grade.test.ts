import { describe, expect, it } from 'vitest';
import { gradeAnswer } from './grade';
import type { Question } from './types';

const base = { factIds: ['f'], topic: 't', difficulty: 1 as const, explanation: [], sources: [] };
const text = (value: string) => ({ fr: value, en: value });

describe('gradeAnswer', () => {
	it('choice questions: only the right index', () => {
		const question: Question = {
			...base,
			type: 'single-choice',
			prompt: text('?'),
			options: ['a', 'b', 'c', 'd'].map(text),
			answerIndex: 2
		};
		expect(gradeAnswer(question, { kind: 'choice', index: 2 })).toBe(true);
		expect(gradeAnswer(question, { kind: 'choice', index: 1 })).toBe(false);
		expect(gradeAnswer(question, { kind: 'text', text: 'c' })).toBe(false);
	});

	it('true or false: the index of True or False', () => {
		const question: Question = {
			...base,
			type: 'true-false',
			prompt: text('The ceremony took place on a Friday.'),
			options: [
				{ fr: 'Vrai', en: 'True' },
				{ fr: 'Faux', en: 'False' }
			],
			answerIndex: 1
		};
		expect(gradeAnswer(question, { kind: 'choice', index: 1 })).toBe(true);
		expect(gradeAnswer(question, { kind: 'choice', index: 0 })).toBe(false);
	});

	it('numeric: any usual way of writing the number', () => {
		const question: Question = {
			...base,
			type: 'numeric',
			prompt: text('How many?'),
			answer: 2500,
			unit: { fr: '{{n}} délégués', en: '{{n}} delegates' }
		};
		for (const typed of ['2500', '2 500', '2,500', '2.500', ' 2\u202f500 ']) {
			expect(gradeAnswer(question, { kind: 'text', text: typed }), typed).toBe(true);
		}
		for (const typed of ['250', '25000', '2500 delegates', '', 'deux mille cinq cents']) {
			expect(gradeAnswer(question, { kind: 'text', text: typed }), typed).toBe(false);
		}
	});

	it('fill in the blank: ignores case, accents, punctuation and spacing, accepts variants', () => {
		const question: Question = {
			...base,
			type: 'fill-blank',
			prompt: { fr: 'La cérémonie a eu lieu à _____.', en: 'The ceremony took place in _____.' },
			answer: { fr: 'Hanoï', en: 'Hanoi' },
			accept: ['Hanoï', 'Hanoi', 'Hà Nội']
		};
		for (const typed of ['Hanoï', 'hanoi', 'HANOI', 'Hà Nội', 'ha noi', 'Ha-Noi', ' hanoi. ']) {
			expect(gradeAnswer(question, { kind: 'text', text: typed }), typed).toBe(true);
		}
		for (const typed of ['Hano', 'Saigon', '', '   ']) {
			expect(gradeAnswer(question, { kind: 'text', text: typed }), typed).toBe(false);
		}
	});

	it('matching: every pair must be right', () => {
		const question: Question = {
			...base,
			type: 'matching',
			prompt: text('Match'),
			left: ['a', 'b', 'c'].map(text),
			right: ['z', 'x', 'y'].map(text),
			answer: [1, 2, 0]
		};
		expect(gradeAnswer(question, { kind: 'pairs', pairs: [1, 2, 0] })).toBe(true);
		expect(gradeAnswer(question, { kind: 'pairs', pairs: [1, 0, 2] })).toBe(false);
		expect(gradeAnswer(question, { kind: 'pairs', pairs: [1, 2] })).toBe(false);
	});

	it('ordering: the whole order must be right', () => {
		const question: Question = {
			...base,
			type: 'ordering',
			prompt: text('Order'),
			items: ['2019', '2001', '2024'].map(text),
			answer: [1, 0, 2]
		};
		expect(gradeAnswer(question, { kind: 'order', order: [1, 0, 2] })).toBe(true);
		expect(gradeAnswer(question, { kind: 'order', order: [0, 1, 2] })).toBe(false);
		expect(gradeAnswer(question, { kind: 'order', order: [1, 0] })).toBe(false);
	});
});
