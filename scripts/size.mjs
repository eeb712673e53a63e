/**
 * `npm run size`: for every prerendered page, the gzip size of the JavaScript it loads at start and of its CSS, then
 * all the app's JavaScript together, and the fact file (data, fetched after first paint). Prints a table and exits 1
 * when a budget in size-budget.json is exceeded. Needs a build (`npm run build`).
 *
 * CSS is every stylesheet the page links and every style it inlines (SvelteKit inlines the small ones).
 *
 * "At start" is what the page needs before it is interactive: its module preloads and entry scripts, following
 * their static imports, plus the messages of its language, which its layout's `load` imports before hydration
 * (found through Vite's manifest). What a page imports later, when the learner acts or once it has painted (the
 * quiz player, the fact file, localforage, the QR code library), is not start-up cost; it still counts in the
 * total.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'build');
const manifestPath = resolve('.svelte-kit/output/client/.vite/manifest.json');
const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
if (!existsSync(root) || !existsSync(manifestPath)) {
	console.error(`No build at ${root} (or no Vite manifest): run "npm run build" first.`);
	process.exit(1);
}
/** @type {Record<string, { file: string }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
/** @param {string} source */
function builtFile(source) {
	const entry = manifest[source];
	if (!entry) throw new Error(`${source} is not in the Vite manifest: update scripts/size.mjs.`);
	return resolve(root, entry.file);
}
/** @type {Record<string, string>} */
const messages = {
	fr: builtFile('src/lib/i18n/locales/fr.json'),
	en: builtFile('src/lib/i18n/locales/en.json')
};
const factFile = builtFile('src/lib/facts/facts.json');

const gzipCache = new Map();
/** @param {string} file */
function gzipBytes(file) {
	if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
	return gzipCache.get(file);
}

/** @param {string} dir @returns {string[]} */
function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** Static imports only: `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"`; not `import()`. */
const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.js)["']/g;

/** @param {string} file @param {Set<string>} seen */
function withStaticImports(file, seen) {
	if (seen.has(file) || !existsSync(file)) return seen;
	seen.add(file);
	const code = readFileSync(file, 'utf8');
	for (const [, specifier] of code.matchAll(STATIC_IMPORT)) {
		if (specifier?.startsWith('.')) withStaticImports(resolve(dirname(file), specifier), seen);
	}
	return seen;
}

/** The languages whose messages a page loads at start: its own, or both on the language-less root pages. */
function pageLanguages(/** @type {string} */ page) {
	const lang = relative(root, page).split(/[/.]/)[0];
	return lang === 'fr' || lang === 'en' ? [lang] : ['fr', 'en'];
}

/** @param {number} bytes */
const kib = (bytes) => (bytes / 1024).toFixed(1);
/** @param {number} bytes @param {number} limitKiB */
const status = (bytes, limitKiB) => (bytes / 1024 > limitKiB ? 'OVER BUDGET' : 'ok');
const pages = walk(root).filter((file) => file.endsWith('.html'));
let failed = false;
/** @type {(string | number)[][]} */
const rows = [];
for (const page of pages) {
	const html = readFileSync(page, 'utf8');
	const base = dirname(page);
	const scripts = new Set();
	const links = [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) => ({
		rel: /\brel="([^"]+)"/.exec(tag)?.[1],
		href: /\bhref="([^"]+)"/.exec(tag)?.[1],
		// SvelteKit keeps a disabled link for each stylesheet it inlined, to use after client-side navigation.
		disabled: /\sdisabled\b/.test(tag)
	}));
	for (const { rel, href } of links)
		if (rel === 'modulepreload' && href) withStaticImports(resolve(base, href), scripts);
	for (const [, src] of html.matchAll(/import\(["']([^"']+\.js)["']\)/g))
		if (src) withStaticImports(resolve(base, src), scripts);
	for (const lang of pageLanguages(page)) withStaticImports(messages[lang] ?? '', scripts);
	const styles = links.flatMap(({ rel, href, disabled }) =>
		rel === 'stylesheet' && href && !disabled ? [resolve(base, href)] : []
	);
	const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)]
		.map(([, css]) => css)
		.join('');
	const js = [...scripts].reduce((sum, file) => sum + gzipBytes(file), 0);
	const css =
		styles.filter((file) => existsSync(file)).reduce((sum, file) => sum + gzipBytes(file), 0) +
		(inlineStyles ? gzipSync(inlineStyles, { level: 9 }).length : 0);
	const over = js / 1024 > budget.initialJsKiB || css / 1024 > budget.cssKiB;
	failed ||= over;
	rows.push([relative(root, page), kib(js), kib(css), scripts.size, over ? 'OVER BUDGET' : 'ok']);
}

const allJs = walk(root).filter((file) => file.endsWith('.js') && file.includes('_app'));
const totalJs = allJs.reduce((sum, file) => sum + gzipBytes(file), 0);
const facts = gzipBytes(factFile);
failed ||= totalJs / 1024 > budget.totalJsKiB || facts / 1024 > budget.factFileKiB;

const header = ['page', 'JS at start (KiB gz)', 'CSS (KiB gz)', 'JS files', 'status'];
const widths = header.map((title, column) =>
	Math.max(title.length, ...rows.map((row) => String(row[column]).length))
);
/** @param {(string | number)[]} cells */
const line = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column] ?? 0)).join('  ');
console.log(line(header));
for (const row of rows.sort()) console.log(line(row));
console.log(
	`\nAll app JavaScript: ${kib(totalJs)} KiB gzip in ${allJs.length} files: ${status(totalJs, budget.totalJsKiB)}`
);
console.log(
	`Fact file (JSON, fetched once a page needs it): ${kib(facts)} KiB gzip: ${status(facts, budget.factFileKiB)}`
);
console.log(
	`Budgets: JS at start ${budget.initialJsKiB} KiB and CSS ${budget.cssKiB} KiB per page, all JS ${budget.totalJsKiB} KiB, fact file ${budget.factFileKiB} KiB`
);
if (failed) {
	console.error('\nsize: a budget is exceeded');
	process.exit(1);
}
console.log('\nsize: every budget is met');
