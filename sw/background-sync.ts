import { WorkerDb } from '../src/client/db/worker-db';
import { pushOutbox } from '../src/client/sync/outbox-sync';

/** The tag pages register after each save; the browser fires it when the network returns. */
export const BACKGROUND_SYNC_TAG = 'reperes-sync';

interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

/**
 * Background Sync (Chromium): the same engine as the page, under the same cross-tab lock, so a
 * log reaches the server even when no tab is open. Not Workbox's queue: it deletes a request
 * before sending it and treats any answer, 500 included, as success (workbox issue 2599).
 */
export function listenForBackgroundSync(scope: ServiceWorkerGlobalScope): void {
  scope.addEventListener('sync', (event) => {
    const sync = event as SyncEvent;
    if (sync.tag !== BACKGROUND_SYNC_TAG) return;
    sync.waitUntil(runOnce());
  });
}

async function runOnce(): Promise<void> {
  const db = new WorkerDb();
  try {
    const outcome = await navigator.locks.request('reperes-sync', { ifAvailable: true }, (lock) =>
      lock ? pushOutbox(db) : null,
    );
    // A network failure makes the browser retry the sync event later, with its own backoff.
    if (outcome && outcome.kind !== 'done') throw new Error(`sync: ${outcome.kind}`);
  } finally {
    db.close();
  }
}
