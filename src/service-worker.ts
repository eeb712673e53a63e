/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Makes the app work offline after one visit: on install it caches the app shell, every static file and every
 * prerendered page in both languages; on activate it deletes older caches. A new version waits until the learner
 * accepts it (never mid-quiz by itself). Only same-origin GET requests are handled; nothing is ever fetched
 * from another origin.
 */
import { build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `hanoi-quiz-${version}`;
const PRECACHE = [...new Set([...build, ...files, ...prerendered])];

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await worker.clients.claim();
		})()
	);
});

worker.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// Pages and their data are the same whatever the query (a quiz reads its recipe from the query in the browser),
	// so a share link opened for the first time offline still finds its page.
	const cached =
		(await cache.match(url.pathname)) ??
		(await cache.match(request, {
			ignoreSearch: request.mode === 'navigate' || url.pathname.endsWith('__data.json')
		}));
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch (error) {
		const fallback = await cache.match(request, { ignoreSearch: true });
		if (fallback) return fallback;
		throw error;
	}
}
