/**
 * CSV for spreadsheet programs: UTF-8 with a byte-order mark (so accents open correctly), CRLF line ends, every
 * field quoted when needed, and cells that a spreadsheet would run as a formula neutralised.
 */
const BOM = '\uFEFF';

export function csvField(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
	return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
