/**
 * `npm run lighthouse`: Lighthouse 12 (mobile preset) on the production build served on 127.0.0.1, for the home,
 * quiz, progress and teacher pages in both languages, median of 3 runs each. Fails below 100 for accessibility,
 * best practices and SEO, and below 90 for performance (noisy on a shared 2-core machine); prints every figure.
 * Builds first unless `--no-build` is given.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const PORT = 4175;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PAGES = [
	'/fr',
	'/en',
	'/fr/quiz',
	'/en/quiz',
	'/fr/progress',
	'/en/progress',
	'/fr/teacher',
	'/en/teacher'
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** @type {Record<string, number>} */
const MINIMUM = { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 };

if (!process.argv.includes('--no-build')) {
	const build = spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' });
	if (build.status !== 0) {
		console.error('lighthouse: the build failed');
		process.exit(1);
	}
}

const server = spawn(
	'npx',
	['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
	{
		stdio: 'ignore',
		detached: true
	}
);
const stopServer = () => {
	try {
		if (server.pid) process.kill(-server.pid);
	} catch {
		// Already stopped.
	}
};

async function waitForServer() {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(`http://127.0.0.1:${PORT}/fr`)).ok) return;
		} catch {
			// Not up yet.
		}
		await new Promise((done) => setTimeout(done, 200));
	}
	throw new Error('the preview server did not start');
}

const browser = findChromium();
/** @param {string} url */
async function audit(url) {
	const chrome = await chromeLauncher.launch({
		chromePath: browser.found ? browser.executablePath : undefined,
		chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS]
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: CATEGORIES
		});
		if (!result) throw new Error(`no result for ${url}`);
		/** @type {Record<string, number>} */
		const scores = Object.fromEntries(
			CATEGORIES.map((id) => [id, Math.round((result.lhr.categories[id]?.score ?? 0) * 100)])
		);
		return scores;
	} finally {
		await chrome.kill();
	}
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

let failed = false;
try {
	await waitForServer();
	console.log(`Lighthouse ${RUNS === 1 ? '(1 run)' : `(median of ${RUNS} runs)`}, mobile preset`);
	console.log(['page'.padEnd(14), ...CATEGORIES.map((id) => id.padEnd(15))].join(''));
	for (const path of PAGES) {
		/** @type {Record<string, number>[]} */
		const runs = [];
		for (let run = 0; run < RUNS; run++) runs.push(await audit(`http://127.0.0.1:${PORT}${path}`));
		const scores = Object.fromEntries(
			CATEGORIES.map((id) => [id, median(runs.map((scores) => scores[id] ?? 0))])
		);
		const low = CATEGORIES.filter((id) => (scores[id] ?? 0) < (MINIMUM[id] ?? 100));
		failed ||= low.length > 0;
		console.log(
			[
				path.padEnd(14),
				...CATEGORIES.map((id) => `${scores[id]}${low.includes(id) ? ' LOW' : ''}`.padEnd(15))
			].join('')
		);
	}
} finally {
	stopServer();
}
if (failed) {
	console.error(`\nlighthouse: below the minimum (${JSON.stringify(MINIMUM)})`);
	process.exit(1);
}
console.log('\nlighthouse: every page meets the minimum');
