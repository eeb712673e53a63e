import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const TEXT = {
	fr: {
		teacher: '/fr/teacher',
		title: 'Titre du quiz (affiché aux élèves)',
		five: '5',
		fixedSeed: 'Graine fixe',
		seed: 'Graine (lettres, chiffres, tirets)',
		french: 'Français',
		create: 'Créer le quiz et son lien',
		link: 'Lien du quiz pour les élèves',
		copy: 'Copier le lien',
		copied: 'Lien copié.',
		confirm: 'Valider',
		next: /Question suivante|Voir mon résultat/,
		name: 'Votre nom',
		createReceipt: 'Créer mon reçu',
		receiptLink: 'Lien du reçu pour l’enseignant',
		paste: 'Coller un code ou un lien de résultat envoyé par un élève',
		add: 'Ajouter le résultat',
		added: /Résultat de Lê Thị Hoa ajouté/,
		duplicate: /a déjà été ajouté/,
		students: 'Résultats par élève',
		csv: 'Télécharger en CSV',
		badLink: 'Ce lien de quiz n’est pas valide.',
		fresh: 'Commencer un nouveau quiz',
		print: 'Version imprimable (questions et corrigé)',
		key: 'Corrigé',
		honesty: /ne prouve rien/
	},
	en: {
		teacher: '/en/teacher',
		title: 'Quiz title (shown to students)',
		five: '5',
		fixedSeed: 'Fixed seed',
		seed: 'Seed (letters, digits, dashes)',
		french: 'English',
		create: 'Create the quiz and its link',
		link: 'Quiz link for students',
		copy: 'Copy the link',
		copied: 'Link copied.',
		confirm: 'Confirm',
		next: /Next question|See my result/,
		name: 'Your name',
		createReceipt: 'Create my receipt',
		receiptLink: 'Receipt link for the teacher',
		paste: 'Paste a result code or link sent by a student',
		add: 'Add the result',
		added: /Result of Lê Thị Hoa added/,
		duplicate: /was already added/,
		students: 'Results per student',
		csv: 'Download as CSV',
		badLink: 'This quiz link is not valid.',
		fresh: 'Start a new quiz',
		print: 'Printable version (questions and answer key)',
		key: 'Answer key',
		honesty: /proves nothing/
	}
} as const;

/** Builds a 5-question true/false quiz with a title that looks like HTML, as a teacher would. */
async function buildQuiz(page: Page, lang: 'fr' | 'en', seed = `class-${lang}`) {
	const text = TEXT[lang];
	await page.goto(text.teacher);
	await expect(page.getByText(text.honesty)).toBeVisible();
	await page.getByLabel(text.title, { exact: true }).fill('3e B <b>révision</b> & co');
	await page.getByRole('radio', { name: text.five, exact: true }).check();
	await page.getByRole('checkbox', { name: lang === 'fr' ? 'Choix unique' : 'Single choice' }).uncheck();
	for (const type of lang === 'fr'
		? ['Nombre à saisir', 'Date', 'Qui l’a dit ?', 'Associations', 'Ordre chronologique', 'Texte à trous']
		: ['Number entry', 'Date', 'Who said it?', 'Matching', 'Chronological order', 'Fill in the blank']) {
		await page.getByRole('checkbox', { name: type, exact: true }).uncheck();
	}
	await page.getByRole('radio', { name: text.fixedSeed }).check();
	await page.getByLabel(text.seed).fill(seed);
	await page.getByRole('radio', { name: text.french, exact: true }).check();
	await page.getByRole('button', { name: text.create }).click();
	const link = await page.getByRole('textbox', { name: text.link }).inputValue();
	expect(link).toContain(`/${lang}/quiz?q=1.`);
	const preview = await page.locator('.key > li .prompt').allTextContents();
	expect(preview).toHaveLength(5);
	return { link, preview };
}

for (const lang of ['fr', 'en'] as const) {
	const text = TEXT[lang];

	test.describe(`teacher in ${lang}`, () => {
		test('build, share, take the quiz as a student, send a receipt, see it, export CSV', async ({
			browser
		}, testInfo) => {
			const teacherContext = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
			const teacher = await teacherContext.newPage();
			const { link, preview } = await buildQuiz(teacher, lang);
			await teacher.getByRole('button', { name: text.copy }).click();
			await expect(teacher.getByText(text.copied)).toBeVisible();
			expect(await teacher.evaluate(() => navigator.clipboard.readText())).toBe(link);
			await expect(teacher.getByRole('img', { name: new RegExp(text.link) })).toBeVisible();

			const studentContext = await browser.newContext();
			const student = await studentContext.newPage();
			await student.goto(link);
			await expect(student.getByText('3e B <b>révision</b> & co')).toBeVisible();
			for (const [index, prompt] of preview.entries()) {
				await expect(student.locator('#question-prompt')).toBeFocused();
				await expect(student.locator('#question-prompt')).toHaveText(prompt);
				await student.keyboard.press(index % 2 ? '1' : '2');
				await student.keyboard.press('Enter');
				await expect(student.locator('section.feedback')).toBeFocused();
				await student.keyboard.press('Enter');
			}
			await student.getByLabel(text.name).fill('Lê Thị Hoa');
			await student.getByRole('button', { name: text.createReceipt }).click();
			const receiptLink = await student.getByRole('textbox', { name: text.receiptLink }).inputValue();
			expect(receiptLink).toContain(`/${lang}/teacher?r=1.`);
			const score = await student
				.getByText(lang === 'fr' ? /Vous avez obtenu \d/ : /You scored \d/)
				.textContent();

			await teacher.getByLabel(text.paste).fill(receiptLink);
			await teacher.getByRole('button', { name: text.add }).click();
			await expect(teacher.getByRole('status').filter({ hasText: text.added })).toBeVisible();
			const table = teacher.getByRole('table', { name: text.students });
			await expect(table.getByRole('row')).toHaveCount(2);
			const row = table.getByRole('row', { name: /Lê Thị Hoa/ });
			const [, right] = /(\d) (?:sur|out of) 5/.exec(score ?? '') ?? [];
			await expect(row).toContainText(`${right} / 5`);

			await teacher.getByLabel(text.paste).fill(receiptLink.split('r=')[1]!);
			await teacher.getByRole('button', { name: text.add }).click();
			await expect(teacher.getByRole('alert').filter({ hasText: text.duplicate })).toBeVisible();
			await expect(table.getByRole('row')).toHaveCount(2);

			const download = teacher.waitForEvent('download');
			await teacher.getByRole('button', { name: text.csv }).click();
			const file = testInfo.outputPath('results.csv');
			await (await download).saveAs(file);
			const csv = readFileSync(file, 'utf8');
			expect(csv.charCodeAt(0)).toBe(0xfeff);
			const lines = csv.slice(1).trim().split('\r\n');
			expect(lines).toHaveLength(2);
			expect(lines[0]).toMatch(lang === 'fr' ? /^Élève,Score,Sur/ : /^Student,Score,Out of/);
			expect(lines[1]).toMatch(new RegExp(`^Lê Thị Hoa,${right},5,`));

			await teacherContext.close();
			await studentContext.close();
		});

		test('a tampered or truncated link shows a clear error and a way to start afresh', async ({ page }) => {
			const { link } = await buildQuiz(page, lang);
			for (const broken of [
				link.slice(0, -12),
				link.replace('q=1.', 'q=1.x'),
				link.replace('q=1.', 'q=9.')
			]) {
				await page.goto(broken);
				await expect(page.getByRole('alert')).toContainText(text.badLink);
				await expect(page.getByRole('link', { name: text.fresh })).toBeVisible();
			}
			await page.goto(`/${lang}/print?q=${link.split('q=')[1]!.slice(0, -12)}`);
			await expect(page.getByRole('alert')).toContainText(
				lang === 'fr' ? 'Aucun quiz à imprimer' : 'No quiz to print'
			);
		});

		test('the print view puts the answer key on its own page', async ({ page }) => {
			await buildQuiz(page, lang);
			await page.getByRole('link', { name: text.print }).click();
			await expect(page.getByRole('heading', { name: text.key })).toBeAttached();
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('navigation')).toBeHidden();
			const breakBefore = await page
				.getByRole('heading', { name: text.key })
				.evaluate((heading) => getComputedStyle(heading.closest('section')!).breakBefore);
			expect(breakBefore).toBe('page');
			for (const format of ['A4', 'Letter'] as const) {
				const pdf = await page.pdf({ format });
				const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
				expect(pages.length).toBeGreaterThanOrEqual(2);
			}
		});
	});
}

test('a damaged receipt, or one for a quiz made elsewhere, is refused with a reason', async ({ browser }) => {
	const first = await browser.newContext();
	const teacherA = await first.newPage();
	const { link } = await buildQuiz(teacherA, 'en');
	const student = await first.newPage();
	await student.goto(link);
	for (let index = 0; index < 5; index++) {
		await expect(student.locator('#question-prompt')).toBeFocused();
		await student.keyboard.press('1');
		await student.keyboard.press('Enter');
		await expect(student.locator('section.feedback')).toBeFocused();
		await student.keyboard.press('Enter');
	}
	await student.getByLabel(TEXT.en.name).fill('Sam');
	await student.getByRole('button', { name: TEXT.en.createReceipt }).click();
	const receipt = await student.getByRole('textbox', { name: TEXT.en.receiptLink }).inputValue();

	const second = await browser.newContext();
	const teacherB = await second.newPage();
	await buildQuiz(teacherB, 'en', 'another-class');
	await teacherB.getByLabel(TEXT.en.paste).fill(receipt);
	await teacherB.getByRole('button', { name: TEXT.en.add }).click();
	await expect(teacherB.getByRole('alert')).toContainText('not created in this browser');
	await teacherB.getByLabel(TEXT.en.paste).fill(`${receipt}x`);
	await teacherB.getByRole('button', { name: TEXT.en.add }).click();
	await expect(teacherB.getByRole('alert')).toContainText('damaged or incomplete');
	await first.close();
	await second.close();
});

test('a link that lets the student choose the language opens in their language', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-GB' });
	const page = await context.newPage();
	await page.goto('/fr/teacher');
	await page.getByRole('radio', { name: 'Au choix de l’élève' }).check();
	await page.getByRole('button', { name: TEXT.fr.create }).click();
	const link = await page.getByRole('textbox', { name: TEXT.fr.link }).inputValue();
	expect(new URL(link).pathname).toBe('/quiz');
	await page.goto(link);
	await expect(page).toHaveURL(/\/en\/quiz\?q=1\./);
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	await context.close();
});
