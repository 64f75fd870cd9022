import type { WorkerDb } from '../db/worker-db';

/** How long a synced log stays on the tablet (the worker's "Mon activité"), then it goes. */
export const SYNCED_RETENTION_DAYS = Number(import.meta.env.VITE_SYNCED_RETENTION_DAYS ?? 30);

/** Deletes records the server acknowledged more than the retention ago; pending ones never. */
export async function purgeSyncedRecords(
  db: WorkerDb,
  now = Date.now(),
  days = SYNCED_RETENTION_DAYS,
): Promise<number> {
  const before = now - days * 86_400_000;
  return db.transaction('rw', db.logs, db.reports, async () => {
    const logs = await db.logs
      .where('state')
      .equals('synced')
      .and((r) => (r.syncedAt ?? now) < before)
      .delete();
    const reports = await db.reports
      .where('state')
      .equals('synced')
      .and((r) => (r.syncedAt ?? now) < before)
      .delete();
    return logs + reports;
  });
}
