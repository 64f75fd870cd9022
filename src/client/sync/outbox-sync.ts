import { LOG_BATCH_MAX } from '../../shared/logs/activity-log-schema';
import { REPORT_BATCH_MAX } from '../../shared/reports/report-schema';
import type { ItemResult } from '../../shared/sync/item-result';
import type { OutboxEntry, WorkerDb } from '../db/worker-db';
import { applyResults, markPending, markSending, resetInterrupted } from './outbox-items';

export type SyncOutcome =
  | { kind: 'done'; sent: number; rejected: number; authNeeded: string[]; disabled: string[] }
  | { kind: 'network' }
  | { kind: 'server'; status: number };

const ENDPOINTS = {
  report: { url: '/api/reports', key: 'reports', max: REPORT_BATCH_MAX },
  log: { url: '/api/logs', key: 'logs', max: LOG_BATCH_MAX },
} as const;

/**
 * Sends queued records, batch by batch, each author's with that author's session. An item
 * leaves the outbox only on its own answer: accepted/duplicate → synced; conflict/rejected →
 * kept, visible, with the reason. Anything else leaves every item pending for the next try.
 * An author without a valid session (signed out, token expired or revoked) is skipped and
 * reported, never dropped.
 */
export async function pushOutbox(
  db: WorkerDb,
  fetchImpl: typeof fetch = fetch,
): Promise<SyncOutcome> {
  let sent = 0;
  let rejected = 0;
  const authNeeded = new Set<string>();
  const disabled = new Set<string>();
  // Called under the sync lock: anything still "sending" was left by a closed tab or a crash.
  await resetInterrupted(db);
  for (;;) {
    const next = await nextBatch(db, authNeeded, disabled);
    if (!next)
      return { kind: 'done', sent, rejected, authNeeded: [...authNeeded], disabled: [...disabled] };
    const { entries, token, kind } = next;
    const endpoint = ENDPOINTS[kind];
    const payload = await markSending(
      db,
      kind,
      entries.map((e) => e.id),
    );
    let response: Response;
    try {
      response = await fetchImpl(endpoint.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ [endpoint.key]: payload }),
      });
    } catch {
      await markPending(
        db,
        entries.map((e) => e.id),
      );
      return { kind: 'network' };
    }
    if (response.status === 401) {
      // The server no longer knows this session: keep everything, ask this worker to sign in.
      await markPending(
        db,
        entries.map((e) => e.id),
      );
      await db.accounts.update(entries[0]?.authorId ?? '', {
        token: undefined,
        tokenExpiresAt: undefined,
      });
      authNeeded.add(entries[0]?.authorId ?? '');
      continue;
    }
    if (response.status === 403) {
      // A disabled account: its records stay on the device, visible, until an administrator acts.
      await markPending(
        db,
        entries.map((e) => e.id),
      );
      disabled.add(entries[0]?.authorId ?? '');
      continue;
    }
    if (!response.ok) {
      await markPending(
        db,
        entries.map((e) => e.id),
      );
      return { kind: 'server', status: response.status };
    }
    const results = ((await response.json()) as { results: ItemResult[] }).results;
    const counts = await applyResults(db, kind, results);
    sent += counts.sent;
    rejected += counts.rejected;
    const answered = new Set(results.map((r) => r.id));
    const unanswered = entries.filter((e) => !answered.has(e.id)).map((e) => e.id);
    await markPending(db, unanswered);
    if (answered.size === 0) return { kind: 'server', status: response.status };
  }
}

/** The oldest queued items of one author and one kind, with that author's token. */
async function nextBatch(
  db: WorkerDb,
  authNeeded: Set<string>,
  disabled: Set<string>,
): Promise<{ entries: OutboxEntry[]; token: string; kind: OutboxEntry['kind'] } | null> {
  // Walks the queue oldest first without loading all of it: a device may hold thousands.
  const blocked = (e: OutboxEntry) => authNeeded.has(e.authorId) || disabled.has(e.authorId);
  for (;;) {
    const first = await db.outbox
      .orderBy('queuedAt')
      .filter((e) => !blocked(e))
      .first();
    if (!first) return null;
    const account = await db.accounts.get(first.authorId);
    // The server decides whether a session still holds (its idle end moves with use): only a
    // missing token is known here to need the password.
    if (!account?.token) {
      authNeeded.add(first.authorId);
      continue;
    }
    const entries = await db.outbox
      .where('authorId')
      .equals(first.authorId)
      .filter((e) => e.kind === first.kind)
      .limit(ENDPOINTS[first.kind].max)
      .toArray();
    entries.sort((a, b) => a.queuedAt - b.queuedAt);
    return { entries, token: account.token, kind: first.kind };
  }
}
