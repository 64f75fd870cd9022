import type pg from 'pg';
import type { Report } from '../../shared/reports/report-schema';
import type { ItemResult } from '../../shared/sync/item-result';
import { inTransaction } from './postgres-pool';
import { sameReport } from './same-report';

type ReportRow = Record<string, string>;

const CONFLICT_REASON =
  'Un signalement différent porte déjà cet identifiant ; le premier est conservé.';

/**
 * Same semantics as SQLite: accepted when new, duplicate when the stored row is identical,
 * conflict otherwise (the first is kept). One INSERT … ON CONFLICT DO NOTHING for the batch:
 * a concurrent transaction inserting the same id makes it wait for that one to end, then skip
 * the row, and the following SELECT (a fresh snapshot under READ COMMITTED) sees what was
 * committed. Rows are inserted in id order so that two batches never wait on each other in a
 * cycle (deadlock); within a batch the first occurrence of an id wins, as in SQLite.
 */
export async function saveReportsPostgres(
  pool: pg.Pool,
  territoryId: string,
  reports: Report[],
): Promise<ItemResult[]> {
  if (reports.length === 0) return [];
  const ids = reports.map((r) => r.id);
  return inTransaction(pool, async (client) => {
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO reports (id, territory_id, service_id, pack_version, reason, day, received_at)
       SELECT r.id, $1, r.service_id, r.pack_version, r.reason, r.day, $2
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
         WITH ORDINALITY AS r(id, service_id, pack_version, reason, day, ord)
       ORDER BY r.id, r.ord
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [
        territoryId,
        new Date().toISOString(),
        ids,
        reports.map((r) => r.serviceId),
        reports.map((r) => r.packVersion),
        reports.map((r) => r.reason),
        reports.map((r) => r.day),
      ],
    );
    const insertedIds = new Set(inserted.rows.map((row) => row.id));
    const { rows } = await client.query<ReportRow>(
      `SELECT id, territory_id, service_id, pack_version, reason, day FROM reports
       WHERE id = ANY($1::text[])`,
      [ids],
    );
    const stored = new Map(rows.map((row) => [row.id, row]));
    return reports.map((report): ItemResult => {
      // Only the first occurrence of an id in the batch can be the row this call inserted.
      if (insertedIds.delete(report.id)) return { id: report.id, status: 'accepted' };
      const existing = stored.get(report.id);
      if (!existing) throw new Error(`Signalement ${report.id} ni inséré ni trouvé`);
      return sameReport(existing, territoryId, report)
        ? { id: report.id, status: 'duplicate' }
        : { id: report.id, status: 'conflict', reason: CONFLICT_REASON };
    });
  });
}
