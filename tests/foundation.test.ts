import { expect, test, type Page } from '@playwright/test';

const LANGS = [
	{
		lang: 'fr',
		other: 'en',
		start: 'Commencer un quiz',
		switchTo: 'Read this page in English',
		progress: /Question (\d+) sur 10/,
		confirm: 'Valider',
		result: 'Votre résultat',
		final: /Vous avez obtenu (\d+) sur 10\./,
		saved: 'Votre tentative est enregistrée dans ce navigateur.',
		progressTitle: 'Ma progression',
		caption: 'Tentatives terminées'
	},
	{
		lang: 'en',
		other: 'fr',
		start: 'Start a quiz',
		switchTo: 'Lire cette page en français',
		progress: /Question (\d+) of 10/,
		confirm: 'Confirm',
		result: 'Your result',
		final: /You scored (\d+) out of 10\./,
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
		await page.goto('/fr');
		await page.getByRole('link', { name: 'Read this page in English' }).click();
		await expect(page).toHaveURL(/\/en$/);
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

async function answerByKeyboard(page: Page, confirm: string) {
	await page.keyboard.press('2');
	await expect(page.getByRole('radio').nth(1)).toBeChecked();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: confirm })).toHaveCount(0);
	await page.keyboard.press('Enter');
}

for (const l of LANGS) {
	test.describe(`in ${l.lang}`, () => {
		test('switching language keeps the page, the query and the quiz state', async ({ page }) => {
			await page.goto(`/${l.lang}/quiz?seed=switch-test`);
			await expect(page.getByText(l.progress)).toHaveText(l.progress);
			const firstPrompt = await page.locator('legend').textContent();
			await answerByKeyboard(page, l.confirm);
			await expect(page.getByText(l.progress)).toContainText('2');
			await page.getByRole('link', { name: l.switchTo }).click();
			await expect(page).toHaveURL(new RegExp(`/${l.other}/quiz\\?seed=switch-test$`));
			await expect(page.locator('html')).toHaveAttribute('lang', l.other);
			const other = LANGS.find((item) => item.lang === l.other)!;
			await expect(page.getByText(other.progress)).toHaveText(other.progress);
			await expect(page.getByText(other.progress)).toContainText('2');
			expect(await page.locator('legend').textContent()).not.toBe(firstPrompt);
		});

		test('take a whole quiz with the keyboard, see the score, find it in Progress after a reload', async ({
			page
		}) => {
			await page.goto(`/${l.lang}`);
			await page.getByRole('link', { name: l.start }).click();
			await expect(page).toHaveURL(new RegExp(`/${l.lang}/quiz\\?seed=[a-z2-9]{8}$`));
			for (let question = 1; question <= 10; question++) {
				await expect(page.getByText(l.progress)).toHaveText(new RegExp(`${question}`));
				await expect(page.getByRole('radio')).toHaveCount(4);
				await answerByKeyboard(page, l.confirm);
			}
			await expect(page.getByRole('heading', { name: l.result })).toBeFocused();
			const final = await page.getByText(l.final).textContent();
			const score = Number(l.final.exec(final ?? '')?.[1]);
			expect(score).toBeGreaterThanOrEqual(0);
			await expect(page.getByText(l.saved)).toBeVisible();

			await page.goto(`/${l.lang}/progress`);
			await page.reload();
			await expect(page.getByRole('heading', { name: l.progressTitle })).toBeVisible();
			const table = page.getByRole('table', { name: l.caption });
			await expect(table.getByRole('row')).toHaveCount(2);
			await expect(table.getByRole('cell', { name: `${score} / 10` })).toBeVisible();
		});
	});
}
