/**
 * The learner's progress as runes: the stored attempts, the fact file, and the statistics derived from both.
 * Reloads by itself when another tab saves or imports attempts. A page that shows nothing but an empty history
 * without facts can say so, and then does not wait for the fact file until there are attempts.
 */
import { loadFactFile } from '$lib/fact-file';
import type { FactFile } from '$lib/facts/types';
import { localDay, progressStats } from '$lib/progress/stats';
import { listAttempts, onAttemptsChanged, type AttemptList } from '$lib/storage';

export class ProgressData {
	list = $state.raw<AttemptList>();
	factFile = $state.raw<FactFile>();
	/** The attempts need the fact file, and it could not load. */
	factsFailed = $state(false);
	readonly today = localDay();
	readonly #factsWhenEmpty: boolean;

	constructor({ factsWhenEmpty }: { factsWhenEmpty: boolean }) {
		this.#factsWhenEmpty = factsWhenEmpty;
	}

	readonly stats = $derived.by(() => {
		if (!this.list || !this.factFile) return undefined;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup built and read inside this derived
		const topics = new Map(this.factFile.facts.map((fact) => [fact.id, fact.topic]));
		return progressStats(this.list.attempts, topics, this.today, localDay);
	});

	/** Reads the attempts, and the fact file if they need it; rejects when that cannot load. */
	async load(): Promise<void> {
		const facts = this.factFile ?? (this.#factsWhenEmpty ? loadFactFile() : undefined);
		const list = await listAttempts();
		if (this.#factsWhenEmpty || list.attempts.length > 0) {
			try {
				this.factFile = await (facts ?? loadFactFile());
				this.factsFailed = false;
			} catch (error) {
				this.factsFailed = true;
				throw error;
			}
		}
		this.list = list;
	}

	/** Reads again after a change; a fact file that cannot load shows as `factsFailed`. */
	async refresh(): Promise<void> {
		await this.load().catch(() => undefined);
	}

	/** Starts listening to other tabs; returns the function that stops. */
	watch(): () => void {
		return onAttemptsChanged(() => void this.refresh());
	}
}
