import Database from 'better-sqlite3';
import type { Report } from '../../shared/reports/report-schema';
import type { ItemResult } from '../../shared/sync/item-result';
import { loadMigrations } from '../migrations/load-migrations';
import { sameReport } from './same-report';
import { sqliteLogs } from './sqlite-logs';
import { sqliteSessions } from './sqlite-sessions';
import { type SqliteUserRow, sqliteUser } from './sqlite-users';
import { type PackManifest, SchemaTooNewError, type Store, type StoredPack } from './store';

interface PackRow {
  version: string;
  sha256: string;
  size: number;
  published_at: string;
  demo: number;
}

/**
 * SQLite through better-sqlite3. WAL with synchronous=FULL: a commit is fsynced before
 * the call returns, so an acknowledged write survives a power cut (NORMAL would not).
 */
export function openSqliteStore(file: string): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }

  const toManifest = (row: PackRow): PackManifest => ({
    version: row.version,
    sha256: row.sha256,
    size: row.size,
    publishedAt: row.published_at,
    demo: row.demo === 1,
  });
  const manifestColumns = 'version, sha256, size, published_at, demo';

  const insertReport = db.prepare(
    `INSERT INTO reports (id, territory_id, service_id, pack_version, reason, day, received_at)
     VALUES (@id, @territoryId, @serviceId, @packVersion, @reason, @day, @receivedAt)`,
  );
  const findReport = db.prepare<[string], Record<string, string>>(
    'SELECT territory_id, service_id, pack_version, reason, day FROM reports WHERE id = ?',
  );
  const saveReports = db.transaction((territoryId: string, reports: Report[]): ItemResult[] => {
    const receivedAt = new Date().toISOString();
    return reports.map((report) => {
      const existing = findReport.get(report.id);
      if (existing) {
        return sameReport(existing, territoryId, report)
          ? { id: report.id, status: 'duplicate' }
          : {
              id: report.id,
              status: 'conflict',
              reason:
                'Un signalement différent porte déjà cet identifiant ; le premier est conservé.',
            };
      }
      insertReport.run({ ...report, territoryId, receivedAt });
      return { id: report.id, status: 'accepted' };
    });
  });

  return {
    kind: 'sqlite',
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async publishPack(pack: StoredPack) {
      const result = db
        .prepare(
          `INSERT INTO packs (territory_id, version, sha256, size, published_at, demo, body, gzip)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (territory_id, version) DO NOTHING`,
        )
        .run(
          pack.territoryId,
          pack.version,
          pack.sha256,
          pack.size,
          pack.publishedAt,
          pack.demo ? 1 : 0,
          Buffer.from(pack.body),
          Buffer.from(pack.gzip),
        );
      return result.changes === 1;
    },
    async currentPack(territoryId, { includeDemo }) {
      const row = db
        .prepare<[string, number], PackRow>(
          `SELECT ${manifestColumns} FROM packs WHERE territory_id = ? AND (demo = 0 OR ? = 1)
           ORDER BY seq DESC LIMIT 1`,
        )
        .get(territoryId, includeDemo ? 1 : 0);
      return row ? toManifest(row) : null;
    },
    async getPack(territoryId, version) {
      const row = db
        .prepare<[string, string], PackRow & { body: Buffer; gzip: Buffer }>(
          `SELECT ${manifestColumns}, body, gzip FROM packs WHERE territory_id = ? AND version = ?`,
        )
        .get(territoryId, version);
      if (!row) return null;
      return { ...toManifest(row), territoryId, body: row.body, gzip: row.gzip };
    },
    async listPacks(territoryId) {
      return db
        .prepare<[string], PackRow>(
          `SELECT ${manifestColumns} FROM packs WHERE territory_id = ? ORDER BY seq DESC`,
        )
        .all(territoryId)
        .map(toManifest);
    },
    async saveReports(territoryId, reports) {
      return saveReports(territoryId, reports);
    },
    async countReports(territoryId) {
      const row = db
        .prepare<[string], { n: number }>(
          'SELECT count(*) AS n FROM reports WHERE territory_id = ?',
        )
        .get(territoryId);
      return row?.n ?? 0;
    },
    async findUser(territoryId, username) {
      const row = db
        .prepare<[string, string], SqliteUserRow>(
          'SELECT * FROM users WHERE territory_id = ? AND username = ?',
        )
        .get(territoryId, username);
      return row ? sqliteUser(row) : null;
    },
    async upsertUser(user) {
      db.prepare(
        `INSERT INTO users (id, territory_id, username, name, role, organisation, password_hash, disabled)
         VALUES (@id, @territoryId, @username, @name, @role, @organisation, @passwordHash, @disabled)
         ON CONFLICT (territory_id, username) DO UPDATE SET
           name = excluded.name, role = excluded.role, organisation = excluded.organisation,
           disabled = excluded.disabled,
           password_hash = CASE WHEN @keepPassword = 1 THEN users.password_hash ELSE excluded.password_hash END`,
      ).run({
        ...user,
        passwordHash: user.passwordHash ?? '!',
        keepPassword: user.passwordHash === undefined ? 1 : 0,
        disabled: user.disabled ? 1 : 0,
      });
    },
    ...sqliteSessions(db),
    ...sqliteLogs(db),
    async close() {
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  const migrations = loadMigrations('sqlite');
  db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
  );
  const appliedVersion = () =>
    db.prepare<[], { v: number | null }>('SELECT max(version) AS v FROM schema_migrations').get()
      ?.v ?? 0;
  // IMMEDIATE takes the write lock first: two servers starting together migrate once.
  db.transaction(() => {
    const current = appliedVersion();
    if (current > migrations.length) throw new SchemaTooNewError(current, migrations.length);
    for (const m of migrations.slice(current)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    }
  }).immediate();
}
