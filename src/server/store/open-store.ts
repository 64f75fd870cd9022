import { join } from 'node:path';
import type { ServerConfig } from '../config';
import { openSqliteStore } from './sqlite-store';
import type { Store } from './store';

/** The configured store: PostgreSQL when REPERES_DATABASE_URL is set, else the SQLite file. */
export async function openStore(
  config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>,
): Promise<Store> {
  if (config.databaseUrl) {
    const { openPostgresStore } = await import('./postgres-store');
    return openPostgresStore({ connectionString: config.databaseUrl });
  }
  return openSqliteStore(join(config.dataDir, 'reperes.sqlite'));
}
