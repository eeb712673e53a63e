import { describe, expect, it } from 'vitest';
import { LazyPart } from './lazy.svelte';

describe('LazyPart', () => {
	it('loads once, however often it is started', async () => {
		let calls = 0;
		const part = new LazyPart(async () => ++calls);
		await Promise.all([part.start(), part.start()]);
		await part.start();
		expect(calls).toBe(1);
		expect(part.value).toBe(1);
		expect(part.failed).toBe(false);
	});

	it('says it failed, and loads when started again', async () => {
		let online = false;
		const part = new LazyPart(async () => {
			if (!online) throw new Error('offline');
			return 'loaded';
		});
		await part.start();
		expect(part.failed).toBe(true);
		expect(part.value).toBeUndefined();
		online = true;
		await part.start();
		expect(part.failed).toBe(false);
		expect(part.value).toBe('loaded');
	});
});
