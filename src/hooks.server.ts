/** Gives every prerendered page the right `<html lang>` from its first byte. */
import { isLang } from '$lib/i18n/languages';
import type { Handle } from '@sveltejs/kit';

export const handle: Handle = ({ event, resolve }) => {
	const lang = isLang(event.params.lang) ? event.params.lang : 'fr';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
