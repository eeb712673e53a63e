/**
 * A minimal static file server, standing in for "any static host" in the tests: serves a build folder under a
 * base path, the way GitHub Pages serves a project site. `node scripts/serve-static.mjs <folder> <port> [base]`
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [folder = 'build', port = '4174', base = ''] = process.argv.slice(2);
const root = resolve(folder);
/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};

/** @param {string} pathname */
function locate(pathname) {
	if (!pathname.startsWith(base)) return undefined;
	const rest = normalize(decodeURIComponent(pathname.slice(base.length)) || '/');
	if (rest.includes('..')) return undefined;
	for (const candidate of [rest, `${rest}.html`, join(rest, 'index.html')]) {
		const file = join(root, candidate);
		if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
	}
	return undefined;
}

createServer((request, response) => {
	const file = locate(new URL(request.url ?? '/', 'http://localhost').pathname);
	if (!file) {
		response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(response);
}).listen(Number(port), '127.0.0.1', () =>
	console.log(`Serving ${folder} at http://127.0.0.1:${port}${base}/`)
);
