import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

const browser = findChromium();
const port = 4173;
export const SUBPATH_PORT = 4174;

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.test.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: browser.found ? browser.executablePath : undefined,
					args: CHROMIUM_ARGS
				}
			}
		}
	],
	webServer: [
		{
			command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
			url: `http://127.0.0.1:${port}`,
			reuseExistingServer: false,
			timeout: 240_000
		},
		{
			// The same app built for a sub-path (as on GitHub Pages) and served by a plain static server.
			command: `npx vite build && node scripts/serve-static.mjs build-subpath ${SUBPATH_PORT} /hanoi-quiz`,
			env: { BASE_PATH: '/hanoi-quiz', BUILD_DIR: 'build-subpath' },
			url: `http://127.0.0.1:${SUBPATH_PORT}/hanoi-quiz/`,
			reuseExistingServer: false,
			timeout: 240_000
		}
	]
});
