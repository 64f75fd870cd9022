import type { ItemResult } from '../../shared/sync/item-result';
import type { OutboxEntry, WorkerDb } from '../db/worker-db';

/** What the server receives for each kind of record: the record itself, without device state. */
export async function payloadFor(
  db: WorkerDb,
  kind: OutboxEntry['kind'],
  ids: string[],
): Promise<unknown[]> {
  if (kind === 'report') {
    const rows = await db.reports.bulkGet(ids);
    return rows.flatMap((r) =>
      r
        ? [
            {
              id: r.id,
              serviceId: r.serviceId,
              packVersion: r.packVersion,
              reason: r.reason,
              day: r.day,
            },
          ]
        : [],
    );
  }
  const rows = await db.logs.bulkGet(ids);
  return rows.flatMap((r) => (r ? [r.log] : []));
}

/** Marks the batch "sending" (no edit until its answer) and reads what to send, atomically. */
export async function markSending(
  db: WorkerDb,
  kind: OutboxEntry['kind'],
  ids: string[],
): Promise<unknown[]> {
  return db.transaction('rw', db.reports, db.logs, async () => {
    if (kind === 'report') await db.reports.where('id').anyOf(ids).modify({ state: 'sending' });
    else await db.logs.where('id').anyOf(ids).modify({ state: 'sending' });
    return payloadFor(db, kind, ids);
  });
}

/**
 * Puts items left "sending" back in the queue. The server may have stored a log's revision
 * without the answer reaching us (timeout, dropped connection, crash): that revision is counted
 * as possibly there, so that an edit goes out as the next revision (never the same revision
 * with other content, a conflict) and a deletion as a cancellation (never a local-only delete).
 */
export async function markPending(db: WorkerDb, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.transaction('rw', db.reports, db.logs, async () => {
    await db.reports
      .where('id')
      .anyOf(ids)
      .and((r) => r.state === 'sending')
      .modify({ state: 'pending' });
    await db.logs
      .where('id')
      .anyOf(ids)
      .and((r) => r.state === 'sending')
      .modify((r) => {
        r.state = 'pending';
        r.syncedRevision = Math.max(r.syncedRevision, r.log.revision);
      });
  });
}

/**
 * Applies the server's per-item answers in one transaction. A log edited again while its
 * previous revision was in flight stays queued for the new revision.
 */
export async function applyResults(
  db: WorkerDb,
  kind: OutboxEntry['kind'],
  results: ItemResult[],
): Promise<{ sent: number; rejected: number }> {
  let sent = 0;
  let rejected = 0;
  await db.transaction('rw', db.reports, db.logs, db.outbox, async () => {
    for (const result of results) {
      const ok = result.status === 'accepted' || result.status === 'duplicate';
      if (kind === 'report') {
        await db.reports.update(
          result.id,
          ok
            ? { state: 'synced', syncedAt: Date.now() }
            : { state: 'rejected', rejection: result.reason ?? '' },
        );
      } else {
        const row = await db.logs.get(result.id);
        if (row) {
          await db.logs.update(
            result.id,
            ok
              ? {
                  state: 'synced',
                  syncedRevision: row.log.revision,
                  syncedAt: Date.now(),
                  rejection: undefined,
                }
              : { state: 'rejected', rejection: result.reason ?? '' },
          );
        }
      }
      await db.outbox.delete(result.id);
      if (ok) sent++;
      else rejected++;
    }
  });
  return { sent, rejected };
}
