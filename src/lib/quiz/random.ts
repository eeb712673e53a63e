/**
 * Seeded pseudo-random numbers: the same seed text gives the same sequence on every device and runtime.
 * sfc32 seeded by a cyrb128 hash; good statistical quality, tiny, and fast enough for quiz generation.
 */

/** Returns a float in [0, 1). */
export type Rng = () => number;

function cyrb128(text: string): [number, number, number, number] {
	let h1 = 1779033703,
		h2 = 3144134277,
		h3 = 1013904242,
		h4 = 2773480762;
	for (let i = 0; i < text.length; i++) {
		const k = text.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export function createRng(seed: string): Rng {
	let [a, b, c, d] = cyrb128(seed);
	return () => {
		a >>>= 0;
		b >>>= 0;
		c >>>= 0;
		d >>>= 0;
		let t = (a + b) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		d = (d + 1) | 0;
		t = (t + d) | 0;
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
}

/** An integer in [0, bound). */
export function randomInt(rng: Rng, bound: number): number {
	return Math.floor(rng() * bound);
}

/** A shuffled copy (Fisher–Yates); the input is not mutated. */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = randomInt(rng, i + 1);
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

/** A short random seed for a new quiz, from a generator the caller chose. */
export function newSeed(rng: Rng): string {
	const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
	let seed = '';
	for (let i = 0; i < 8; i++) seed += alphabet[randomInt(rng, alphabet.length)];
	return seed;
}
