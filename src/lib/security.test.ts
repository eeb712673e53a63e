import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

describe('rendering', () => {
	it('never renders HTML from data: no raw-HTML tag anywhere in the app', () => {
		const sources = files(join(import.meta.dirname, '..')).filter((file) => /\.(svelte|ts|js)$/.test(file));
		expect(sources.length).toBeGreaterThan(20);
		const needle = ['{', '@html'].join('');
		const offenders = sources.filter((file) => readFileSync(file, 'utf8').includes(needle));
		expect(offenders).toEqual([]);
	});
});
