/** Shared steps for the end-to-end tests: the answer key from the command line, and answering by keyboard. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';

export type CliQuestion = {
	type: string;
	prompt: string;
	options?: string[];
	answer: unknown;
	left?: string[];
	right?: string[];
	items?: string[];
	factIds: string[];
};
export type CliQuiz = { link: string; seed: string; lang: 'fr' | 'en'; questions: CliQuestion[] };

/** Runs `npm run quiz` (the same code path, without npm's banner) and returns its JSON. */
export function cliQuiz(args: string[]): CliQuiz {
	const output = execFileSync('npx', ['tsx', 'scripts/quiz.ts', '--format', 'json', ...args], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore']
	});
	return JSON.parse(output) as CliQuiz;
}

export const LABELS = {
	fr: {
		progress: (n: number, total: number) => `Question ${n} sur ${total}`,
		confirm: 'Valider',
		answer: 'Votre réponse',
		next: 'Question suivante',
		finish: 'Voir mon résultat',
		result: 'Votre résultat',
		final: (score: number, total: number) => `Vous avez obtenu ${score} sur ${total}.`,
		moveUp: (item: string) => `Monter « ${item} »`,
		switchTo: 'Read this page in English'
	},
	en: {
		progress: (n: number, total: number) => `Question ${n} of ${total}`,
		confirm: 'Confirm',
		answer: 'Your answer',
		next: 'Next question',
		finish: 'See my result',
		result: 'Your result',
		final: (score: number, total: number) => `You scored ${score} out of ${total}.`,
		moveUp: (item: string) => `Move "${item}" up`,
		switchTo: 'Lire cette page en français'
	}
} as const;

/**
 * Answers the question on screen with the keyboard only: digit keys for options, typing for entries, arrow keys
 * in the matching selects, "move up" buttons for ordering, Enter to confirm. With `right` false, answers wrongly.
 */
export async function answerWithKeyboard(page: Page, lang: 'fr' | 'en', question: CliQuestion, right = true) {
	const labels = LABELS[lang];
	// Focus goes to the question when it appears: the sign that its controls are ready for keys.
	await expect(page.locator('#question-prompt')).toBeFocused();
	switch (question.type) {
		case 'single-choice':
		case 'date':
		case 'who-said-it':
		case 'true-false': {
			const options = question.options!;
			const rightIndex = options.indexOf(question.answer as string);
			const index = right ? rightIndex : (rightIndex + 1) % options.length;
			await page.keyboard.press(String(index + 1));
			await expect(page.getByRole('radio').nth(index)).toBeChecked();
			await page.keyboard.press('Enter');
			break;
		}
		case 'numeric':
		case 'fill-blank': {
			await page.keyboard.press('Tab');
			await expect(page.getByRole('textbox', { name: labels.answer })).toBeFocused();
			const text = question.type === 'numeric' ? String(question.answer) : String(question.answer);
			await page.keyboard.type(right ? text : `${text}zz`);
			await page.keyboard.press('Enter');
			break;
		}
		case 'matching': {
			const pairs = question.answer as { left: string; right: string }[];
			for (const [index, pair] of pairs.entries()) {
				const select = page.getByRole('combobox', { name: pair.left, exact: true });
				await select.focus();
				const target = right
					? question.right!.indexOf(pair.right)
					: (question.right!.indexOf(pair.right) + 1) % pairs.length;
				for (let step = 0; step <= target; step++) await page.keyboard.press('ArrowDown');
				await expect(select).toHaveValue(String(target));
				if (index === pairs.length - 1) {
					await page.keyboard.press('Tab');
					await expect(page.getByRole('button', { name: labels.confirm })).toBeFocused();
					await page.keyboard.press('Enter');
				}
			}
			break;
		}
		case 'ordering': {
			const wanted = question.answer as string[];
			if (right) {
				const current = [...question.items!];
				for (let position = 0; position < wanted.length; position++) {
					let at = current.indexOf(wanted[position]!);
					while (at > position) {
						const button = page.getByRole('button', { name: labels.moveUp(wanted[position]!), exact: true });
						await button.focus();
						await page.keyboard.press('Enter');
						[current[at - 1], current[at]] = [current[at]!, current[at - 1]!];
						at -= 1;
					}
				}
			}
			const confirm = page.getByRole('button', { name: labels.confirm });
			await confirm.focus();
			await page.keyboard.press('Enter');
			break;
		}
		default:
			throw new Error(`unknown question type ${question.type}`);
	}
}

/** Plays a whole quiz from its command-line key; `wrong` lists the question indices to answer wrongly. */
export async function playQuiz(page: Page, quiz: CliQuiz, wrong: number[] = []) {
	await page.goto(quiz.link);
	for (const [index, question] of quiz.questions.entries()) {
		await answerWithKeyboard(page, quiz.lang, question, !wrong.includes(index));
		await expect(page.locator('section.feedback')).toBeFocused();
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: LABELS[quiz.lang].result })).toBeFocused();
}

/** Runs axe on the page as it is now and expects no violation; `where` names the screen in the failure. */
export async function expectNoAxeViolations(page: Page, where: string) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((violation) => `${where}: ${violation.id} ${violation.nodes[0]?.target}`)
	).toEqual([]);
}
