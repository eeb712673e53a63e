/**
 * How the browser gets the fact file: fetched once as JSON, from a static asset whose name carries its hash (so it
 * is cached for ever and precached by the service worker), rather than bundled as JavaScript. It is data, the
 * largest piece of the app, and no page needs it for first paint. A failed fetch rejects, and the next call tries
 * again. Server code, scripts and tests import `$lib/facts` instead.
 */
import factsUrl from './facts/facts.json?url';
import type { FactFile } from './facts/types';

let pending: Promise<FactFile> | undefined;

export function loadFactFile(): Promise<FactFile> {
	if (!pending) {
		pending = fetch(factsUrl).then(async (response) => {
			if (!response.ok) throw new Error(`The fact file answered HTTP ${response.status}.`);
			return (await response.json()) as FactFile;
		});
		pending.catch(() => (pending = undefined));
	}
	return pending;
}
