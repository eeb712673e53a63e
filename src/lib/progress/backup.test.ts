import { describe, expect, it } from 'vitest';
import type { Attempt } from '$lib/storage/records';
import { BACKUP_FORMAT, backupReminder, createBackup, parseBackup } from './backup';

const attempt: Attempt = {
	id: 'a1',
	finishedAt: '2026-11-20T10:00:00.000Z',
	lang: 'fr',
	query: 'seed=x',
	recipe: { seed: 'x', count: 1 },
	score: 1,
	total: 1,
	durationMs: 1000,
	answers: [
		{ factIds: ['f1'], topic: 'history', type: 'date', correct: true, response: { kind: 'choice', index: 2 } }
	]
};

describe('backup files', () => {
	const text = JSON.stringify(
		createBackup([attempt], { 'quarantine:attempt:x': { v: 9 } }, new Date('2026-11-22T00:00:00Z'))
	);

	it('round-trip every attempt', () => {
		expect(parseBackup(text)).toEqual({
			ok: true,
			attempts: [attempt],
			exportedAt: '2026-11-22T00:00:00.000Z'
		});
	});

	it('refuse a truncated file', () => {
		expect(parseBackup(text.slice(0, text.length / 2))).toEqual({ ok: false, problem: 'not-json' });
	});

	it('refuse a file that is not a backup', () => {
		expect(parseBackup('{"hello": "world"}')).toEqual({ ok: false, problem: 'not-a-backup' });
		expect(parseBackup('[1, 2]')).toEqual({ ok: false, problem: 'not-a-backup' });
		expect(parseBackup('null')).toEqual({ ok: false, problem: 'not-a-backup' });
	});

	it('refuse a backup from a newer version of the app', () => {
		const newer = JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: 'x', attempts: [] });
		expect(parseBackup(newer)).toEqual({ ok: false, problem: 'newer-version' });
	});

	it('refuse the whole file when one record is damaged, so nothing half-imports', () => {
		const damaged = JSON.parse(text);
		damaged.attempts.push({ v: 2, data: { id: 'b', score: -1 } });
		expect(parseBackup(JSON.stringify(damaged))).toEqual({ ok: false, problem: 'bad-records' });
	});
});

describe('the backup reminder', () => {
	it('stays quiet without real progress, reminds when never backed up or backed up 14 days ago or more', () => {
		expect(backupReminder(2, undefined, '2026-11-22')).toBeUndefined();
		expect(backupReminder(3, undefined, '2026-11-22')).toBe('never');
		expect(backupReminder(3, '2026-11-10', '2026-11-22')).toBeUndefined();
		expect(backupReminder(3, '2026-11-08', '2026-11-22')).toBe('old');
	});
});
