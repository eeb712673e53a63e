import { expect, test, type Page } from '@playwright/test';
import { cliQuiz, expectNoAxeViolations, playQuiz } from './helpers';

const ORIGIN = 'http://127.0.0.1:4173';

/** Records every request and every CSP violation the page makes. */
function watch(page: Page) {
	const foreign: string[] = [];
	const violations: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
	});
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
	});
	return { foreign, violations };
}

test('no page requests another origin, and nothing breaks the Content Security Policy', async ({ page }) => {
	const { foreign, violations } = watch(page);
	for (const lang of ['fr', 'en']) {
		for (const path of ['', '/quiz', '/practice', '/progress', '/teacher', '/print?seed=abc']) {
			await page.goto(`/${lang}${path}`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		}
	}
	await playQuiz(page, cliQuiz(['--seed', 'no-foreign', '--count', '8', '--lang', 'en']));
	await page.goto('/en/teacher');
	await page.getByRole('button', { name: 'Create the quiz and its link' }).click();
	await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
	expect(foreign).toEqual([]);
	expect(violations).toEqual([]);
});

test('every page carries a CSP that allows no inline script', async ({ request }) => {
	for (const path of ['/', '/fr', '/en/quiz', '/fr/teacher', '/quiz']) {
		const html = await (await request.get(path)).text();
		const policy = /http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
		expect(policy, path).toBeTruthy();
		const scriptSource = /script-src ([^;]+)/.exec(policy!)?.[1] ?? '';
		expect(scriptSource).toContain("'self'");
		expect(scriptSource).not.toContain('unsafe-inline');
		expect(scriptSource).not.toContain('unsafe-eval');
	}
});

test('a teacher title that looks like HTML is shown as text, never run', async ({ page }) => {
	let alerted = false;
	page.on('dialog', (dialog) => {
		alerted = true;
		void dialog.dismiss();
	});
	await page.goto('/en/teacher');
	const title = '<img src=x onerror=alert(1)><script>alert(2)</script>';
	await page.getByLabel('Quiz title (shown to students)', { exact: true }).fill(title);
	await page.getByRole('button', { name: 'Create the quiz and its link' }).click();
	const link = await page.getByRole('textbox', { name: 'Quiz link for students' }).inputValue();
	await page.goto(link);
	await expect(page.getByText(title)).toBeVisible();
	await expect(page.locator('main img')).toHaveCount(0);
	expect(alerted).toBe(false);
});

test.describe('accessibility of the other screens', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const lang of ['fr', 'en'] as const) {
			test(`axe finds nothing on progress, practice, teacher and print with data, ${lang}, ${colorScheme}`, async ({
				page
			}) => {
				await page.emulateMedia({ colorScheme });
				await playQuiz(page, cliQuiz(['--seed', 'axe-data', '--count', '4', '--lang', lang]), [1]);
				const scan = (where: string) => expectNoAxeViolations(page, where);
				await scan('results');
				await page.goto(`/${lang}/progress`);
				await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
				await scan('progress');
				await page.goto(`/${lang}/practice`);
				await expect(
					page.getByRole('button', { name: lang === 'fr' ? 'M’entraîner maintenant' : 'Practise now' })
				).toBeVisible();
				await scan('practice');
				await page
					.getByRole('link', { name: lang === 'fr' ? 'Progression' : 'Progress', exact: true })
					.click();
				await page
					.getByRole('link', { name: lang === 'fr' ? /^Revoir/ : /^Review/ })
					.first()
					.click();
				await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
				await scan('attempt review');
				await page.goto(`/${lang}/teacher`);
				await page
					.getByRole('button', {
						name: lang === 'fr' ? 'Créer le quiz et son lien' : 'Create the quiz and its link'
					})
					.click();
				await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
				await scan('teacher');
				await page.goto(`/${lang}/print?seed=axe&n=5`);
				await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
				await scan('print');
			});
		}
	}
});
