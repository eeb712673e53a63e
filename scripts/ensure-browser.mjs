/**
 * Makes sure the end-to-end tests have a Chromium: keeps the one found, else installs one (the system package when
 * running as root with apt, else Playwright's own download), else stops with one line naming what to install.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './browser.mjs';

/**
 * @param {string} command
 * @param {string[]} args
 * @param {number} timeoutSeconds
 */
function run(command, args, timeoutSeconds) {
	const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutSeconds * 1000 });
	return result.status === 0;
}

function canUseApt() {
	return (
		process.platform === 'linux' &&
		process.getuid?.() === 0 &&
		spawnSync('apt-get', ['--version']).status === 0
	);
}

let browser = findChromium();
if (!browser.found) {
	if (canUseApt()) {
		console.log('No Chromium found: installing Debian/Ubuntu package "chromium" with apt-get…');
		run('apt-get', ['update', '-q'], 600);
		run('apt-get', ['install', '-y', '-q', 'chromium'], 900);
	} else {
		console.log("No Chromium found: trying Playwright's own download…");
		run('npx', ['playwright', 'install', 'chromium'], 600);
	}
	browser = findChromium();
}
if (!browser.found) {
	console.error(
		'No browser for the end-to-end tests: install Chromium (e.g. "sudo apt-get install chromium" or "npx playwright install chromium") and run npm test again.'
	);
	process.exit(1);
}
console.log(`End-to-end tests will use ${browser.label}`);
