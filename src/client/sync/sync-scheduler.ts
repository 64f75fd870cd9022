import { workerDb } from '../db/databases';
import { probeServer } from '../platform/connectivity';
import { withLockIfFree } from '../platform/locks';
import { appStatus } from '../state/app-status-store';
import { session } from '../state/session-store';
import { pushOutbox } from './outbox-sync';
import { checkForPackUpdate } from './pack-updater';
import { purgeSyncedRecords } from './purge-synced';

const PERIOD_MS = 60_000;
const BACKOFF_BASE_MS = 5_000;
const BACKOFF_CAP_MS = 10 * 60_000;

let failures = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

/** Full jitter: spreads the retries of many tablets coming back online at once. */
function backoffDelay(attempt: number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

export async function refreshPendingCount(): Promise<void> {
  appStatus.setState({ pendingCount: await workerDb.outbox.count() });
}

/** One sync: probe, pack check, outbox push. Safe to call from any trigger at any time. */
export async function syncNow(): Promise<void> {
  clearTimeout(retryTimer);
  const connection = await probeServer();
  appStatus.setState({ connection });
  if (connection !== 'online') return scheduleRetry();
  await checkForPackUpdate();
  const outcome = await withLockIfFree('reperes-sync', async () => {
    appStatus.setState({ syncing: true });
    try {
      return await pushOutbox(workerDb);
    } finally {
      appStatus.setState({ syncing: false });
    }
  });
  await refreshPendingCount();
  if (outcome === null) return; // another tab is syncing
  if (outcome.kind === 'done') {
    failures = 0;
    appStatus.setState({
      lastSyncAt: Date.now(),
      nextRetryAt: null,
      refusedCount: await workerDb.logs.where('state').equals('rejected').count(),
    });
    const me = session.getState().user;
    if (me && outcome.authNeeded.includes(me.userId)) session.setState({ authNeeded: true });
    session.setState({ accountDisabled: me !== null && outcome.disabled.includes(me.userId) });
    await purgeSyncedRecords(workerDb);
    return;
  }
  appStatus.setState({ connection: 'server-down' });
  scheduleRetry();
}

function scheduleRetry(): void {
  const delay = backoffDelay(failures++);
  appStatus.setState({ nextRetryAt: Date.now() + delay });
  retryTimer = setTimeout(() => void syncNow(), delay);
}

/** Triggers: start, reconnection, a periodic timer while visible, and explicit calls. */
export function startSyncTriggers(): void {
  void refreshPendingCount();
  void syncNow();
  window.addEventListener('online', () => void syncNow());
  window.addEventListener('offline', () => appStatus.setState({ connection: 'offline' }));
  setInterval(() => {
    if (document.visibilityState === 'visible') void syncNow();
  }, PERIOD_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void syncNow();
  });
}

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

/**
 * After each save: count it, try now, and ask for Background Sync where the browser has it
 * (Chromium), so the record leaves even if the tab is closed before the network returns.
 */
export async function afterSave(): Promise<void> {
  await refreshPendingCount();
  void syncNow();
  const registration = await navigator.serviceWorker?.getRegistration();
  const sync = (
    registration as (ServiceWorkerRegistration & { sync?: SyncManagerLike }) | undefined
  )?.sync;
  await sync?.register('reperes-sync').catch(() => undefined);
}
