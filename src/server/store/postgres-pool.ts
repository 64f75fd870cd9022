import pg from 'pg';

/** Quotes an SQL identifier (double quotes doubled), so any schema name is safe to interpolate. */
export function quoteIdent(name: string): string {
  if (name.length === 0 || name.includes('\0')) throw new Error(`Nom de schéma invalide : ${name}`);
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * A pool whose every connection uses the schema (when given) and synchronous_commit=on, so a
 * COMMIT returns only once flushed to the WAL whatever the server default. Done in onConnect
 * (awaited before the client is handed out) rather than the `options` startup parameter, which
 * a `?options=` in the connection string would silently replace.
 */
export function createPool(connectionString: string, schema: string | undefined): pg.Pool {
  const settings = ['SET synchronous_commit TO on'];
  if (schema !== undefined) settings.push(`SET search_path TO ${quoteIdent(schema)}`);
  const pool = new pg.Pool({
    connectionString,
    onConnect: async (client) => {
      await client.query(settings.join('; '));
    },
  });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', (error) => {
    console.error('PostgreSQL : connexion inactive perdue', error.message);
  });
  return pool;
}

/** Runs fn in a transaction on one connection; rolls back and rethrows on any error. */
export async function inTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
