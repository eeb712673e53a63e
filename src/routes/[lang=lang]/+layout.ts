import { loadMessages } from '$lib/i18n';
import type { LayoutLoad } from './$types';

/** The page's language and only its messages: the other language loads if the learner switches. */
export const load: LayoutLoad = async ({ params }) => {
	const lang = params.lang as 'fr' | 'en';
	return { lang, messages: await loadMessages(lang) };
};
