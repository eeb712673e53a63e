import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** The pure core must stay runnable in plain Node and deterministic: no UI, storage, i18n or app runtime. */
const pureCoreRestrictions = {
	patterns: [
		{ group: ['svelte', 'svelte/*', '*.svelte'], message: 'The pure core must not import Svelte.' },
		{ group: ['$app/*'], message: 'The pure core must not import $app.' },
		{
			group: ['localforage', '$lib/storage', '$lib/storage/*', '**/storage/*'],
			message: 'The pure core must not touch storage.'
		},
		{
			group: ['i18next', '$lib/i18n', '$lib/i18n/*', '**/i18n/*'],
			message: 'The pure core must not import i18n.'
		}
	]
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/lib/quiz/**', 'src/lib/facts/**'],
		rules: {
			'no-restricted-imports': ['error', pureCoreRestrictions],
			'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
			'no-restricted-properties': [
				'error',
				{ object: 'Math', property: 'random', message: 'Pass the seeded generator in.' }
			]
		}
	},
	{
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'localforage', message: 'Only src/lib/storage may import localforage.' },
						{ name: 'i18next', message: 'Only src/lib/i18n may import i18next.' }
					]
				}
			]
		},
		ignores: ['src/lib/storage/**', 'src/lib/i18n/**', 'src/lib/quiz/**', 'src/lib/facts/**']
	},
	{
		ignores: [
			'build/',
			'build-subpath/',
			'.svelte-kit/',
			'.svelte-kit-build-subpath/',
			'node_modules/',
			'test-results/',
			'playwright-report/'
		]
	}
);
