/**
 * `npm run size`: for every prerendered page, the gzip size of the JavaScript it loads at start (following static
 * imports from its module preloads and entry scripts) and of its CSS; then all the app's JavaScript together.
 * Prints a table; exits 1 when a limit in size-budget.json is exceeded, and reports every target not yet met.
 * Needs a build (`npm run build`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'build');
const { limit: budget, target } = JSON.parse(readFileSync('size-budget.json', 'utf8'));
if (!existsSync(root)) {
	console.error(`No build at ${root}: run "npm run build" first.`);
	process.exit(1);
}

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

/** @param {number} bytes */
const kib = (bytes) => (bytes / 1024).toFixed(1);
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
		href: /\bhref="([^"]+)"/.exec(tag)?.[1]
	}));
	for (const { rel, href } of links)
		if (rel === 'modulepreload' && href) withStaticImports(resolve(base, href), scripts);
	for (const [, src] of html.matchAll(/import\(["']([^"']+\.js)["']\)/g))
		if (src) withStaticImports(resolve(base, src), scripts);
	const styles = links.flatMap(({ rel, href }) =>
		rel === 'stylesheet' && href ? [resolve(base, href)] : []
	);
	const js = [...scripts].reduce((sum, file) => sum + gzipBytes(file), 0);
	const css = styles.filter((file) => existsSync(file)).reduce((sum, file) => sum + gzipBytes(file), 0);
	const over = js / 1024 > budget.initialJsKiB || css / 1024 > budget.cssKiB;
	const offTarget = js / 1024 > target.initialJsKiB || css / 1024 > target.cssKiB;
	failed ||= over;
	rows.push([
		relative(root, page),
		kib(js),
		kib(css),
		scripts.size,
		over ? 'OVER LIMIT' : offTarget ? 'over target' : 'ok'
	]);
}

const allJs = walk(root).filter((file) => file.endsWith('.js') && file.includes('_app'));
const totalJs = allJs.reduce((sum, file) => sum + gzipBytes(file), 0);
const totalOver = totalJs / 1024 > budget.totalJsKiB;
failed ||= totalOver;

const header = ['page', 'initial JS (KiB gz)', 'CSS (KiB gz)', 'JS files', 'status'];
const widths = header.map((title, column) =>
	Math.max(title.length, ...rows.map((row) => String(row[column]).length))
);
/** @param {(string | number)[]} cells */
const line = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column] ?? 0)).join('  ');
console.log(line(header));
for (const row of rows.sort()) console.log(line(row));
const totalStatus = totalOver ? 'OVER LIMIT' : totalJs / 1024 > target.totalJsKiB ? 'over target' : 'ok';
console.log(`\nAll app JavaScript: ${kib(totalJs)} KiB gzip in ${allJs.length} files: ${totalStatus}`);
for (const [name, values] of [
	['Limits', budget],
	['Targets', target]
]) {
	console.log(
		`${name}: initial JS ${values.initialJsKiB} KiB, CSS ${values.cssKiB} KiB per page, all JS ${values.totalJsKiB} KiB`
	);
}
if (failed) {
	console.error('\nsize: a limit is exceeded');
	process.exit(1);
}
console.log('\nsize: every limit is met');
