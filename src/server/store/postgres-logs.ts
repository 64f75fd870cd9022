import type pg from 'pg';
import type { ActivityLog } from '../../shared/logs/activity-log-schema';
import type { ItemResult } from '../../shared/sync/item-result';
import { canonicalLogBody, inIdOrder, judgeLog, parseLogBody } from './log-judge';
import { inTransaction } from './postgres-pool';
import type { LogBatchContext, Store } from './store';

type LogMethods = Pick<Store, 'saveLogs' | 'listLogsByAuthor' | 'listLogRevisions'>;

const columns =
  'id, revision, territory_id, author_id, schema_version, cancelled, day, body, received_at';

/**
 * Same decisions as SQLite (judgeLog). Concurrency: every write for an id happens while this
 * transaction holds that id's activity_logs row (inserted here, or locked FOR UPDATE), so two
 * batches carrying the same id are serialised; a new id raced by another batch makes the
 * INSERT … ON CONFLICT wait for that batch, then the SELECT (a fresh snapshot under READ
 * COMMITTED) sees its row. Ids are handled in sorted order: no lock cycle, no deadlock.
 */
async function saveOne(
  client: pg.PoolClient,
  context: LogBatchContext,
  log: ActivityLog,
): Promise<ItemResult> {
  const body = canonicalLogBody(log);
  const params = [
    log.id,
    log.revision,
    context.territoryId,
    context.authorId,
    log.schemaVersion,
    log.cancelled,
    log.day,
    body,
    context.receivedAt,
  ];
  const inserted = await client.query(
    `INSERT INTO activity_logs (${columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (id) DO NOTHING`,
    params,
  );
  if (inserted.rowCount === 1) {
    await client.query(
      `INSERT INTO log_revisions (${columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      params,
    );
    return judgeLog(context, log, body, { current: null, sameRevisionBody: null }).result;
  }
  const current = await client.query<{ author_id: string; territory_id: string; revision: number }>(
    'SELECT author_id, territory_id, revision FROM activity_logs WHERE id = $1 FOR UPDATE',
    [log.id],
  );
  const row = current.rows[0];
  if (!row) throw new Error(`Journal ${log.id} ni inséré ni trouvé`);
  const same = await client.query<{ body: string }>(
    'SELECT body FROM log_revisions WHERE id = $1 AND revision = $2',
    [log.id, log.revision],
  );
  const { write, result } = judgeLog(context, log, body, {
    current: { authorId: row.author_id, territoryId: row.territory_id, revision: row.revision },
    sameRevisionBody: same.rows[0]?.body ?? null,
  });
  if (write === 'none') return result;
  await client.query(
    `INSERT INTO log_revisions (${columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    params,
  );
  if (write === 'replace') {
    await client.query(
      `UPDATE activity_logs SET revision = $2, schema_version = $5, cancelled = $6, day = $7,
         body = $8, received_at = $9
       WHERE id = $1 AND territory_id = $3 AND author_id = $4`,
      params,
    );
  }
  return result;
}

export function postgresLogs(pool: pg.Pool): LogMethods {
  return {
    async saveLogs(context, logs) {
      if (logs.length === 0) return [];
      return inTransaction(pool, async (client) => {
        const results: ItemResult[] = new Array(logs.length);
        for (const { log, index } of inIdOrder(logs)) {
          results[index] = await saveOne(client, context, log);
        }
        return results;
      });
    },
    async listLogsByAuthor(territoryId, authorId, { limit, after }) {
      // One row more than asked tells whether there is a next page.
      const { rows } = await pool.query<{ id: string; day: string; body: string }>(
        `SELECT id, day, body FROM activity_logs WHERE territory_id = $1 AND author_id = $2
           AND ($3::text IS NULL OR (day, id) < ($3::text, $4::text))
         ORDER BY day DESC, id DESC LIMIT $5`,
        [territoryId, authorId, after?.day ?? null, after?.id ?? null, limit + 1],
      );
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        logs: page.map((row) => parseLogBody(row.body)),
        next: rows.length > limit && last ? { day: last.day, id: last.id } : null,
      };
    },
    async listLogRevisions(territoryId, id) {
      const { rows } = await pool.query<{
        revision: number;
        author_id: string;
        received_at: string;
        body: string;
      }>(
        `SELECT revision, author_id, received_at, body FROM log_revisions
         WHERE territory_id = $1 AND id = $2 ORDER BY revision`,
        [territoryId, id],
      );
      return rows.map((row) => ({
        revision: row.revision,
        authorId: row.author_id,
        receivedAt: row.received_at,
        log: parseLogBody(row.body),
      }));
    },
  };
}
