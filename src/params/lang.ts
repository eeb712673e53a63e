import { isLang } from '$lib/i18n/languages';
import type { ParamMatcher } from '@sveltejs/kit';

export const match = ((param: string): param is 'fr' | 'en' => isLang(param)) satisfies ParamMatcher;
