import { WorkerDb } from '../../../src/client/db/worker-db';
import { applyResults, markSending, resetInterrupted } from '../../../src/client/sync/outbox-items';
import type { BenchLogsApi, SyncSteps } from './page-api';

type Options<K extends keyof BenchLogsApi> = Parameters<BenchLogsApi[K]>[0];

async function time(step: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await step();
  return performance.now() - started;
}

/**
 * What one pass of pushOutbox's loop costs on the device, step by step, with the same queries
 * (outbox-sync.ts's nextBatch is not exported: its two reads are repeated here).
 */
export async function syncSteps(o: Options<'syncSteps'>): Promise<SyncSteps> {
  const db = new WorkerDb(o.db);
  await db.open();
  const queued = await db.outbox.count();
  const resetInterruptedMs = await time(() => resetInterrupted(db));
  let ids: string[] = [];
  const nextBatchMs = await time(async () => {
    const first = await db.outbox.orderBy('queuedAt').first();
    await db.accounts.get(first?.authorId ?? '');
    const entries = await db.outbox
      .where('authorId')
      .equals(first?.authorId ?? '')
      .filter((e) => e.kind === first?.kind)
      .limit(o.batch)
      .toArray();
    ids = entries.sort((a, b) => a.queuedAt - b.queuedAt).map((e) => e.id);
  });
  const markSendingMs = await time(() => markSending(db, 'log', ids));
  const accepted = ids.map((id) => ({ id, status: 'accepted' as const }));
  const applyResultsMs = await time(() => applyResults(db, 'log', accepted));
  db.close();
  return {
    queued,
    batch: o.batch,
    resetInterruptedMs,
    nextBatchMs,
    markSendingMs,
    applyResultsMs,
  };
}
