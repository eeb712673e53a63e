import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	preview: { port: 4173, strictPort: true },
	test: {
		expect: { requireAssertions: true },
		benchmark: { include: ['src/**/*.bench.ts'] },
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					environment: 'node'
				}
			},
			{
				// Rune modules need Svelte's browser build: under plain Node, effects never run.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: { name: 'runes', include: ['src/**/*.svelte.test.ts'], environment: 'jsdom' }
			}
		]
	}
});
