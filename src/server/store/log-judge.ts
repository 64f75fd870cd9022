import type { ActivityLog } from '../../shared/logs/activity-log-schema';
import type { ItemResult } from '../../shared/sync/item-result';
import type { LogBatchContext } from './store';

export const OTHER_AUTHOR_REASON =
  "Cet identifiant de journal appartient à un autre compte : rien n'a été enregistré.";
export const CONFLICT_REASON =
  'Une autre version de cette révision est déjà enregistrée ; la première est conservée.';
export const OLDER_REVISION_REASON = "révision plus ancienne, conservée dans l'historique";

/** What a store knows of a log id before writing: its current row and the same revision's body. */
export interface StoredLogState {
  current: { authorId: string; territoryId: string; revision: number } | null;
  sameRevisionBody: string | null;
}

/**
 * What to write for one log; shared by both stores so that they cannot disagree:
 * - `insert`: a new id (a revision row and a current row),
 * - `replace`: a higher revision (a revision row, and it becomes current),
 * - `history`: a lower revision arriving late (a revision row only),
 * - `none`: nothing to write.
 */
export type LogWrite = 'insert' | 'replace' | 'history' | 'none';

export function judgeLog(
  context: LogBatchContext,
  log: ActivityLog,
  body: string,
  state: StoredLogState,
): { write: LogWrite; result: ItemResult } {
  const { current, sameRevisionBody } = state;
  const id = log.id;
  if (!current) return { write: 'insert', result: { id, status: 'accepted' } };
  if (current.authorId !== context.authorId || current.territoryId !== context.territoryId) {
    return { write: 'none', result: { id, status: 'rejected', reason: OTHER_AUTHOR_REASON } };
  }
  if (sameRevisionBody !== null) {
    return sameRevisionBody === body
      ? { write: 'none', result: { id, status: 'duplicate' } }
      : { write: 'none', result: { id, status: 'conflict', reason: CONFLICT_REASON } };
  }
  if (log.revision > current.revision)
    return { write: 'replace', result: { id, status: 'accepted' } };
  return {
    write: 'history',
    result: { id, status: 'accepted', reason: OLDER_REVISION_REASON },
  };
}

/**
 * The stored form of a log: JSON with keys sorted at every level, so that the same log sent
 * twice (whatever the key order of the client) gives the same bytes. Unknown keys were already
 * dropped by the schema, so nothing the schema does not describe is ever stored.
 */
export function canonicalLogBody(log: ActivityLog): string {
  return JSON.stringify(sortKeys(log));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** Our own canonical JSON, written by canonicalLogBody after validation: read back as is. */
export function parseLogBody(body: string): ActivityLog {
  return JSON.parse(body) as ActivityLog;
}

/** Stable sort by id: rows are locked in one global order, so two batches never deadlock. */
export function inIdOrder(logs: ActivityLog[]): Array<{ log: ActivityLog; index: number }> {
  return logs
    .map((log, index) => ({ log, index }))
    .sort((a, b) => (a.log.id < b.log.id ? -1 : a.log.id > b.log.id ? 1 : a.index - b.index));
}
