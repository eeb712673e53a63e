/**
 * The learner's progress as runes: the stored attempts, the fact file, and the statistics derived from both.
 * Reloads by itself when another tab saves or imports attempts.
 */
import { loadFactFile } from '$lib/fact-file';
import type { FactFile } from '$lib/facts/types';
import { localDay, progressStats } from '$lib/progress/stats';
import { listAttempts, onAttemptsChanged, type AttemptList } from '$lib/storage';

export class ProgressData {
	list = $state.raw<AttemptList>();
	factFile = $state.raw<FactFile>();
	readonly today = localDay();

	readonly stats = $derived.by(() => {
		if (!this.list || !this.factFile) return undefined;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup built and read inside this derived
		const topics = new Map(this.factFile.facts.map((fact) => [fact.id, fact.topic]));
		return progressStats(this.list.attempts, topics, this.today, localDay);
	});

	async load(): Promise<void> {
		const [list, factFile] = await Promise.all([listAttempts(), loadFactFile()]);
		this.factFile = factFile;
		this.list = list;
	}

	async refresh(): Promise<void> {
		this.list = await listAttempts();
	}

	/** Starts listening to other tabs; returns the function that stops. */
	watch(): () => void {
		return onAttemptsChanged(() => void this.refresh());
	}
}
