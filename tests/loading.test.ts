/**
 * Parts of pages load after first paint (the quiz player, the progress report, the print sheet, the teacher's
 * results and the fact file). When one cannot load, the page says so in its language and offers to try again;
 * trying again once the network is back shows the page, with nothing lost.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

// Requests a service worker answers cannot be intercepted: this test needs the network to be the only source.
test.use({ serviceWorkers: 'block' });

const TEXT = {
	fr: {
		failed: 'Cette partie de l’application n’a pas pu se charger. Vérifiez votre connexion, puis réessayez.',
		retry: 'Réessayer',
		progressEmpty: 'Aucune tentative pour l’instant. Lancez un quiz !',
		practise: 'M’entraîner maintenant',
		print: 'Imprimer',
		create: 'Créer le quiz et son lien',
		share: 'Partager',
		noReceipts: 'Aucun résultat reçu pour ce quiz.'
	},
	en: {
		failed: 'This part of the app could not load. Check your connection, then try again.',
		retry: 'Try again',
		progressEmpty: 'No attempts yet. Start a quiz!',
		practise: 'Practise now',
		print: 'Print',
		create: 'Create the quiz and its link',
		share: 'Share',
		noReceipts: 'No result received for this quiz yet.'
	}
} as const;

for (const lang of ['fr', 'en'] as const) {
	const text = TEXT[lang];

	test(`when the fact file cannot load, each page says so and trying again works (${lang})`, async ({
		page
	}) => {
		let blocked = true;
		await page.route(/\/facts\.[\w-]+\.json$/, (route) => (blocked ? route.abort() : route.continue()));
		/** Sees the message, lets the network back, and tries again. */
		async function retry() {
			await expect(page.getByRole('alert')).toContainText(text.failed);
			await expectNoAxeViolations(page, page.url());
			blocked = false;
			await page.getByRole('button', { name: text.retry }).click();
		}

		await page.goto(`/${lang}/quiz?seed=retry-me&n=5`);
		await retry();
		await expect(page.locator('#question-prompt')).toBeVisible();

		// An empty history has nothing to relate to facts, so it shows without them.
		blocked = true;
		await page.goto(`/${lang}/progress`);
		await expect(page.getByText(text.progressEmpty)).toBeVisible();

		await page.goto(`/${lang}/practice`);
		await retry();
		await expect(page.getByRole('button', { name: text.practise })).toBeVisible();

		blocked = true;
		await page.goto(`/${lang}/print?seed=print-me&n=5`);
		await retry();
		await expect(page.getByRole('button', { name: text.print })).toBeVisible();

		blocked = true;
		await page.goto(`/${lang}/teacher`);
		await page.getByRole('button', { name: text.create }).click();
		await retry();
		await expect(page.getByRole('heading', { name: text.share })).toBeVisible();
		await expect(page.getByText(text.noReceipts)).toBeVisible();

		// The saved quiz's results need the fact file too: they wait for it rather than show an empty table.
		blocked = true;
		await page.reload();
		await expect(page.getByRole('alert')).toContainText(text.failed);
		await expect(page.getByText(text.noReceipts)).toBeHidden();
		blocked = false;
		await page.getByRole('button', { name: text.retry }).click();
		await expect(page.getByText(text.noReceipts)).toBeVisible();
	});
}
