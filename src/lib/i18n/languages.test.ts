import { describe, expect, it } from 'vitest';
import { landingLanguage, preferredLanguage } from './languages';

describe('choosing a language', () => {
	it('takes the saved choice first, then the browser’s first language the app speaks, then French', () => {
		expect(landingLanguage('en', ['fr-FR'])).toBe('en');
		expect(landingLanguage(undefined, ['de-DE', 'en-GB', 'fr'])).toBe('en');
		expect(landingLanguage('de', ['de-DE'])).toBe('fr');
		expect(preferredLanguage(['FR-ca'])).toBe('fr');
		expect(preferredLanguage([])).toBeUndefined();
	});
});
