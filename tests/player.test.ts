import { expect, test, type Page } from '@playwright/test';
import { QUESTION_TYPES } from '../src/lib/quiz/types';
import { answerWithKeyboard, cliQuiz, expectNoAxeViolations, LABELS, type CliQuestion } from './helpers';

const ALL_TYPES = [...QUESTION_TYPES];

/** Checks the question on screen is the command line's, option for option, in the same order. */
async function expectSameQuestion(page: Page, question: CliQuestion) {
	const prompt = page.locator('#question-prompt');
	for (const part of question.prompt.split('_____'))
		if (part.trim()) await expect(prompt).toContainText(part.trim());
	if (question.options) {
		await expect(page.getByRole('radio')).toHaveCount(question.options.length);
		for (const [index, option] of question.options.entries()) {
			await expect(page.locator('.option').nth(index)).toContainText(option);
		}
	}
	if (question.left) {
		for (const [index, left] of question.left.entries()) {
			const select = page.getByRole('combobox').nth(index);
			await expect(page.locator(`label[for="match-${index}"]`)).toHaveText(left);
			await expect(select.locator('option')).toHaveText([/.+/, ...question.right!]);
		}
	}
	if (question.items) {
		await expect(page.getByRole('list', { name: /order|ordre/i }).getByRole('listitem')).toHaveText(
			question.items.map((item) => new RegExp(escape(item)))
		);
	}
}

/**
 * The time left shown by the quiz's timer, allowing for up to 3 seconds of real time: Playwright's clock jumps
 * when the test says so, but also runs on between steps, which a loaded machine can make last seconds.
 */
function nearly(minutes: number, seconds: number): RegExp {
	const shown = [0, 1, 2, 3].map((lag) => {
		const left = minutes * 60 + seconds - lag;
		return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
	});
	return new RegExp(`\\b(${shown.join('|')})\\b`);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const lang of ['fr', 'en'] as const) {
	const labels = LABELS[lang];

	test.describe(`player in ${lang}`, () => {
		test('the link printed by the command line shows the same quiz; every type answered right by keyboard', async ({
			page
		}) => {
			const quiz = cliQuiz(['--seed', 'every-type-2', '--count', '16', '--lang', lang]);
			expect(new Set(quiz.questions.map((question) => question.type))).toEqual(new Set(ALL_TYPES));
			await page.goto(quiz.link);
			for (const [index, question] of quiz.questions.entries()) {
				await expect(page.getByText(labels.progress(index + 1, quiz.questions.length))).toBeVisible();
				await expectSameQuestion(page, question);
				await answerWithKeyboard(page, lang, question);
				const feedback = page.locator('section.feedback');
				await expect(feedback).toBeFocused();
				await expect(feedback.getByRole('heading', { level: 2 })).toHaveText(
					lang === 'fr' ? 'Bonne réponse !' : 'Correct!'
				);
				await page.keyboard.press('Enter');
			}
			await expect(page.getByRole('heading', { name: labels.result })).toBeFocused();
			await expect(page.getByText(labels.final(16, 16))).toBeVisible();
		});

		test('a wrong answer shows the right answer, the explanation and the source', async ({ page }) => {
			const quiz = cliQuiz([
				'--seed',
				'wrong-one',
				'--count',
				'3',
				'--lang',
				lang,
				'--types',
				'single-choice'
			]);
			await page.goto(quiz.link);
			const question = quiz.questions[0]!;
			await expect(page.locator('#question-prompt')).toBeFocused();
			// Positions in the document, not the viewport: moving focus to the feedback may scroll, which is fine.
			const boxes = () =>
				page.evaluate(() =>
					[...document.querySelectorAll('#question-prompt, .option')].map((element) => {
						const box = element.getBoundingClientRect();
						return [box.left + scrollX, box.top + scrollY, box.width, box.height];
					})
				);
			const before = await boxes();
			await answerWithKeyboard(page, lang, question, false);
			await expect(page.locator('section.feedback')).toBeFocused();
			// Nothing above the feedback moves when it appears.
			expect(await boxes()).toEqual(before);
			const feedback = page.locator('section.feedback');
			await expect(feedback.getByRole('heading', { level: 2 })).toHaveText(
				lang === 'fr' ? 'Mauvaise réponse.' : 'Not quite.'
			);
			await expect(feedback).toContainText(String(question.answer));
			await expect(feedback.getByText(lang === 'fr' ? 'Pourquoi' : 'Why')).toBeVisible();
			await expect(feedback.getByText('Source', { exact: true })).toBeVisible();
			await expect(feedback.getByRole('listitem').first()).not.toBeEmpty();
			await expect(page.locator('.option.wrong')).toHaveCount(1);
			await expect(page.locator('.option.right')).toHaveCount(1);
		});

		test('reload mid-quiz resumes at the same question with the answers given', async ({ page }) => {
			const quiz = cliQuiz([
				'--seed',
				'resume-me',
				'--count',
				'5',
				'--lang',
				lang,
				'--types',
				'single-choice,true-false'
			]);
			await page.goto(quiz.link);
			await answerWithKeyboard(page, lang, quiz.questions[0]!);
			await expect(page.locator('section.feedback')).toBeFocused();
			await page.keyboard.press('Enter');
			await answerWithKeyboard(page, lang, quiz.questions[1]!, false);
			await expect(page.locator('section.feedback')).toBeFocused();
			await page.reload();
			await expect(page.getByText(labels.progress(2, 5))).toBeVisible();
			await expect(
				page.getByRole('status').filter({ hasText: lang === 'fr' ? 'Quiz repris' : 'Quiz resumed' })
			).toBeVisible();
			await expect(page.locator('section.feedback').getByRole('heading', { level: 2 })).toHaveText(
				lang === 'fr' ? 'Mauvaise réponse.' : 'Not quite.'
			);
			await expect(page.getByText(lang === 'fr' ? 'Score : 1' : 'Score: 1')).toBeVisible();

			await page.goto(`/${lang}`);
			await page.getByRole('link', { name: lang === 'fr' ? 'Reprendre le quiz' : 'Resume the quiz' }).click();
			await expect(page.getByText(labels.progress(2, 5))).toBeVisible();
		});

		test('switching language mid-quiz keeps the question, the option order and the answers', async ({
			page
		}) => {
			const other = lang === 'fr' ? 'en' : 'fr';
			const quiz = cliQuiz([
				'--seed',
				'switch-mid',
				'--count',
				'4',
				'--lang',
				lang,
				'--types',
				'single-choice,date'
			]);
			const translated = cliQuiz([
				'--seed',
				'switch-mid',
				'--count',
				'4',
				'--lang',
				other,
				'--types',
				'single-choice,date'
			]);
			await page.goto(quiz.link);
			await answerWithKeyboard(page, lang, quiz.questions[0]!);
			await expect(page.locator('section.feedback')).toBeFocused();
			await page.keyboard.press('Enter');
			await expectSameQuestion(page, quiz.questions[1]!);
			await page.getByRole('link', { name: labels.switchTo }).click();
			await expect(page.locator('html')).toHaveAttribute('lang', other);
			await expect(page.getByText(LABELS[other].progress(2, 4))).toBeVisible();
			await expectSameQuestion(page, translated.questions[1]!);
			await expect(page.getByText(other === 'fr' ? 'Score : 1' : 'Score: 1')).toBeVisible();
		});

		test('exam mode shows no feedback until the end, then reviews every question', async ({ page }) => {
			const quiz = cliQuiz([
				'--seed',
				'exam',
				'--count',
				'3',
				'--lang',
				lang,
				'--types',
				'single-choice,true-false'
			]);
			await page.goto(`${quiz.link}&mode=exam`);
			await expect(page.getByText(lang === 'fr' ? 'Score :' : 'Score:')).toHaveCount(0);
			for (const question of quiz.questions) {
				await expectSameQuestion(page, question);
				await answerWithKeyboard(page, lang, question, false);
				await expect(page.locator('section.feedback').getByRole('heading')).toHaveCount(0);
			}
			await expect(page.getByText(labels.final(0, 3))).toBeVisible();
			await expect(
				page.getByRole('heading', {
					name: lang === 'fr' ? 'Toutes les questions et leurs corrections' : 'Every question and its answer'
				})
			).toBeVisible();
			await expect(page.getByRole('heading', { level: 4 })).toHaveCount(3);
		});

		test('the missed questions can be practised again', async ({ page }) => {
			const quiz = cliQuiz([
				'--seed',
				'practice',
				'--count',
				'3',
				'--lang',
				lang,
				'--types',
				'single-choice'
			]);
			await page.goto(quiz.link);
			for (const [index, question] of quiz.questions.entries()) {
				await answerWithKeyboard(page, lang, question, index !== 1);
				await expect(page.locator('section.feedback')).toBeFocused();
				await page.keyboard.press('Enter');
			}
			await expect(page.getByText(labels.final(2, 3))).toBeVisible();
			await page
				.getByRole('link', {
					name: lang === 'fr' ? 'M’entraîner sur les questions manquées' : 'Practise the ones I missed'
				})
				.click();
			await expect(page.getByText(labels.progress(1, 1))).toBeVisible();
			expect(new URL(page.url()).searchParams.get('facts')).toBe(quiz.questions[1]!.factIds.join(','));
		});

		test('leaving a quiz on purpose asks for confirmation', async ({ page }) => {
			const quiz = cliQuiz(['--seed', 'leave', '--count', '3', '--lang', lang, '--types', 'true-false']);
			await page.goto(quiz.link);
			await expect(page.getByText(labels.progress(1, 3))).toBeVisible();
			let asked = '';
			page.once('dialog', (dialog) => {
				asked = dialog.message();
				void dialog.dismiss();
			});
			await page.getByRole('link', { name: lang === 'fr' ? 'Progression' : 'Progress', exact: true }).click();
			await expect(page.getByText(labels.progress(1, 3))).toBeVisible();
			expect(asked).toMatch(lang === 'fr' ? /Quitter le quiz/ : /Leave the quiz/);
		});

		test('the timer can be paused and extended, and ends the quiz when it runs out', async ({ page }) => {
			await page.clock.install();
			const quiz = cliQuiz(['--seed', 'timer', '--count', '3', '--lang', lang, '--types', 'true-false']);
			await page.goto(`${quiz.link}&timer=1`);
			const timer = page.getByRole('timer');
			await expect(timer).toContainText(nearly(1, 0));
			await page.clock.runFor(10_000);
			await expect(timer).toContainText(nearly(0, 50));
			await page.getByRole('button', { name: lang === 'fr' ? 'Mettre en pause' : 'Pause' }).click();
			await expect(timer).toHaveText(lang === 'fr' ? 'Minuteur en pause' : 'Timer paused');
			await page.clock.runFor(30_000);
			await page.getByRole('button', { name: lang === 'fr' ? 'Reprendre' : 'Resume' }).click();
			await expect(timer).toContainText(nearly(0, 50));
			await page.getByRole('button', { name: '+5 minutes' }).click();
			await expect(timer).toContainText(nearly(5, 50));
			await page.clock.runFor(351_000);
			await expect(page.getByRole('alert')).toContainText(lang === 'fr' ? 'Temps écoulé' : 'Time is up');
			await expect(page.getByText(labels.final(0, 3))).toBeVisible();
		});
	});
}

test.describe('accessibility', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const lang of ['fr', 'en'] as const) {
			test(`axe finds nothing on any step, ${lang}, ${colorScheme}`, async ({ page }) => {
				await page.emulateMedia({ colorScheme });
				for (const path of ['', '/quiz', '/progress']) {
					await page.goto(`/${lang}${path}`);
					await expect(page.locator('h1')).toBeVisible();
					await expectNoAxeViolations(page, `/${lang}${path}`);
				}
				const quiz = cliQuiz(['--seed', 'every-type-2', '--count', '16', '--lang', lang]);
				await page.goto(`${quiz.link}&timer=30`);
				const seen = new Set<string>();
				for (const [index, question] of quiz.questions.entries()) {
					await expect(page.getByText(LABELS[lang].progress(index + 1, 16))).toBeVisible();
					if (!seen.has(question.type)) await expectNoAxeViolations(page, `question ${question.type}`);
					await answerWithKeyboard(page, lang, question, index % 2 === 0);
					await expect(page.locator('section.feedback')).toBeFocused();
					if (!seen.has(question.type)) await expectNoAxeViolations(page, `feedback ${question.type}`);
					seen.add(question.type);
					await page.keyboard.press('Enter');
				}
				await expect(page.getByRole('heading', { name: LABELS[lang].result })).toBeVisible();
				await expectNoAxeViolations(page, 'results');
			});
		}
	}
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

	test('every screen fits 320 px and touch targets are at least 44 px', async ({ page }) => {
		const quiz = cliQuiz(['--seed', 'every-type-2', '--count', '16', '--lang', 'fr']);
		const fits = async () => {
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
		};
		const targetsAreLarge = async () => {
			const small = await page.evaluate(
				() =>
					[...document.querySelectorAll('button, a.button, select, input[type="text"], label.option, nav a')]
						.filter((element) => (element as HTMLElement).offsetParent !== null)
						.map((element) => element.getBoundingClientRect())
						.filter((box) => box.height < 44 || box.width < 44).length
			);
			expect(small).toBe(0);
		};
		for (const path of ['/fr', '/fr/quiz', '/fr/progress']) {
			await page.goto(path);
			await fits();
			await targetsAreLarge();
		}
		await page.goto(quiz.link);
		for (const question of quiz.questions) {
			await expect(page.locator('#question-prompt')).toBeVisible();
			await fits();
			await targetsAreLarge();
			await answerWithKeyboard(page, 'fr', question);
			await expect(page.locator('section.feedback')).toBeFocused();
			await page.keyboard.press('Enter');
		}
		await expect(page.getByText(LABELS.fr.final(16, 16))).toBeVisible();
		await fits();
	});
});
