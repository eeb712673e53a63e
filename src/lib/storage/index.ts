/**
 * The only owner of browser storage (with language.ts beside it for the language choice). Records are stored as
 * `{ v, data }`, one key per finished attempt so two tabs never overwrite each other. Every record is validated
 * when read and older versions are migrated; a record that cannot be read is moved aside under `quarantine:`
 * (kept, reported, never deleted) and never hides the rest. When IndexedDB and localStorage both fail, an in-memory
 * store keeps the app working and says so. localforage is loaded on first use, so it costs nothing at first paint.
 */
import {
	ATTEMPT_VERSION,
	TEACHER_VERSION,
	isReceiptRecord,
	isTeacherQuizRecord,
	migrateAttempt,
	SETTINGS_VERSION,
	isRunningQuiz,
	isSettings,
	type Attempt,
	type ReceiptRecord,
	type RunningQuiz,
	type Settings,
	type TeacherQuizRecord
} from './records';
import { memoryBackend, type Backend } from './backend';

export type {
	Attempt,
	AttemptAnswer,
	ReceiptRecord,
	RunningQuiz,
	Settings,
	TeacherQuizRecord
} from './records';
export type { Backend } from './backend';

const ATTEMPT_PREFIX = 'attempt:';
const QUARANTINE_PREFIX = 'quarantine:';
const RUNNING_KEY = 'running-quiz';
const RUNNING_VERSION = 1;
const SETTINGS_KEY = 'settings';
const CHANNEL = 'hanoi-quiz-progress';

/** Where progress lives: IndexedDB (or localStorage) survives the tab; memory does not. */
export type StorageKind = 'persistent' | 'memory';

type Opened = { backend: Backend; kind: StorageKind };
let opened: Promise<Opened> | undefined;

async function openLocalforage(): Promise<Opened> {
	try {
		const { default: localforage } = await import('localforage');
		const instance = localforage.createInstance({
			name: 'hanoi-convention-quiz',
			storeName: 'records',
			driver: [localforage.INDEXEDDB, localforage.LOCALSTORAGE]
		});
		await instance.ready();
		// A store that opens but cannot write (some private modes) is as good as none.
		await instance.setItem('probe', 1);
		return { backend: instance, kind: 'persistent' };
	} catch {
		return { backend: memoryBackend(), kind: 'memory' };
	}
}

function open(): Promise<Opened> {
	opened ??= openLocalforage();
	return opened;
}

/** For tests: use this backend instead of localforage. */
export function useBackend(backend: Backend, kind: StorageKind = 'persistent'): void {
	opened = Promise.resolve({ backend, kind });
}

export async function storageKind(): Promise<StorageKind> {
	return (await open()).kind;
}

export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' };

async function write(key: string, value: unknown): Promise<SaveResult> {
	try {
		const { backend } = await open();
		await backend.setItem(key, value);
		return { ok: true };
	} catch (error) {
		return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' };
	}
}

function isQuotaError(error: unknown): boolean {
	if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) {
		return false;
	}
	const { name } = error as { name: string };
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/* ---------- attempts ---------- */

export async function saveAttempt(attempt: Attempt): Promise<SaveResult> {
	const result = await write(ATTEMPT_PREFIX + attempt.id, { v: ATTEMPT_VERSION, data: attempt });
	if (result.ok) announceChange();
	return result;
}

export type AttemptList = {
	attempts: Attempt[];
	/** Keys of records set aside because they could not be read, this time or before. */
	quarantined: string[];
	kind: StorageKind;
	available: boolean;
};

/** Every readable attempt, newest first. Unreadable ones are moved to quarantine and listed. */
export async function listAttempts(): Promise<AttemptList> {
	const attempts: Attempt[] = [];
	const quarantined: string[] = [];
	const unreadable: [string, unknown][] = [];
	let kind: StorageKind = 'memory';
	try {
		const store = await open();
		kind = store.kind;
		await store.backend.iterate((value: unknown, key: string) => {
			if (key.startsWith(QUARANTINE_PREFIX)) quarantined.push(key);
			if (!key.startsWith(ATTEMPT_PREFIX)) return;
			const attempt = migrateAttempt(value);
			if (attempt) attempts.push(attempt);
			else unreadable.push([key, value]);
		});
		for (const [key, value] of unreadable) {
			const target = QUARANTINE_PREFIX + key;
			await store.backend.setItem(target, value);
			await store.backend.removeItem(key);
			quarantined.push(target);
		}
	} catch {
		return { attempts, quarantined, kind, available: false };
	}
	attempts.sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
	return { attempts, quarantined, kind, available: true };
}

/** Raw records set aside as unreadable, for the backup (so nothing is ever lost). */
export async function quarantinedRecords(): Promise<Record<string, unknown>> {
	const records: Record<string, unknown> = {};
	try {
		const { backend } = await open();
		await backend.iterate((value: unknown, key: string) => {
			if (key.startsWith(QUARANTINE_PREFIX)) records[key] = value;
		});
	} catch {
		// No storage: nothing was set aside.
	}
	return records;
}

/**
 * Adds attempts that are not stored yet (by id) and returns how many were added. Each is its own record, so a
 * failure part-way keeps what was written and loses nothing that was there.
 */
export async function addAttempts(attempts: readonly Attempt[]): Promise<{ added: number } & SaveResult> {
	const existing = new Set((await listAttempts()).attempts.map((attempt) => attempt.id));
	let added = 0;
	for (const attempt of attempts) {
		if (existing.has(attempt.id)) continue;
		const result = await write(ATTEMPT_PREFIX + attempt.id, { v: ATTEMPT_VERSION, data: attempt });
		if (!result.ok) return { ...result, added };
		existing.add(attempt.id);
		added += 1;
	}
	if (added > 0) announceChange();
	return { ok: true, added };
}

/* ---------- the running quiz ---------- */

export async function saveRunningQuiz(running: RunningQuiz): Promise<SaveResult> {
	return write(RUNNING_KEY, { v: RUNNING_VERSION, data: running });
}

/** The quiz in progress, if one was saved and can be read. */
export async function loadRunningQuiz(): Promise<RunningQuiz | undefined> {
	try {
		const { backend } = await open();
		const record = await backend.getItem<unknown>(RUNNING_KEY);
		if (typeof record !== 'object' || record === null) return undefined;
		const { v, data } = record as { v?: unknown; data?: unknown };
		return v === RUNNING_VERSION && isRunningQuiz(data) ? data : undefined;
	} catch {
		return undefined;
	}
}

export async function clearRunningQuiz(): Promise<void> {
	try {
		const { backend } = await open();
		await backend.removeItem(RUNNING_KEY);
	} catch {
		// Nothing was stored, or storage is gone: either way there is no running quiz left to resume.
	}
}

/* ---------- settings ---------- */

export async function loadSettings(): Promise<Settings> {
	try {
		const { backend } = await open();
		const record = await backend.getItem<unknown>(SETTINGS_KEY);
		if (typeof record === 'object' && record !== null) {
			const { v, data } = record as { v?: unknown; data?: unknown };
			if (v === SETTINGS_VERSION && isSettings(data)) return data;
		}
	} catch {
		// Fall through to defaults: settings are conveniences, never progress.
	}
	return {};
}

export async function saveSettings(settings: Settings): Promise<SaveResult> {
	return write(SETTINGS_KEY, { v: SETTINGS_VERSION, data: settings });
}

/* ---------- teachers: their quizzes and the receipts they collect ---------- */

const TEACHER_PREFIX = 'teacher-quiz:';
const RECEIPT_PREFIX = 'receipt:';

async function readAll<T>(prefix: string, valid: (value: unknown) => value is T): Promise<T[]> {
	const found: T[] = [];
	try {
		const { backend } = await open();
		await backend.iterate((record: unknown, key: string) => {
			if (!key.startsWith(prefix) || typeof record !== 'object' || record === null) return;
			const { v, data } = record as { v?: unknown; data?: unknown };
			if (v === TEACHER_VERSION && valid(data)) found.push(data);
		});
	} catch {
		// No storage: nothing to list.
	}
	return found;
}

export async function saveTeacherQuiz(quiz: TeacherQuizRecord): Promise<SaveResult> {
	return write(TEACHER_PREFIX + quiz.id, { v: TEACHER_VERSION, data: quiz });
}

/** The teacher's quizzes, newest first. */
export async function listTeacherQuizzes(): Promise<TeacherQuizRecord[]> {
	const quizzes = await readAll(TEACHER_PREFIX, isTeacherQuizRecord);
	return quizzes.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Keeps a receipt under its own key; the same receipt twice is recognised, not duplicated. */
export async function saveReceipt(
	receipt: ReceiptRecord
): Promise<SaveResult | { ok: false; reason: 'duplicate' }> {
	const key = `${RECEIPT_PREFIX}${receipt.quizId}:${receipt.id}`;
	try {
		const { backend } = await open();
		if ((await backend.getItem(key)) !== null) return { ok: false, reason: 'duplicate' };
	} catch {
		return { ok: false, reason: 'unavailable' };
	}
	return write(key, { v: TEACHER_VERSION, data: receipt });
}

export async function listReceipts(quizId: string): Promise<ReceiptRecord[]> {
	const receipts = await readAll(`${RECEIPT_PREFIX}${quizId}:`, isReceiptRecord);
	return receipts.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

/* ---------- other tabs ---------- */

function announceChange(): void {
	if (typeof BroadcastChannel === 'undefined') return;
	const channel = new BroadcastChannel(CHANNEL);
	channel.postMessage('attempts-changed');
	channel.close();
}

/** Calls `listener` when another tab saves or imports attempts; returns the unsubscribe function. */
export function onAttemptsChanged(listener: () => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = () => listener();
	return () => channel.close();
}

/* ---------- persistence and language ---------- */

/** Asks the browser to keep this site's data under storage pressure; returns whether it will. */
export async function requestPersistence(): Promise<boolean | undefined> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return undefined;
	try {
		return (await navigator.storage.persisted()) || (await navigator.storage.persist());
	} catch {
		return false;
	}
}

export async function isPersisted(): Promise<boolean | undefined> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return undefined;
	try {
		return await navigator.storage.persisted();
	} catch {
		return false;
	}
}
