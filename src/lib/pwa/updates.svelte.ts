/**
 * Registers the service worker and reports, as runes, when the app is ready offline (first install) and when a new
 * version is waiting. A new version takes over only when the learner accepts; the page then reloads, and a quiz
 * in progress resumes from storage.
 */
export class AppUpdates {
	offlineReady = $state(false);
	updateReady = $state(false);
	#registration: ServiceWorkerRegistration | undefined;
	#accepted = false;

	async start(scriptUrl: string): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const container = navigator.serviceWorker;
		const firstInstall = !container.controller;
		container.addEventListener('controllerchange', () => {
			if (this.#accepted) location.reload();
		});
		let registration: ServiceWorkerRegistration;
		try {
			registration = await container.register(scriptUrl);
		} catch {
			return;
		}
		this.#registration = registration;
		const watch = (worker: ServiceWorker | null) =>
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed' && container.controller) this.updateReady = true;
			});
		if (registration.waiting && container.controller) this.updateReady = true;
		watch(registration.installing);
		registration.addEventListener('updatefound', () => watch(registration.installing));
		if (firstInstall) {
			await container.ready;
			this.offlineReady = true;
		}
	}

	accept(): void {
		const waiting = this.#registration?.waiting;
		if (!waiting) return;
		this.#accepted = true;
		waiting.postMessage('skip-waiting');
	}

	dismiss(): void {
		this.updateReady = false;
	}

	dismissOfflineReady(): void {
		this.offlineReady = false;
	}
}
