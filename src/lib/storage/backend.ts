/**
 * The slice of localforage's API the storage module uses, and an in-memory implementation of it: the fallback when
 * the browser refuses every persistent store, and the store unit tests run against.
 */
export type Backend = {
	getItem<T>(key: string): Promise<T | null>;
	setItem<T>(key: string, value: T): Promise<T>;
	removeItem(key: string): Promise<void>;
	iterate<T, U>(iteratee: (value: T, key: string, iterationNumber: number) => U): Promise<U>;
};

export function memoryBackend(
	initial: Record<string, unknown> = {}
): Backend & { data: Map<string, unknown> } {
	const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
	return {
		data,
		async getItem<T>(key: string) {
			return data.has(key) ? (structuredClone(data.get(key)) as T) : null;
		},
		async setItem<T>(key: string, value: T) {
			data.set(key, structuredClone(value));
			return value;
		},
		async removeItem(key: string) {
			data.delete(key);
		},
		async iterate<T, U>(iteratee: (value: T, key: string, iterationNumber: number) => U) {
			let index = 1;
			for (const [key, value] of [...data]) {
				const result = iteratee(structuredClone(value) as T, key, index++);
				if (result !== undefined) return result;
			}
			return undefined as U;
		}
	};
}
