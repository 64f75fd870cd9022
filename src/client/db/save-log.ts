import { uuidv7 } from 'uuidv7';
import { type ActivityLog, LOG_SCHEMA_VERSION } from '../../shared/logs/activity-log-schema';
import type { StoredLog, WorkerDb } from './worker-db';

export type LogDraft = Omit<ActivityLog, 'id' | 'revision' | 'schemaVersion' | 'cancelled'>;

export class LogLockedError extends Error {
  constructor() {
    super('Ce journal est en cours d’envoi : il pourra être modifié dès la réponse du serveur.');
    this.name = 'LogLockedError';
  }
}

/**
 * Writes the log and its outbox entry in one transaction: when this resolves the log is on the
 * device and queued, and only then may the UI say "Activité enregistrée".
 */
export async function createLog(db: WorkerDb, authorId: string, draft: LogDraft): Promise<string> {
  const id = uuidv7();
  const log: ActivityLog = {
    ...draft,
    id,
    revision: 1,
    schemaVersion: LOG_SCHEMA_VERSION,
    cancelled: false,
  };
  const now = Date.now();
  await db.transaction('rw', db.logs, db.outbox, async () => {
    await db.logs.add({ id, authorId, state: 'pending', log, syncedRevision: 0, updatedAt: now });
    await db.outbox.add({ id, kind: 'log', authorId, queuedAt: now });
  });
  // A convenience, not part of the record: written after the durable part, never waited for.
  void db.deviceState.put({ key: 'last-commune', insee: draft.commune });
  return id;
}

/**
 * Corrects a log. Never sent: the same revision is rewritten. Already on the server: a new
 * revision is queued, which the server keeps beside the old one. Refused: fixed and resent.
 */
export async function updateLog(
  db: WorkerDb,
  id: string,
  authorId: string,
  draft: LogDraft,
): Promise<void> {
  await rewrite(db, id, authorId, (row) => ({ ...row.log, ...draft }));
}

/** Deletes a log never sent; a log the server has becomes a cancellation revision. */
export async function deleteLog(
  db: WorkerDb,
  id: string,
  authorId: string,
): Promise<'deleted' | 'cancelled'> {
  const row = await db.logs.get(id);
  if (row && row.syncedRevision === 0 && row.state !== 'sending') {
    await db.transaction('rw', db.logs, db.outbox, async () => {
      await db.logs.delete(id);
      await db.outbox.delete(id);
    });
    return 'deleted';
  }
  await rewrite(db, id, authorId, (r) => ({ ...r.log, cancelled: true }));
  return 'cancelled';
}

async function rewrite(
  db: WorkerDb,
  id: string,
  authorId: string,
  change: (row: StoredLog) => ActivityLog,
): Promise<void> {
  await db.transaction('rw', db.logs, db.outbox, async () => {
    const row = await db.logs.get(id);
    if (!row || row.authorId !== authorId) throw new Error('Journal introuvable pour ce compte.');
    if (row.state === 'sending') throw new LogLockedError();
    // A refused revision may be a conflict (the server holds other content under it): a fixed
    // log always goes out under a revision the server has not seen.
    const revision =
      row.state === 'rejected'
        ? row.log.revision + 1
        : row.syncedRevision === 0
          ? row.log.revision
          : row.syncedRevision + 1;
    const log = { ...change(row), revision };
    await db.logs.put({
      ...row,
      log,
      state: 'pending',
      rejection: undefined,
      updatedAt: Date.now(),
    });
    await db.outbox.put({ id, kind: 'log', authorId, queuedAt: Date.now() });
  });
}
