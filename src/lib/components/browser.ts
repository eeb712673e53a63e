/** Small browser-only helpers shared by pages: fresh random seeds and file downloads. */
import { newSeed } from '$lib/quiz/random';

/** A new quiz seed from the browser's cryptographic generator (the quiz core itself never draws randomness). */
export function freshSeed(): string {
	return newSeed(() => crypto.getRandomValues(new Uint32Array(1))[0]! / 4294967296);
}

/** Saves text as a file through the browser's download. */
export function downloadFile(name: string, content: string, type: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
