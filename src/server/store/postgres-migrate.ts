import type pg from 'pg';
import { loadMigrations } from '../migrations/load-migrations';
import { inTransaction, quoteIdent } from './postgres-pool';
import { SchemaTooNewError } from './store';

/** Arbitrary constant key of the advisory lock taken by every migration transaction. */
const MIGRATION_LOCK_KEY = 7_412_690_351;

/**
 * Applies the pending migrations, one transaction each. Every transaction first takes a
 * transaction-scoped advisory lock then re-reads the applied version, so two servers starting
 * together apply each migration once: the second waits, then finds nothing left to do.
 */
export async function migratePostgres(pool: pg.Pool, schema: string | undefined): Promise<void> {
  const migrations = loadMigrations('postgres');
  for (;;) {
    const done = await inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      // Under the lock: CREATE … IF NOT EXISTS races with itself otherwise (unique violation).
      if (schema !== undefined)
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await client.query(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
           version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
      );
      const { rows } = await client.query<{ v: number | null }>(
        'SELECT max(version) AS v FROM schema_migrations',
      );
      const current = rows[0]?.v ?? 0;
      if (current > migrations.length) throw new SchemaTooNewError(current, migrations.length);
      const next = migrations[current];
      if (!next) return true;
      await client.query(next.sql);
      await client.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [
        next.version,
        next.name,
        new Date().toISOString(),
      ]);
      return false;
    });
    if (done) return;
  }
}
