import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { answerWithKeyboard, cliQuiz, LABELS, playQuiz } from './helpers';

const TEXT = {
	fr: {
		saved: 'Votre tentative est enregistrée dans ce navigateur.',
		caption: 'Tentatives terminées',
		export: 'Télécharger une sauvegarde',
		import: 'Restaurer une sauvegarde (fichier .json)',
		restored: /Sauvegarde restaurée : 1 tentative\(s\) ajoutée\(s\), 0 déjà présente\(s\)/,
		quarantined: /1 enregistrement illisible a été mis de côté/,
		review: 'Revoir',
		truncated: /incomplet ou illisible/,
		notBackup: /n’est pas une sauvegarde/,
		newer: /version plus récente/,
		tomorrow: '1 fait à revoir demain',
		practise: 'M’entraîner maintenant',
		memory: /ne sera pas conservée/,
		notKept: /ne sera pas conservée/
	},
	en: {
		saved: 'Your attempt is saved in this browser.',
		caption: 'Finished attempts',
		export: 'Download a backup',
		import: 'Restore a backup (.json file)',
		restored: /Backup restored: 1 attempt\(s\) added, 0 already there/,
		quarantined: /1 unreadable record was set aside/,
		review: 'Review',
		truncated: /incomplete or unreadable/,
		notBackup: /not a backup of this quiz/,
		newer: /newer version of the app/,
		tomorrow: '1 fact due tomorrow',
		practise: 'Practise now',
		memory: /will not be kept/,
		notKept: /will not be kept/
	}
} as const;

function historyRows(page: Page, lang: 'fr' | 'en') {
	return page.getByRole('table', { name: TEXT[lang].caption }).getByRole('row');
}

for (const lang of ['fr', 'en'] as const) {
	const text = TEXT[lang];

	test.describe(`progress in ${lang}`, () => {
		test('an attempt can be opened from the history to review its questions', async ({ page }) => {
			const quiz = cliQuiz([
				'--seed',
				'review-me',
				'--count',
				'3',
				'--lang',
				lang,
				'--types',
				'date,numeric'
			]);
			await playQuiz(page, quiz, [1]);
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(`/${lang}/progress`);
			await expect(historyRows(page, lang)).toHaveCount(2);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
			await page.getByRole('link', { name: new RegExp(text.review) }).click();
			await expect(page.getByRole('heading', { level: 3, name: /^Question \d/ })).toHaveCount(3);
			await expect(
				page.getByRole('heading', { level: 4, name: lang === 'fr' ? 'Mauvaise réponse.' : 'Not quite.' })
			).toHaveCount(1);
		});

		test('export, restore on another browser, and everything is back', async ({
			page,
			browser
		}, testInfo) => {
			await playQuiz(
				page,
				cliQuiz(['--seed', 'backup', '--count', '2', '--lang', lang, '--types', 'true-false'])
			);
			await page.goto(`/${lang}/progress`);
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: text.export }).click();
			const file = testInfo.outputPath('backup.json');
			await (await download).saveAs(file);

			const other = await browser.newContext();
			const fresh = await other.newPage();
			await fresh.goto(`/${lang}/progress`);
			await expect(fresh.getByText(lang === 'fr' ? 'Aucune tentative' : 'No attempts yet')).toBeVisible();
			await fresh.getByLabel(text.import).setInputFiles(file);
			await expect(fresh.getByRole('status').filter({ hasText: text.restored })).toBeVisible();
			await expect(historyRows(fresh, lang)).toHaveCount(2);
			await fresh.getByLabel(text.import).setInputFiles(file);
			await expect(
				fresh.getByRole('status').filter({
					hasText: lang === 'fr' ? '0 tentative(s) ajoutée(s), 1 déjà' : '0 attempt(s) added, 1 already'
				})
			).toBeVisible();
			await expect(historyRows(fresh, lang)).toHaveCount(2);

			const backup = readFileSync(file, 'utf8');
			for (const [content, message] of [
				[backup.slice(0, backup.length - 20), text.truncated],
				['{"format":"something-else","version":1}', text.notBackup],
				[backup.replace('"version":1', '"version":99'), text.newer]
			] as const) {
				const bad = testInfo.outputPath('bad.json');
				writeFileSync(bad, content);
				await fresh.getByLabel(text.import).setInputFiles(bad);
				await expect(fresh.getByRole('alert').filter({ hasText: message })).toBeVisible();
				await expect(historyRows(fresh, lang)).toHaveCount(2);
			}
			await other.close();
		});

		test('a corrupt record is reported while the rest of the history shows', async ({ page }) => {
			await playQuiz(
				page,
				cliQuiz(['--seed', 'corrupt', '--count', '2', '--lang', lang, '--types', 'true-false'])
			);
			await page.evaluate(
				() =>
					new Promise<void>((done, fail) => {
						const request = indexedDB.open('hanoi-convention-quiz');
						request.onsuccess = () => {
							const transaction = request.result.transaction('records', 'readwrite');
							transaction
								.objectStore('records')
								.put({ v: 2, data: { id: 'x', score: 'many' } }, 'attempt:planted');
							transaction.oncomplete = () => done();
							transaction.onerror = () => fail(transaction.error);
						};
						request.onerror = () => fail(request.error);
					})
			);
			await page.goto(`/${lang}/progress`);
			await expect(page.getByRole('alert').filter({ hasText: text.quarantined })).toBeVisible();
			await expect(historyRows(page, lang)).toHaveCount(2);
			await page.reload();
			await expect(page.getByRole('alert').filter({ hasText: text.quarantined })).toBeVisible();
		});

		test('practice schedules a missed fact for tomorrow', async ({ page }) => {
			const quiz = cliQuiz([
				'--seed',
				'practice-sched',
				'--count',
				'2',
				'--lang',
				lang,
				'--types',
				'single-choice'
			]);
			await playQuiz(page, quiz, [0]);
			await page.goto(`/${lang}/practice`);
			await expect(page.getByText(text.tomorrow)).toBeVisible();
			await page.getByRole('button', { name: text.practise }).click();
			await expect(page).toHaveURL(/facts=/);
			await expect(page.getByText(LABELS[lang].progress(1, 10))).toBeVisible();
		});
	});
}

test('two tabs finishing at the same moment both keep their attempt, and a third tab’s view updates', async ({
	context
}) => {
	const viewer = await context.newPage();
	await viewer.goto('/en/progress');
	await expect(viewer.getByText('No attempts yet')).toBeVisible();

	const quizzes = ['tab-one', 'tab-two'].map((seed) =>
		cliQuiz(['--seed', seed, '--count', '2', '--lang', 'en', '--types', 'true-false'])
	);
	const tabs = [await context.newPage(), await context.newPage()];
	for (const [index, tab] of tabs.entries()) {
		const quiz = quizzes[index]!;
		await tab.goto(quiz.link);
		await answerWithKeyboard(tab, 'en', quiz.questions[0]!);
		await expect(tab.locator('section.feedback')).toBeFocused();
		await tab.keyboard.press('Enter');
		await answerWithKeyboard(tab, 'en', quiz.questions[1]!);
		await expect(tab.locator('section.feedback')).toBeFocused();
	}
	await Promise.all(tabs.map((tab) => tab.keyboard.press('Enter')));
	for (const tab of tabs) await expect(tab.getByText(TEXT.en.saved)).toBeVisible();
	await expect(historyRows(viewer, 'en')).toHaveCount(3);
});

test.describe('without any browser storage', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', { get: () => undefined });
			Object.defineProperty(window, 'localStorage', {
				get: () => {
					throw new DOMException('denied', 'SecurityError');
				}
			});
		});
	});

	for (const lang of ['fr', 'en'] as const) {
		test(`the app still works and says progress will not be kept (${lang})`, async ({ page }) => {
			await page.goto(`/${lang}`);
			await expect(page.getByRole('alert').filter({ hasText: TEXT[lang].memory })).toBeVisible();
			await playQuiz(
				page,
				cliQuiz(['--seed', 'no-storage', '--count', '2', '--lang', lang, '--types', 'true-false'])
			);
			await expect(page.getByText(LABELS[lang].final(2, 2))).toBeVisible();
			await expect(page.getByRole('status').filter({ hasText: TEXT[lang].notKept })).toBeVisible();
		});
	}
});
