import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('CSV', () => {
	it('starts with a byte-order mark and ends lines with CRLF', () => {
		const csv = toCsv([
			['Nom', 'Score'],
			['Lê Thị Hoa', 8]
		]);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv).toBe('\uFEFFNom,Score\r\nLê Thị Hoa,8\r\n');
	});

	it('quotes commas, semicolons, quotes and line breaks', () => {
		expect(csvField('Dupont, Marie')).toBe('"Dupont, Marie"');
		expect(csvField('a;b')).toBe('"a;b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
	});

	it('neutralises cells a spreadsheet would run as formulas', () => {
		expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
		expect(csvField('+33 6')).toBe("'+33 6");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField(-3)).toBe('-3');
	});
});
