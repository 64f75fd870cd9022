import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { DEMO_ACCOUNTS, ensureDemoAccounts } from './bootstrap/demo-accounts';
import { publishDemoPack } from './bootstrap/demo-pack';
import { appVersion } from './build-info';
import { ConfigError, loadConfig, type ServerConfig } from './config';
import { openStore } from './store/open-store';
import { SchemaTooNewError, type Store } from './store/store';

/** Exit codes, documented in the README, so that a supervisor can tell failures apart. */
const EXIT = { config: 2, dataDir: 3, portInUse: 4, schemaTooNew: 5, startup: 1 } as const;

function fail(code: number, message: string): never {
  console.error(`repères : ${message}`);
  process.exit(code);
}

function checkDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    const probe = join(dir, `.write-test-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail(
      EXIT.dataDir,
      `le dossier de données « ${dir} » n'est pas accessible en écriture (${reason}). Choisissez-en un autre avec REPERES_DATA_DIR.`,
    );
  }
}

async function main(): Promise<void> {
  let config: ServerConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(EXIT.config, error.message);
    throw error;
  }
  checkDataDir(config.dataDir);
  let store: Store;
  try {
    store = await openStore(config);
  } catch (error) {
    if (error instanceof SchemaTooNewError) fail(EXIT.schemaTooNew, error.message);
    throw error;
  }

  if (!config.production) {
    const pack = await publishDemoPack(store, config.territoryId, config.demoPackFile);
    console.log(
      `Pack de démonstration ${pack.version}${pack.published ? ' publié' : ' déjà publié'}.`,
    );
    const accounts = await ensureDemoAccounts(store, config.territoryId, config.demoPassword);
    if (accounts.createdWithPassword) {
      console.log(
        `Comptes de démonstration créés (${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}), mot de passe : ${accounts.createdWithPassword}\n` +
          'Il ne sera plus affiché : notez-le, ou fixez-le avec REPERES_DEMO_PASSWORD.',
      );
    }
  }

  const app = createApp({
    store,
    territoryId: config.territoryId,
    version: appVersion(),
    production: config.production,
    staticDir: config.staticDir,
    trustProxy: config.trustProxy,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      fail(
        EXIT.portInUse,
        `le port ${config.port} est déjà utilisé. Arrêtez l'autre programme ou choisissez un port avec PORT=…`,
      );
    }
    fail(EXIT.startup, `le serveur n'a pas pu démarrer : ${error.message}`);
  });
  server.on('listening', () => {
    const mode = config.production ? 'production' : 'démonstration';
    console.log(`Repères (${mode}, ${store.kind}) : http://localhost:${config.port}/`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} reçu : arrêt après les requêtes en cours.`);
    // Requests already accepted finish (their commits included); then the database closes.
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close(() => {
      void store.close().then(() => process.exit(0));
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  fail(EXIT.startup, error instanceof Error ? error.message : String(error));
});
