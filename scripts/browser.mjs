/**
 * Finds a Chromium for the end-to-end tests without downloading anything: an explicit path from the environment,
 * then Playwright's own browser, then the system's Chromium or Chrome. Shared by playwright.config.ts and
 * scripts/ensure-browser.mjs so both agree.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
];

/**
 * @returns {{ found: false } | { found: true, executablePath: string | undefined, label: string }}
 *   `executablePath` is undefined when Playwright's own browser is used.
 */
export function findChromium() {
	for (const variable of ['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', 'CHROME_PATH']) {
		const path = process.env[variable];
		if (path && existsSync(path)) return { found: true, executablePath: path, label: `${variable}=${path}` };
	}
	let bundled;
	try {
		bundled = chromium.executablePath();
	} catch {
		bundled = undefined;
	}
	if (bundled && existsSync(bundled))
		return { found: true, executablePath: undefined, label: 'Playwright Chromium' };
	for (const path of SYSTEM_BROWSERS) {
		if (existsSync(path)) return { found: true, executablePath: path, label: path };
	}
	return { found: false };
}

/** Flags this kind of closed network needs: without them Chromium keeps calling home and gets refused. */
export const CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-gpu',
	'--no-first-run'
];
