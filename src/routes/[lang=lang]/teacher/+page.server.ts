import { factFile } from '$lib/facts';
import type { PageServerLoad } from './$types';

/** Only what the setup form needs, computed at build time: the fact file itself loads when a quiz starts. */
export const load: PageServerLoad = () => ({
	topics: factFile.topics
});
