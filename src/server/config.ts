import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Set: demo accounts get this password at every start. Unset: random on a new database. */
  demoPassword: string | undefined;
  production: boolean;
  territoryId: string;
  staticDir: string;
  demoPackFile: string;
  /** A PostgreSQL URL switches the store from the embedded SQLite file to PostgreSQL. */
  databaseUrl: string | undefined;
  /** Behind a reverse proxy: rate-limit sign-ins by the X-Forwarded-For address it adds. */
  trustProxy: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT invalide : « ${env.PORT} » (entier entre 0 et 65535 attendu)`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.REPERES_DATA_DIR ?? 'data'),
    demoPassword: env.REPERES_DEMO_PASSWORD || undefined,
    production: env.NODE_ENV === 'production',
    territoryId: env.REPERES_TERRITORY ?? 'capg',
    staticDir: resolve(env.REPERES_STATIC_DIR ?? 'dist/app'),
    demoPackFile: resolve(env.REPERES_DEMO_PACK ?? 'dist/packs/capg-demo.json'),
    databaseUrl: env.REPERES_DATABASE_URL || undefined,
    trustProxy: env.REPERES_TRUST_PROXY === '1' || env.REPERES_TRUST_PROXY === 'true',
  };
}
