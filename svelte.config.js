import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A second build (for example the sub-path one used by the tests) gets its own working folder.
		outDir: process.env.BUILD_DIR ? `.svelte-kit-${process.env.BUILD_DIR}` : '.svelte-kit',
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			strict: true
		}),
		paths: { base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '') },
		prerender: { entries: ['*', '/fr', '/en', '/quiz', '/fr/print', '/en/print'] },
		// Scripts only from this origin, each inline one by its hash: nothing from a link or a file can run.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// Every stylesheet is small: inlined, none blocks the first paint with a request of its own.
		inlineStyleThreshold: 8192,
		// Registered by src/lib/pwa so that a new version waits for the learner's consent.
		serviceWorker: { register: false }
	}
};

export default config;
