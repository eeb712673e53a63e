import { loadMessages } from '$lib/i18n';
import type { PageLoad } from './$types';

/** `/` speaks both languages until it knows which one the visitor wants. */
export const load: PageLoad = async () => ({ fr: await loadMessages('fr'), en: await loadMessages('en') });
