/**
 * Regenerates the PNG app icons in static/ from one SVG design, with the test browser:
 * `node scripts/make-icons.mjs`. The PNGs are committed; this is not part of the build.
 */
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

/** @param {number} glyphScale share of the icon the glyph fills (maskable icons keep it in the safe zone) */
function svg(glyphScale) {
	const offset = (1 - glyphScale) * 32;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
	<rect width="64" height="64" fill="#0b5cad"/>
	<g transform="translate(${offset} ${offset}) scale(${glyphScale})">
		<path d="M18 20h28v6H35v20h-6V26H18z" fill="#fff"/><circle cx="32" cy="50" r="3" fill="#ffd23f"/>
	</g></svg>`;
}

const icons = [
	{ file: 'static/icon-192.png', size: 192, scale: 1 },
	{ file: 'static/icon-512.png', size: 512, scale: 1 },
	{ file: 'static/icon-maskable-512.png', size: 512, scale: 0.7 },
	{ file: 'static/apple-touch-icon.png', size: 180, scale: 0.9 }
];

const found = findChromium();
const browser = await chromium.launch({
	executablePath: found.found ? found.executablePath : undefined,
	args: CHROMIUM_ARGS
});
for (const icon of icons) {
	const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
	await page.setContent(
		`<style>html,body{margin:0}svg{display:block;width:${icon.size}px;height:${icon.size}px}</style>${svg(icon.scale)}`
	);
	writeFileSync(icon.file, await page.screenshot({ type: 'png' }));
	await page.close();
}
await browser.close();
console.log(icons.map((icon) => `${icon.file} (${icon.size} px)`).join('\n'));
