/**
 * A part of a page that loads after first paint (code and data no page needs to show its first screen): its value
 * once loaded, or that it failed, so the page can say so and offer to try again instead of waiting for ever.
 */
export class LazyPart<T> {
	value = $state.raw<T>();
	failed = $state(false);
	#loading = false;
	readonly #load: () => Promise<T>;

	constructor(load: () => Promise<T>) {
		this.#load = load;
	}

	/** Loads the part unless it is loaded or loading; a failed load can be started again. */
	async start(): Promise<void> {
		if (this.value !== undefined || this.#loading) return;
		this.#loading = true;
		this.failed = false;
		try {
			this.value = await this.#load();
		} catch {
			this.failed = true;
		} finally {
			this.#loading = false;
		}
	}
}
