/**
 * The only owner of browser storage. Records are stored as `{ v, data }`, one key per finished attempt so two tabs
 * never overwrite each other, and every record is validated when read: what cannot be read is reported, never
 * deleted, and never hides the rest. localforage is loaded on first use, so it costs nothing at first paint.
 */
import type LocalForage from 'localforage';
import { isAttempt, isRunningQuiz, type Attempt, type RunningQuiz } from './records';

export type { Attempt, AttemptAnswer, RunningQuiz } from './records';

const ATTEMPT_PREFIX = 'attempt:';
const ATTEMPT_VERSION = 1;
const RUNNING_KEY = 'running-quiz';
const RUNNING_VERSION = 1;
const LANGUAGE_KEY = 'hcq.language';

let database: Promise<LocalForage> | undefined;

function openDatabase(): Promise<LocalForage> {
	database ??= import('localforage').then(({ default: localforage }) =>
		localforage.createInstance({ name: 'hanoi-convention-quiz', storeName: 'records' })
	);
	return database;
}

export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' };

export async function saveAttempt(attempt: Attempt): Promise<SaveResult> {
	try {
		const db = await openDatabase();
		await db.setItem(ATTEMPT_PREFIX + attempt.id, { v: ATTEMPT_VERSION, data: attempt });
		return { ok: true };
	} catch (error) {
		return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' };
	}
}

export type AttemptList = { attempts: Attempt[]; unreadable: string[]; available: boolean };

/** Every readable attempt, newest first, and the keys of records that could not be read. */
export async function listAttempts(): Promise<AttemptList> {
	const attempts: Attempt[] = [];
	const unreadable: string[] = [];
	try {
		const db = await openDatabase();
		await db.iterate((value: unknown, key: string) => {
			if (!key.startsWith(ATTEMPT_PREFIX)) return;
			const attempt = readAttemptRecord(value);
			if (attempt) attempts.push(attempt);
			else unreadable.push(key);
		});
	} catch {
		return { attempts, unreadable, available: false };
	}
	attempts.sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
	return { attempts, unreadable, available: true };
}

export function readAttemptRecord(value: unknown): Attempt | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const record = value as { v?: unknown; data?: unknown };
	if (record.v !== ATTEMPT_VERSION) return undefined;
	return isAttempt(record.data) ? record.data : undefined;
}

export async function saveRunningQuiz(running: RunningQuiz): Promise<SaveResult> {
	try {
		const db = await openDatabase();
		await db.setItem(RUNNING_KEY, { v: RUNNING_VERSION, data: running });
		return { ok: true };
	} catch (error) {
		return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' };
	}
}

/** The quiz in progress, if one was saved and can be read. */
export async function loadRunningQuiz(): Promise<RunningQuiz | undefined> {
	try {
		const db = await openDatabase();
		const record = await db.getItem<unknown>(RUNNING_KEY);
		if (typeof record !== 'object' || record === null) return undefined;
		const { v, data } = record as { v?: unknown; data?: unknown };
		return v === RUNNING_VERSION && isRunningQuiz(data) ? data : undefined;
	} catch {
		return undefined;
	}
}

export async function clearRunningQuiz(): Promise<void> {
	try {
		const db = await openDatabase();
		await db.removeItem(RUNNING_KEY);
	} catch {
		// Nothing was stored, or storage is gone: either way there is no running quiz left to resume.
	}
}

function isQuotaError(error: unknown): boolean {
	return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

/** The language the visitor chose last, if any. Synchronous so `/` can redirect at once. */
export function readLanguageChoice(): string | undefined {
	try {
		return localStorage.getItem(LANGUAGE_KEY) ?? undefined;
	} catch {
		return undefined;
	}
}

export function saveLanguageChoice(lang: string): void {
	try {
		localStorage.setItem(LANGUAGE_KEY, lang);
	} catch {
		// Private modes may refuse storage; the choice then lasts for this visit only, which is acceptable.
	}
}
