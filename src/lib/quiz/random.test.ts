import { describe, expect, it } from 'vitest';
import { createRng, newSeed, randomInt, shuffle } from './random';

describe('createRng', () => {
	it('gives the same sequence for the same seed, and another for another seed', () => {
		const draw = (seed: string) => Array.from({ length: 5 }, createRng(seed));
		expect(draw('abc')).toEqual(draw('abc'));
		expect(draw('abc')).not.toEqual(draw('abd'));
	});

	it('stays in [0, 1)', () => {
		const rng = createRng('range');
		for (let i = 0; i < 10_000; i++) {
			const value = rng();
			expect(value >= 0 && value < 1).toBe(true);
		}
	});

	it('spreads integers evenly', () => {
		const rng = createRng('uniform');
		const counts = [0, 0, 0, 0];
		for (let i = 0; i < 40_000; i++) counts[randomInt(rng, 4)]! += 1;
		for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(400);
	});
});

describe('shuffle', () => {
	it('returns a permutation without touching the input', () => {
		const input = [1, 2, 3, 4, 5, 6];
		const output = shuffle(createRng('s'), input);
		expect(input).toEqual([1, 2, 3, 4, 5, 6]);
		expect([...output].sort()).toEqual(input);
	});
});

describe('newSeed', () => {
	it('makes short url-safe seeds', () => {
		expect(newSeed(createRng('x'))).toMatch(/^[a-z2-9]{8}$/);
	});
});
