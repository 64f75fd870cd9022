import { WorkerDb } from '../../../src/client/db/worker-db';
import { applyResults, markPending, markSending } from '../../../src/client/sync/outbox-items';
import type { BenchLogsApi, SyncSteps } from './page-api';

type Options<K extends keyof BenchLogsApi> = Parameters<BenchLogsApi[K]>[0];

async function time(step: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await step();
  return performance.now() - started;
}

/** What one pass of pushOutbox's loop costs on the device, step by step (see outbox-sync.ts). */
export async function syncSteps(o: Options<'syncSteps'>): Promise<SyncSteps> {
  const db = new WorkerDb(o.db);
  await db.open();
  const all = (await db.outbox.toArray()).map((e) => e.id);
  const markAllPendingMs = await time(() => markPending(db, all));
  let ids: string[] = [];
  const readOutboxMs = await time(async () => {
    ids = (await db.outbox.orderBy('queuedAt').toArray()).slice(0, o.batch).map((e) => e.id);
  });
  const markSendingMs = await time(() => markSending(db, 'log', ids));
  const accepted = ids.map((id) => ({ id, status: 'accepted' as const }));
  const applyResultsMs = await time(() => applyResults(db, 'log', accepted));
  db.close();
  return {
    queued: all.length,
    batch: o.batch,
    markAllPendingMs,
    readOutboxMs,
    markSendingMs,
    applyResultsMs,
  };
}
