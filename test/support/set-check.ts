import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import type { WorkerDb } from '../../src/client/db/worker-db';
import type { ActivityLog } from '../../src/shared/logs/activity-log-schema';

/** What the client told the worker: each log id as last saved, or deleted before any send. */
export type ConfirmedLogs = Map<string, ActivityLog | 'deleted'>;

export interface SetCheckInput {
  serverUrl: string;
  token: string;
  dbs: WorkerDb[];
  confirmed: ConfirmedLogs;
  /** The server's SQLite file, to check the revisions table directly. */
  sqliteFile?: string;
}

/** Every log of the token's user, through GET /api/logs/mine, all pages. */
export async function serverLogs(serverUrl: string, token: string): Promise<ActivityLog[]> {
  const logs: ActivityLog[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const response = await fetch(`${serverUrl}/api/logs/mine?limit=200${query}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`GET /api/logs/mine: ${response.status}`);
    const page = (await response.json()) as { logs: ActivityLog[]; nextCursor: string | null };
    logs.push(...page.logs);
    cursor = page.nextCursor;
  } while (cursor);
  return logs;
}

/**
 * The logs the client confirmed are exactly the server's: none missing, none twice, none extra,
 * each at its latest revision (cancelled ones cancelled); and the devices have nothing left to
 * send. Returns the differences, empty when the sets agree.
 */
export async function setCheck(input: SetCheckInput): Promise<string[]> {
  const problems: string[] = [];
  const kept = new Map(
    [...input.confirmed].flatMap(([id, log]) => (log === 'deleted' ? [] : [[id, log] as const])),
  );
  const onServer = await serverLogs(input.serverUrl, input.token);
  const seen = new Set<string>();
  for (const log of onServer) {
    if (seen.has(log.id)) problems.push(`${log.id}: listed twice by the server`);
    seen.add(log.id);
    const expected = kept.get(log.id);
    if (!expected) problems.push(`${log.id}: on the server, not confirmed by the client`);
    else if (!isDeepStrictEqual(normalise(log), normalise(expected))) {
      problems.push(
        `${log.id}: server has r${log.revision}, client confirmed r${expected.revision}`,
      );
    }
  }
  for (const id of kept.keys()) if (!seen.has(id)) problems.push(`${id}: missing on the server`);

  for (const [n, db] of input.dbs.entries()) {
    const outbox = await db.outbox.count();
    if (outbox > 0) problems.push(`device ${n}: ${outbox} item(s) left in the outbox`);
    for (const row of await db.logs.toArray()) {
      if (row.state !== 'synced') problems.push(`${row.id}: '${row.state}' on device ${n}`);
      if (row.syncedRevision !== row.log.revision) {
        problems.push(`${row.id}: synced r${row.syncedRevision} but holds r${row.log.revision}`);
      }
      if (!kept.has(row.id)) problems.push(`${row.id}: on device ${n}, not confirmed`);
    }
  }
  if (input.sqliteFile) problems.push(...revisionProblems(input.sqliteFile, kept));
  return problems;
}

/** One current row per log, at the highest revision stored, each revision stored once. */
function revisionProblems(file: string, kept: Map<string, ActivityLog>): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const problems: string[] = [];
    const current = db
      .prepare('SELECT id, COUNT(*) AS n, MAX(revision) AS revision FROM activity_logs GROUP BY id')
      .all() as Array<{ id: string; n: number; revision: number }>;
    const revisions = db
      .prepare(
        'SELECT id, COUNT(*) AS n, COUNT(DISTINCT revision) AS distinct_n, MAX(revision) AS top FROM log_revisions GROUP BY id',
      )
      .all() as Array<{ id: string; n: number; distinct_n: number; top: number }>;
    const byId = new Map(revisions.map((r) => [r.id, r]));
    for (const row of current) {
      const history = byId.get(row.id);
      if (row.n !== 1) problems.push(`${row.id}: ${row.n} current rows`);
      if (!history || history.n !== history.distinct_n) {
        problems.push(`${row.id}: a revision stored twice`);
      }
      if (history && history.top !== row.revision) {
        problems.push(`${row.id}: current r${row.revision}, highest stored r${history.top}`);
      }
      const expected = kept.get(row.id);
      if (expected && expected.revision !== row.revision) {
        problems.push(
          `${row.id}: current r${row.revision} in SQLite, expected r${expected.revision}`,
        );
      }
    }
    return problems;
  } finally {
    db.close();
  }
}

/** The server stores canonical JSON: absent and undefined fields are the same. */
function normalise(log: ActivityLog): unknown {
  return JSON.parse(JSON.stringify(log));
}
