import type { ItemResult } from '../../shared/sync/item-result';
import type { OutboxEntry, StoredLog, StoredReport, WorkerDb } from '../db/worker-db';

/** What the server receives for each kind of record: the record itself, without device state. */
function payloadOf(row: StoredReport | StoredLog): unknown {
  if ('log' in row) return row.log;
  const { id, serviceId, packVersion, reason, day } = row;
  return { id, serviceId, packVersion, reason, day };
}

/**
 * Marks the batch "sending" (no edit until its answer) and reads what to send, atomically;
 * bulk reads and writes keep a batch of 200 to a handful of IndexedDB requests.
 */
export async function markSending(
  db: WorkerDb,
  kind: OutboxEntry['kind'],
  ids: string[],
): Promise<unknown[]> {
  return db.transaction('rw', db.reports, db.logs, async () => {
    if (kind === 'report') {
      const rows = (await db.reports.bulkGet(ids)).filter((r) => r !== undefined);
      await db.reports.bulkPut(rows.map((r) => ({ ...r, state: 'sending' as const })));
      return rows.map(payloadOf);
    }
    const rows = (await db.logs.bulkGet(ids)).filter((r) => r !== undefined);
    await db.logs.bulkPut(rows.map((r) => ({ ...r, state: 'sending' as const })));
    return rows.map(payloadOf);
  });
}

/**
 * A log back from "sending" without an answer: the server may have stored that revision (a
 * timeout, a dropped connection or a crash after its commit). It counts as possibly there, so
 * that an edit goes out as the next revision (never the same one with other content: a
 * conflict) and a deletion as a cancellation (never a local-only delete the server misses).
 */
function backToPending(row: StoredLog): void {
  row.state = 'pending';
  row.syncedRevision = Math.max(row.syncedRevision, row.log.revision);
}

/** Puts items left "sending" back to "pending" (no answer came, or a closed tab left them). */
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
      .modify(backToPending);
  });
}

/** At the start of a run, under the sync lock: whatever is still "sending" was interrupted. */
export async function resetInterrupted(db: WorkerDb): Promise<void> {
  await db.transaction('rw', db.reports, db.logs, async () => {
    await db.reports.where('state').equals('sending').modify({ state: 'pending' });
    await db.logs.where('state').equals('sending').modify(backToPending);
  });
}

/**
 * Applies the server's per-item answers in one transaction. An item leaves the outbox only on
 * its own answer; a refused one stays on the device with the reason.
 */
export async function applyResults(
  db: WorkerDb,
  kind: OutboxEntry['kind'],
  results: ItemResult[],
): Promise<{ sent: number; rejected: number }> {
  const ok = (r: ItemResult) => r.status === 'accepted' || r.status === 'duplicate';
  const byId = new Map(results.map((r) => [r.id, r]));
  const ids = [...byId.keys()];
  const now = Date.now();
  await db.transaction('rw', db.reports, db.logs, db.outbox, async () => {
    if (kind === 'report') {
      const rows = (await db.reports.bulkGet(ids)).filter((r) => r !== undefined);
      await db.reports.bulkPut(
        rows.map((r) => {
          const result = byId.get(r.id);
          return result && ok(result)
            ? { ...r, state: 'synced' as const, syncedAt: now }
            : { ...r, state: 'rejected' as const, rejection: result?.reason ?? '' };
        }),
      );
    } else {
      const rows = (await db.logs.bulkGet(ids)).filter((r) => r !== undefined);
      await db.logs.bulkPut(
        rows.map((r): StoredLog => {
          const result = byId.get(r.id);
          if (result && ok(result)) {
            const { rejection: _dropped, ...rest } = r;
            return { ...rest, state: 'synced', syncedRevision: r.log.revision, syncedAt: now };
          }
          return { ...r, state: 'rejected', rejection: result?.reason ?? '' };
        }),
      );
    }
    await db.outbox.bulkDelete(ids);
  });
  const sent = results.filter(ok).length;
  return { sent, rejected: results.length - sent };
}
