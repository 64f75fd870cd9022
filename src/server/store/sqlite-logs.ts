import type Database from 'better-sqlite3';
import type { ActivityLog } from '../../shared/logs/activity-log-schema';
import type { ItemResult } from '../../shared/sync/item-result';
import { canonicalLogBody, judgeLog, parseLogBody } from './log-judge';
import type { LogBatchContext, Store } from './store';

type LogMethods = Pick<Store, 'saveLogs' | 'listLogsByAuthor' | 'listLogRevisions'>;

interface CurrentRow {
  author_id: string;
  territory_id: string;
  revision: number;
}

interface PageRow {
  id: string;
  day: string;
  body: string;
}

const columns =
  'id, revision, territory_id, author_id, schema_version, cancelled, day, body, received_at';
const values =
  '@id, @revision, @territoryId, @authorId, @schemaVersion, @cancelled, @day, @body, @receivedAt';

export function sqliteLogs(db: Database.Database): LogMethods {
  const findCurrent = db.prepare<[string], CurrentRow>(
    'SELECT author_id, territory_id, revision FROM activity_logs WHERE id = ?',
  );
  const findRevision = db.prepare<[string, number], { body: string }>(
    'SELECT body FROM log_revisions WHERE id = ? AND revision = ?',
  );
  const insertRevision = db.prepare(`INSERT INTO log_revisions (${columns}) VALUES (${values})`);
  const insertCurrent = db.prepare(`INSERT INTO activity_logs (${columns}) VALUES (${values})`);
  const replaceCurrent = db.prepare(
    `UPDATE activity_logs SET revision = @revision, schema_version = @schemaVersion,
       cancelled = @cancelled, day = @day, body = @body, received_at = @receivedAt
     WHERE id = @id`,
  );
  const firstPage = db.prepare<[string, string, number], PageRow>(
    `SELECT id, day, body FROM activity_logs WHERE territory_id = ? AND author_id = ?
     ORDER BY day DESC, id DESC LIMIT ?`,
  );
  const nextPage = db.prepare<[string, string, string, string, string, number], PageRow>(
    `SELECT id, day, body FROM activity_logs WHERE territory_id = ? AND author_id = ?
       AND (day < ? OR (day = ? AND id < ?))
     ORDER BY day DESC, id DESC LIMIT ?`,
  );
  const revisions = db.prepare<
    [string, string],
    { revision: number; author_id: string; received_at: string; body: string }
  >(
    `SELECT revision, author_id, received_at, body FROM log_revisions
     WHERE territory_id = ? AND id = ? ORDER BY revision`,
  );

  // One transaction for the batch: better-sqlite3 commits (fsync, synchronous=FULL) on return.
  const saveLogs = db.transaction((context: LogBatchContext, logs: ActivityLog[]) =>
    logs.map((log): ItemResult => {
      const body = canonicalLogBody(log);
      const current = findCurrent.get(log.id);
      const { write, result } = judgeLog(context, log, body, {
        current: current
          ? {
              authorId: current.author_id,
              territoryId: current.territory_id,
              revision: current.revision,
            }
          : null,
        sameRevisionBody: findRevision.get(log.id, log.revision)?.body ?? null,
      });
      if (write === 'none') return result;
      const row = {
        ...context,
        id: log.id,
        revision: log.revision,
        schemaVersion: log.schemaVersion,
        cancelled: log.cancelled ? 1 : 0,
        day: log.day,
        body,
      };
      insertRevision.run(row);
      if (write === 'insert') insertCurrent.run(row);
      if (write === 'replace') replaceCurrent.run(row);
      return result;
    }),
  );

  return {
    async saveLogs(context, logs) {
      return saveLogs(context, logs);
    },
    async listLogsByAuthor(territoryId, authorId, { limit, after }) {
      // One row more than asked tells whether there is a next page.
      const rows = after
        ? nextPage.all(territoryId, authorId, after.day, after.day, after.id, limit + 1)
        : firstPage.all(territoryId, authorId, limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        logs: page.map((row) => parseLogBody(row.body)),
        next: rows.length > limit && last ? { day: last.day, id: last.id } : null,
      };
    },
    async listLogRevisions(territoryId, id) {
      return revisions.all(territoryId, id).map((row) => ({
        revision: row.revision,
        authorId: row.author_id,
        receivedAt: row.received_at,
        log: parseLogBody(row.body),
      }));
    },
  };
}
