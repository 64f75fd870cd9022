import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { quoteIdent } from '../../src/server/store/postgres-pool';
import { openPostgresStore } from '../../src/server/store/postgres-store';
import { describeStoreContract, type StoreHarness } from './store-contract';

const url = process.env.REPERES_TEST_PG_URL;

/** A schema of its own per test, so concurrent runs on one database never meet. */
const uniqueSchema = (prefix = 'reperes_test_') => `${prefix}${randomBytes(6).toString('hex')}`;

/** A plain client whose search_path is the schema, and a way to drop the schema at the end. */
async function withAdmin(schema: string): Promise<{
  client: pg.Client;
  drop: () => Promise<void>;
}> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`SET search_path TO ${quoteIdent(schema)}`);
  return {
    client,
    drop: async () => {
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

async function openHarness(connectionString: string): Promise<StoreHarness> {
  const schema = uniqueSchema();
  const admin = await withAdmin(schema);
  const store = await openPostgresStore({ connectionString, schema });
  return {
    store,
    reopen: () => openPostgresStore({ connectionString, schema }),
    sql: async (text) => (await admin.client.query<Record<string, unknown>>(text)).rows,
    cleanup: async () => {
      await store.close();
      await admin.drop();
    },
  };
}

const title = url
  ? 'PostgreSQL store'
  : 'PostgreSQL store (skipped: set REPERES_TEST_PG_URL to run the PostgreSQL tests)';

describe.skipIf(!url)(title, () => {
  const connectionString = url ?? '';
  describeStoreContract('PostgreSQL', () => openHarness(connectionString));

  it('lets two servers starting together on an empty schema migrate it once', async () => {
    const schema = uniqueSchema();
    const admin = await withAdmin(schema);
    try {
      const stores = await Promise.all(
        [1, 2, 3].map(() => openPostgresStore({ connectionString, schema })),
      );
      await Promise.all(stores.map((s) => s.close()));
      const { rows } = await admin.client.query(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows).toEqual([{ version: 1 }, { version: 2 }]);
    } finally {
      await admin.drop();
    }
  });

  it('quotes the schema name: an odd one holds the tables, none leak to public', async () => {
    const schema = uniqueSchema('Repères "bizarre"; DROP TABLE x --\\ ');
    const admin = await withAdmin(schema);
    try {
      const store = await openPostgresStore({ connectionString, schema });
      await store.saveReports('t', [
        {
          id: '0190a5b2-0000-7000-8000-000000000001',
          serviceId: 's',
          packVersion: 'v1',
          reason: 'autre',
          day: '2025-01-01',
        },
      ]);
      await store.close();
      const { rows } = await admin.client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = $1
         ORDER BY table_name`,
        [schema],
      );
      expect(rows.map((r) => r.table_name)).toEqual([
        'activity_logs',
        'log_revisions',
        'packs',
        'reports',
        'schema_migrations',
        'sessions',
        'users',
      ]);
      const count = await admin.client.query('SELECT count(*)::integer AS n FROM reports');
      expect(count.rows).toEqual([{ n: 1 }]);
    } finally {
      await admin.drop();
    }
  });
});
