import { expect, test } from '@playwright/test';
import { answerWithKeyboard, cliQuiz, LABELS } from './helpers';

const LANGS = [
	{
		lang: 'fr',
		other: 'en',
		quick: 'Quiz express',
		switchTo: 'Read this page in English',
		progress: /Question (\d+) sur 10/,
		result: 'Votre résultat',
		saved: 'Votre tentative est enregistrée dans ce navigateur.',
		progressTitle: 'Ma progression',
		caption: 'Tentatives terminées'
	},
	{
		lang: 'en',
		other: 'fr',
		quick: 'Quick quiz',
		switchTo: 'Lire cette page en français',
		progress: /Question (\d+) of 10/,
		result: 'Your result',
		saved: 'Your attempt is saved in this browser.',
		progressTitle: 'My progress',
		caption: 'Finished attempts'
	}
] as const;

test.describe('landing on a language', () => {
	for (const [locale, expected] of [
		['en-US', 'en'],
		['fr-CA', 'fr'],
		['de-DE', 'fr']
	] as const) {
		test.describe(`with a browser in ${locale}`, () => {
			test.use({ locale });
			test(`/ goes to /${expected}`, async ({ page }) => {
				await page.goto('/');
				await expect(page).toHaveURL(new RegExp(`/${expected}$`));
				await expect(page.locator('html')).toHaveAttribute('lang', expected);
			});
		});
	}

	test('a saved choice wins over the browser language', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'fr-FR' });
		const page = await context.newPage();
		await page.goto('/fr/quiz');
		// The choice is saved by the page's script: wait until the page is interactive (its form says so).
		await expect(page.getByRole('button', { name: 'Commencer', exact: true })).toBeEnabled();
		await page.getByRole('link', { name: 'Read this page in English' }).click();
		await expect(page).toHaveURL(/\/en\/quiz$/);
		await page.goto('/');
		await expect(page).toHaveURL(/\/en$/);
		await context.close();
	});
});

test('prerendered pages carry their language from the first byte', async ({ request }) => {
	for (const path of ['/fr', '/en', '/fr/quiz', '/en/progress']) {
		const html = await (await request.get(path)).text();
		expect(html).toContain(`<html lang="${path.slice(1, 3)}"`);
	}
});

for (const l of LANGS) {
	test.describe(`in ${l.lang}`, () => {
		test('switching language keeps the page, the query and the quiz state', async ({ page }) => {
			const quiz = cliQuiz(['--seed', 'switch-test', '--count', '10', '--lang', l.lang]);
			await page.goto(quiz.link);
			await expect(page.getByText(l.progress)).toHaveText(l.progress);
			await answerWithKeyboard(page, l.lang, quiz.questions[0]!);
			await expect(page.locator('section.feedback')).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page.getByText(l.progress)).toContainText('2');
			await page.getByRole('link', { name: l.switchTo }).click();
			await expect(page).toHaveURL(new RegExp(`/${l.other}/quiz\\?seed=switch-test$`));
			await expect(page.locator('html')).toHaveAttribute('lang', l.other);
			const other = LANGS.find((item) => item.lang === l.other)!;
			await expect(page.getByText(other.progress)).toHaveText(other.progress);
			await expect(page.getByText(other.progress)).toContainText('2');
		});

		test('take a whole quiz with the keyboard, see the score, find it in Progress after a reload', async ({
			page
		}) => {
			await page.goto(`/${l.lang}`);
			await page.getByRole('link', { name: l.quick }).click();
			await expect(page).toHaveURL(new RegExp(`/${l.lang}/quiz\\?seed=[a-z2-9]{8}$`));
			const seed = new URL(page.url()).searchParams.get('seed')!;
			const quiz = cliQuiz(['--seed', seed, '--count', '10', '--lang', l.lang]);
			for (const [index, question] of quiz.questions.entries()) {
				await expect(page.getByText(l.progress)).toHaveText(new RegExp(`${index + 1}`));
				await answerWithKeyboard(page, l.lang, question, index % 3 !== 0);
				await expect(page.locator('section.feedback')).toBeFocused();
				await page.keyboard.press('Enter');
			}
			await expect(page.getByRole('heading', { name: l.result })).toBeFocused();
			await expect(page.getByText(LABELS[l.lang].final(6, 10))).toBeVisible();
			await expect(page.getByText(l.saved)).toBeVisible();

			await page.goto(`/${l.lang}/progress`);
			await page.reload();
			await expect(page.getByRole('heading', { name: l.progressTitle })).toBeVisible();
			const table = page.getByRole('table', { name: l.caption });
			await expect(table.getByRole('row')).toHaveCount(2);
			await expect(table.getByRole('cell', { name: '6 / 10' })).toBeVisible();
		});
	});
}
