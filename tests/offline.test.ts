import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { SUBPATH_PORT } from '../playwright.config';
import { answerWithKeyboard, cliQuiz, LABELS, playQuiz } from './helpers';

const PAGES = ['', '/quiz', '/practice', '/progress'];

/** One online visit: the service worker installs, caches everything and takes control. */
async function visitOnce(page: Page, url: string, readyText: RegExp) {
	await page.goto(url);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await expect(page.getByRole('status').filter({ hasText: readyText })).toBeVisible();
}

async function goOffline(context: BrowserContext) {
	await context.setOffline(true);
}

test.describe('offline', () => {
	test('after one visit every page opens offline in both languages, and a whole quiz is taken and saved', async ({
		page,
		context
	}) => {
		await visitOnce(page, '/fr', /hors ligne/);
		await goOffline(context);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		for (const lang of ['fr', 'en'] as const) {
			for (const path of PAGES) {
				await page.goto(`/${lang}${path}`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			}
		}
		const quiz = cliQuiz(['--seed', 'offline-whole', '--count', '8', '--lang', 'en']);
		await playQuiz(page, quiz);
		await expect(page.getByText(LABELS.en.final(8, 8))).toBeVisible();
		await expect(page.getByText('Your attempt is saved in this browser.')).toBeVisible();
		await page.goto('/en/progress');
		await expect(page.getByRole('table', { name: /Finished attempts/ }).getByRole('row')).toHaveCount(2);
	});

	test('a share link opened for the first time offline shows its quiz', async ({ page, context }) => {
		await visitOnce(page, '/en', /works offline/);
		await goOffline(context);
		const quiz = cliQuiz(['--seed', 'first-time-offline', '--count', '3', '--lang', 'fr', '--types', 'date']);
		const fresh = await context.newPage();
		await fresh.goto(quiz.link);
		await expect(fresh.getByText(LABELS.fr.progress(1, 3))).toBeVisible();
		await answerWithKeyboard(fresh, 'fr', quiz.questions[0]!);
		await expect(fresh.locator('section.feedback')).toBeFocused();
	});
});

test.describe('updates', () => {
	// Deploying a new version is simulated by changing the service worker file of the sub-path build, which the
	// plain static server reads from disk on every request (Chromium's own update check cannot be intercepted).
	test.use({ baseURL: `http://127.0.0.1:${SUBPATH_PORT}` });
	const workerFile = 'build-subpath/service-worker.js';
	let original: string;
	test.beforeEach(() => {
		original = readFileSync(workerFile, 'utf8');
	});
	test.afterEach(() => {
		writeFileSync(workerFile, original);
	});

	test('a new version is offered, not forced, and a quiz in progress survives the update', async ({
		page
	}) => {
		await visitOnce(page, '/hanoi-quiz/en', /works offline/);
		const quiz = cliQuiz([
			'--seed',
			'update-mid-quiz',
			'--count',
			'4',
			'--lang',
			'en',
			'--types',
			'true-false'
		]);
		await page.goto(`/hanoi-quiz${quiz.link}`);
		await answerWithKeyboard(page, 'en', quiz.questions[0]!);
		await expect(page.locator('section.feedback')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByText(LABELS.en.progress(2, 4))).toBeVisible();

		writeFileSync(workerFile, `${original}\n// next version\n`);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		const prompt = page.getByRole('status').filter({ hasText: 'A new version is available.' });
		await expect(prompt).toBeVisible();
		await expect(page.getByText(LABELS.en.progress(2, 4))).toBeVisible();

		await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Update' }).click()]);
		await expect(page.getByText(LABELS.en.progress(2, 4))).toBeVisible();
		await expect(page.getByText('Score: 1')).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'A new version is available.' })).toHaveCount(0);
	});
});

test.describe('installable', () => {
	for (const lang of ['fr', 'en'] as const) {
		test(`the ${lang} pages point to a valid ${lang} manifest whose icons exist at their sizes`, async ({
			page,
			request
		}) => {
			await page.goto(`/${lang}`);
			const href = await page.locator('link[rel="manifest"]').getAttribute('href');
			expect(href).toContain(`manifest-${lang}.webmanifest`);
			const manifestUrl = new URL(href!, page.url());
			const response = await request.get(manifestUrl.href);
			expect(response.ok()).toBe(true);
			const manifest = await response.json();
			expect(manifest).toMatchObject({ lang, display: 'standalone', scope: './', start_url: `./${lang}` });
			for (const field of ['name', 'short_name', 'description', 'theme_color', 'background_color']) {
				expect(manifest[field], field).toBeTruthy();
			}
			const purposes = new Set(manifest.icons.map((icon: { purpose: string }) => icon.purpose));
			expect(purposes).toEqual(new Set(['any', 'maskable']));
			for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
				const image = await request.get(new URL(icon.src, manifestUrl).href);
				expect(image.ok()).toBe(true);
				const bytes = await image.body();
				const width = bytes.readUInt32BE(16);
				const height = bytes.readUInt32BE(20);
				expect(`${width}x${height}`).toBe(icon.sizes);
			}
			for (const sizes of ['192x192', '512x512']) {
				expect(manifest.icons.some((icon: { sizes: string }) => icon.sizes === sizes)).toBe(true);
			}
			await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
			await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute(
				'content',
				'yes'
			);
			await expect(page.locator('meta[name="theme-color"]')).toHaveCount(1);
		});
	}
});

test.describe('under a sub-path', () => {
	test.use({ baseURL: `http://127.0.0.1:${SUBPATH_PORT}` });

	test('the sub-path build serves, scopes its service worker, and works offline', async ({
		page,
		context
	}) => {
		await visitOnce(page, '/hanoi-quiz/', /hors ligne|works offline/);
		await expect(page).toHaveURL(/\/hanoi-quiz\/(fr|en)$/);
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
		expect(scope).toBe(`http://127.0.0.1:${SUBPATH_PORT}/hanoi-quiz/`);
		await goOffline(context);
		const quiz = cliQuiz(['--seed', 'subpath', '--count', '3', '--lang', 'en', '--types', 'true-false']);
		await page.goto(`/hanoi-quiz${quiz.link}`);
		for (const question of quiz.questions) {
			await answerWithKeyboard(page, 'en', question);
			await expect(page.locator('section.feedback')).toBeFocused();
			await page.keyboard.press('Enter');
		}
		await expect(page.getByText(LABELS.en.final(3, 3))).toBeVisible();
		await page.getByRole('link', { name: 'Progress', exact: true }).click();
		await expect(page).toHaveURL(/\/hanoi-quiz\/en\/progress$/);
		await expect(page.getByRole('table', { name: /Finished attempts/ }).getByRole('row')).toHaveCount(2);
	});
});
