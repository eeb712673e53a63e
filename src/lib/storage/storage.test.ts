import { beforeEach, describe, expect, it } from 'vitest';
import { memoryBackend, type Backend } from './backend';
import {
	addAttempts,
	listAttempts,
	loadRunningQuiz,
	loadSettings,
	saveAttempt,
	saveRunningQuiz,
	saveSettings,
	useBackend
} from '.';
import type { Attempt } from './records';

/** An attempt as the first release (record version 1) stored it. */
const V1_FIXTURE = {
	v: 1,
	data: {
		id: 'v1-attempt',
		finishedAt: '2026-11-01T10:00:00.000Z',
		lang: 'fr',
		recipe: { seed: 'abc', count: 2, types: ['single-choice'] },
		score: 1,
		total: 2,
		durationMs: 30000,
		answers: [
			{ factIds: ['ga-adoption-date'], correct: true },
			{ factIds: ['official-title'], correct: false }
		]
	}
};

function attempt(id: string, finishedAt = '2026-11-20T10:00:00.000Z'): Attempt {
	return {
		id,
		finishedAt,
		lang: 'en',
		query: 'seed=x',
		recipe: { seed: 'x', count: 1 },
		score: 1,
		total: 1,
		durationMs: 1000,
		answers: [
			{
				factIds: ['f1'],
				topic: 'history',
				type: 'true-false',
				correct: true,
				response: { kind: 'choice', index: 0 }
			}
		]
	};
}

let backend: ReturnType<typeof memoryBackend>;
beforeEach(() => {
	backend = memoryBackend();
	useBackend(backend);
});

describe('attempt records', () => {
	it('are stored one key each, versioned, and listed newest first', async () => {
		await saveAttempt(attempt('a', '2026-11-01T00:00:00Z'));
		await saveAttempt(attempt('b', '2026-11-02T00:00:00Z'));
		expect([...backend.data.keys()].sort()).toEqual(['attempt:a', 'attempt:b']);
		expect(backend.data.get('attempt:a')).toMatchObject({ v: 2 });
		const list = await listAttempts();
		expect(list.attempts.map((item) => item.id)).toEqual(['b', 'a']);
	});

	it('migrates the first release’s version 1 records', async () => {
		backend.data.set('attempt:v1-attempt', structuredClone(V1_FIXTURE));
		const list = await listAttempts();
		expect(list.quarantined).toEqual([]);
		const [migrated] = list.attempts;
		expect(migrated).toMatchObject({ id: 'v1-attempt', query: 'seed=abc&n=2&types=single-choice' });
		expect(migrated!.answers[0]).toEqual({
			factIds: ['ga-adoption-date'],
			topic: '',
			type: 'single-choice',
			correct: true,
			response: null
		});
	});

	it('sets aside what cannot be read, reports it, keeps it, and shows the rest', async () => {
		await saveAttempt(attempt('good'));
		backend.data.set('attempt:broken', { v: 2, data: { id: 'broken', score: 'lots' } });
		backend.data.set('attempt:future', { v: 99, data: {} });
		const list = await listAttempts();
		expect(list.attempts.map((item) => item.id)).toEqual(['good']);
		expect(list.quarantined.sort()).toEqual(['quarantine:attempt:broken', 'quarantine:attempt:future']);
		expect(backend.data.get('quarantine:attempt:broken')).toEqual({
			v: 2,
			data: { id: 'broken', score: 'lots' }
		});
		expect(backend.data.has('attempt:broken')).toBe(false);
		expect((await listAttempts()).quarantined).toHaveLength(2);
	});

	it('merges imported attempts without duplicating', async () => {
		await saveAttempt(attempt('a'));
		const result = await addAttempts([attempt('a'), attempt('b'), attempt('c')]);
		expect(result).toEqual({ ok: true, added: 2 });
		expect((await listAttempts()).attempts).toHaveLength(3);
	});
});

describe('when storage fails', () => {
	function failing(error: Error): Backend {
		const base = memoryBackend();
		return { ...base, setItem: () => Promise.reject(error) };
	}

	it('says the storage is full, and keeps what was saved', async () => {
		const quota = new Error('full');
		quota.name = 'QuotaExceededError';
		const store = failing(quota);
		useBackend(store);
		expect(await saveAttempt(attempt('x'))).toEqual({ ok: false, reason: 'quota' });
	});

	it('says the storage is unavailable for other errors', async () => {
		useBackend(failing(new Error('broken profile')));
		expect(await saveAttempt(attempt('x'))).toEqual({ ok: false, reason: 'unavailable' });
		expect(await saveSettings({})).toEqual({ ok: false, reason: 'unavailable' });
	});
});

describe('the running quiz and the settings', () => {
	it('round-trip, and unreadable ones read as absent', async () => {
		const running = {
			query: 'seed=x',
			lang: 'fr' as const,
			index: 1,
			responses: [{ kind: 'choice' as const, index: 0 }, null],
			elapsedMs: 5000,
			extraMinutes: 0,
			updatedAt: '2026-11-20T10:00:00.000Z'
		};
		await saveRunningQuiz(running);
		expect(await loadRunningQuiz()).toEqual(running);
		backend.data.set('running-quiz', { v: 1, data: { ...running, index: 7 } });
		expect(await loadRunningQuiz()).toBeUndefined();

		await saveSettings({ lastBackupAt: '2026-11-20T10:00:00.000Z' });
		expect(await loadSettings()).toEqual({ lastBackupAt: '2026-11-20T10:00:00.000Z' });
		backend.data.set('settings', 'garbage');
		expect(await loadSettings()).toEqual({});
	});
});
