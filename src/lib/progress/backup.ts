/**
 * The backup file: every attempt (as stored, versioned) and every record set aside as unreadable, so a backup
 * never loses anything. Reading a file never throws and returns either all its attempts or the reason it is
 * refused, so a bad file changes nothing.
 */
import { ATTEMPT_VERSION, migrateAttempt, type Attempt } from '$lib/storage/records';
import { addDays } from './schedule';

export const BACKUP_FORMAT = 'hanoi-convention-quiz-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before parsing: ten thousand attempts take about 10 MB. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export type Backup = {
	format: typeof BACKUP_FORMAT;
	version: number;
	exportedAt: string;
	attempts: { v: number; data: Attempt }[];
	quarantined: Record<string, unknown>;
};

export type BackupProblem = 'too-large' | 'not-json' | 'not-a-backup' | 'newer-version' | 'bad-records';
export type ParsedBackup =
	{ ok: true; attempts: Attempt[]; exportedAt: string } | { ok: false; problem: BackupProblem };

export function createBackup(
	attempts: readonly Attempt[],
	quarantined: Record<string, unknown>,
	now: Date
): Backup {
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		attempts: attempts.map((data) => ({ v: ATTEMPT_VERSION, data })),
		quarantined
	};
}

export function parseBackup(text: string): ParsedBackup {
	if (text.length > MAX_BACKUP_BYTES) return { ok: false, problem: 'too-large' };
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'not-json' };
	}
	if (typeof value !== 'object' || value === null) return { ok: false, problem: 'not-a-backup' };
	const backup = value as Partial<Backup>;
	if (backup.format !== BACKUP_FORMAT || typeof backup.version !== 'number') {
		return { ok: false, problem: 'not-a-backup' };
	}
	if (backup.version > BACKUP_VERSION) return { ok: false, problem: 'newer-version' };
	if (!Array.isArray(backup.attempts) || typeof backup.exportedAt !== 'string') {
		return { ok: false, problem: 'not-a-backup' };
	}
	const attempts: Attempt[] = [];
	for (const record of backup.attempts) {
		const attempt = migrateAttempt(record);
		if (!attempt) return { ok: false, problem: 'bad-records' };
		attempts.push(attempt);
	}
	return { ok: true, attempts, exportedAt: backup.exportedAt };
}

/** Real progress worth protecting, and how old a backup may get before the learner is reminded. */
export const REMIND_AFTER_ATTEMPTS = 3;
export const REMIND_AFTER_DAYS = 14;

/**
 * Whether to remind the learner to back up: 'never' (no backup yet), 'old' (the last is too old), or undefined.
 * @param lastBackupDay the local day of the last backup, if any
 */
export function backupReminder(
	attemptCount: number,
	lastBackupDay: string | undefined,
	today: string
): 'never' | 'old' | undefined {
	if (attemptCount < REMIND_AFTER_ATTEMPTS) return undefined;
	if (!lastBackupDay) return 'never';
	return addDays(lastBackupDay, REMIND_AFTER_DAYS) <= today ? 'old' : undefined;
}
