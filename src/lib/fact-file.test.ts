import { afterEach, describe, expect, it, vi } from 'vitest';
import { factFile } from './facts';

describe('loadFactFile', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.resetModules();
	});

	it('fetches the fact file once, and tries again after a failure', async () => {
		const { loadFactFile } = await import('./fact-file');
		const fetch = vi
			.fn<(url: string) => Promise<Response>>()
			.mockResolvedValueOnce(new Response('gone', { status: 404 }))
			.mockRejectedValueOnce(new TypeError('Failed to fetch'))
			.mockImplementation(async () => Response.json(factFile));
		vi.stubGlobal('fetch', fetch);

		await expect(loadFactFile()).rejects.toThrow('HTTP 404');
		await expect(loadFactFile()).rejects.toThrow('Failed to fetch');
		expect((await loadFactFile()).facts.length).toBe(factFile.facts.length);
		await loadFactFile();
		expect(fetch).toHaveBeenCalledTimes(3);
		expect(fetch.mock.calls[0]?.[0]).toMatch(/facts\.json$/);
	});
});
