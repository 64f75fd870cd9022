import { postgresLogs } from './postgres-logs';
import { migratePostgres } from './postgres-migrate';
import { createPool } from './postgres-pool';
import { saveReportsPostgres } from './postgres-reports';
import { postgresSessions } from './postgres-sessions';
import { type PostgresUserRow, postgresUser } from './postgres-users';
import type { PackManifest, Store } from './store';

type PackRow = {
  version: string;
  sha256: string;
  // BIGINT comes back as a string from node-postgres (it may exceed 2^53).
  size: string;
  published_at: string;
  demo: boolean;
};

const manifestColumns = 'version, sha256, size, published_at, demo';

const toManifest = (row: PackRow): PackManifest => ({
  version: row.version,
  sha256: row.sha256,
  size: Number(row.size),
  publishedAt: row.published_at,
  demo: row.demo,
});

/**
 * PostgreSQL through a node-postgres pool. Each statement outside saveReports and saveLogs is its own
 * transaction; synchronous_commit=on (set per connection) makes every resolved write durable.
 * With `schema`, the schema is created if missing and every connection's search_path is it.
 */
export async function openPostgresStore(options: {
  connectionString: string;
  schema?: string;
}): Promise<Store> {
  const pool = createPool(options.connectionString, options.schema);
  try {
    await migratePostgres(pool, options.schema);
  } catch (error) {
    await pool.end();
    throw error;
  }

  return {
    kind: 'postgres',
    async ping() {
      await pool.query('SELECT 1');
    },
    async publishPack(pack) {
      const result = await pool.query(
        `INSERT INTO packs (territory_id, version, sha256, size, published_at, demo, body, gzip)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (territory_id, version) DO NOTHING`,
        [
          pack.territoryId,
          pack.version,
          pack.sha256,
          pack.size,
          pack.publishedAt,
          pack.demo,
          Buffer.from(pack.body.buffer, pack.body.byteOffset, pack.body.byteLength),
          Buffer.from(pack.gzip.buffer, pack.gzip.byteOffset, pack.gzip.byteLength),
        ],
      );
      return result.rowCount === 1;
    },
    async currentPack(territoryId, { includeDemo }) {
      const { rows } = await pool.query<PackRow>(
        `SELECT ${manifestColumns} FROM packs WHERE territory_id = $1 AND (NOT demo OR $2::boolean)
         ORDER BY seq DESC LIMIT 1`,
        [territoryId, includeDemo],
      );
      return rows[0] ? toManifest(rows[0]) : null;
    },
    async getPack(territoryId, version) {
      const { rows } = await pool.query<PackRow & { body: Buffer; gzip: Buffer }>(
        `SELECT ${manifestColumns}, body, gzip FROM packs WHERE territory_id = $1 AND version = $2`,
        [territoryId, version],
      );
      const row = rows[0];
      if (!row) return null;
      return { ...toManifest(row), territoryId, body: row.body, gzip: row.gzip };
    },
    async listPacks(territoryId) {
      const { rows } = await pool.query<PackRow>(
        `SELECT ${manifestColumns} FROM packs WHERE territory_id = $1 ORDER BY seq DESC`,
        [territoryId],
      );
      return rows.map(toManifest);
    },
    async saveReports(territoryId, reports) {
      return saveReportsPostgres(pool, territoryId, reports);
    },
    async countReports(territoryId) {
      const { rows } = await pool.query<{ n: number }>(
        'SELECT count(*)::integer AS n FROM reports WHERE territory_id = $1',
        [territoryId],
      );
      return rows[0]?.n ?? 0;
    },
    async findUser(territoryId, username) {
      const { rows } = await pool.query<PostgresUserRow>(
        'SELECT * FROM users WHERE territory_id = $1 AND username = $2',
        [territoryId, username],
      );
      return rows[0] ? postgresUser(rows[0]) : null;
    },
    async upsertUser(user) {
      // '!' matches no hash: a user created without a password cannot log in (as in SQLite).
      await pool.query(
        `INSERT INTO users (id, territory_id, username, name, role, organisation, password_hash, disabled)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (territory_id, username) DO UPDATE SET
           name = excluded.name, role = excluded.role, organisation = excluded.organisation,
           disabled = excluded.disabled,
           password_hash = CASE WHEN $9::boolean THEN users.password_hash
                                ELSE excluded.password_hash END`,
        [
          user.id,
          user.territoryId,
          user.username,
          user.name,
          user.role,
          user.organisation,
          user.passwordHash ?? '!',
          user.disabled,
          user.passwordHash === undefined,
        ],
      );
    },
    ...postgresSessions(pool),
    ...postgresLogs(pool),
    async close() {
      await pool.end();
    },
  };
}
