import { describe, expect, it } from 'vitest';
import { distinctLocalized, normalizeText, parseTypedNumber, sameText } from './normalize';

describe('normalizeText', () => {
	it('ignores case, accents, punctuation and spacing', () => {
		expect(sameText('Hà Nội', 'hanoi')).toBe(true);
		expect(sameText('Hanoï', 'HANOI')).toBe(true);
		expect(sameText('Phạm Minh Chính', 'pham minh chinh')).toBe(true);
		expect(sameText('Đặng Hoàng Giang', 'Dang Hoang Giang')).toBe(true);
		expect(sameText("l'ONUDC", 'L’ONUDC')).toBe(true);
		expect(sameText('Vienne', 'Vienna')).toBe(false);
	});

	it('keeps digits', () => {
		expect(normalizeText('Article 7')).toBe('article7');
	});
});

describe('parseTypedNumber', () => {
	it.each([
		['2500', 2500],
		['2 500', 2500],
		['2,500', 2500],
		['2.500', 2500],
		['2\u202f500', 2500],
		[' 72 ', 72],
		['2,5', 2.5],
		['2.5', 2.5]
	])('reads %j as %d', (text, value) => {
		expect(parseTypedNumber(text)).toBe(value);
	});

	it.each(['', 'abc', '72 pays', '1,2,3'])('refuses %j', (text) => {
		expect(parseTypedNumber(text)).toBeUndefined();
	});
});

describe('distinctLocalized', () => {
	it('compares each language after normalisation', () => {
		expect(
			distinctLocalized([
				{ fr: 'Hanoï', en: 'Hanoi' },
				{ fr: 'Vienne', en: 'Vienna' }
			])
		).toBe(true);
		expect(
			distinctLocalized([
				{ fr: 'Hanoï', en: 'Hanoi' },
				{ fr: 'hanoi', en: 'Ha Noi' }
			])
		).toBe(false);
	});
});
