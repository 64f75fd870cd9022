import { REPORT_BATCH_MAX } from '../../shared/reports/report-schema';
import type { ItemResult } from '../../shared/sync/item-result';
import type { WorkerDb } from '../db/worker-db';

export type SyncOutcome =
  | { kind: 'done'; sent: number; rejected: number }
  | { kind: 'network' }
  | { kind: 'server'; status: number };

/**
 * Sends queued records in batches. An item leaves the outbox only on its own answer:
 * accepted/duplicate → synced; conflict/rejected → kept, visible, with the reason.
 * Anything else (network, 5xx, no answer) leaves every item pending for the next try.
 */
export async function pushOutbox(
  db: WorkerDb,
  fetchImpl: typeof fetch = fetch,
): Promise<SyncOutcome> {
  let sent = 0;
  let rejected = 0;
  // Called under the sync lock: anything still "sending" was left by a closed tab or a crash.
  await db.reports.where('state').equals('sending').modify({ state: 'pending' });
  for (;;) {
    const entries = await db.outbox.orderBy('queuedAt').limit(REPORT_BATCH_MAX).toArray();
    if (entries.length === 0) return { kind: 'done', sent, rejected };
    const ids = entries.map((e) => e.id);
    const reports = await db.transaction('rw', db.reports, async () => {
      const rows = (await db.reports.bulkGet(ids)).filter((r) => r !== undefined);
      await db.reports.where('id').anyOf(ids).modify({ state: 'sending' });
      return rows;
    });
    let results: ItemResult[];
    try {
      const response = await fetchImpl('/api/reports', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          reports: reports.map(({ id, serviceId, packVersion, reason, day }) => ({
            id,
            serviceId,
            packVersion,
            reason,
            day,
          })),
        }),
      });
      if (!response.ok) {
        await markPending(db, ids);
        return { kind: 'server', status: response.status };
      }
      results = ((await response.json()) as { results: ItemResult[] }).results;
    } catch {
      await markPending(db, ids);
      return { kind: 'network' };
    }
    await db.transaction('rw', db.reports, db.outbox, async () => {
      for (const result of results) {
        if (result.status === 'accepted' || result.status === 'duplicate') {
          await db.reports.update(result.id, { state: 'synced', syncedAt: Date.now() });
          sent++;
        } else {
          await db.reports.update(result.id, { state: 'rejected', rejection: result.reason ?? '' });
          rejected++;
        }
        await db.outbox.delete(result.id);
      }
    });
    // Items the server did not answer for stay queued.
    const answered = new Set(results.map((r) => r.id));
    await markPending(
      db,
      ids.filter((id) => !answered.has(id)),
    );
    if (answered.size === 0) return { kind: 'server', status: 200 };
  }
}

async function markPending(db: WorkerDb, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.reports.where('id').anyOf(ids).modify({ state: 'pending' });
}
