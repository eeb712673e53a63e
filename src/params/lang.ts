import { isLang } from '$lib/i18n';
import type { ParamMatcher } from '@sveltejs/kit';

export const match = ((param: string): param is 'fr' | 'en' => isLang(param)) satisfies ParamMatcher;
