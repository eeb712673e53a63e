import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

describe('formatDuration', () => {
	it.each([
		[0, '0:00'],
		[42_000, '0:42'],
		[41_001, '0:42'],
		[723_000, '12:03'],
		[3_909_000, '1:05:09'],
		[-5, '0:00']
	])('%d ms is %s', (milliseconds, text) => {
		expect(formatDuration(milliseconds)).toBe(text);
	});
});
