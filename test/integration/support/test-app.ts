import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp } from '../../../src/server/app';
import type { AppDeps } from '../../../src/server/app-deps';
import { toStoredPack } from '../../../src/server/packs/stored-pack';
import { openSqliteStore } from '../../../src/server/store/sqlite-store';
import type { Store } from '../../../src/server/store/store';
import type { Pack } from '../../../src/shared/pack/pack-schema';

export interface TestApp {
  app: Hono;
  store: Store;
  /** The SQLite file, to read tables directly. */
  file: string;
  logs: string[];
  publish: (pack: Pack) => Promise<boolean>;
}

/** The real app in-process on a fresh SQLite file; requests go through app.request(). */
export function testApp(overrides: Partial<AppDeps> = {}): TestApp {
  const dir = mkdtempSync(join(tmpdir(), 'reperes-app-'));
  const file = join(dir, 'reperes.sqlite');
  const store = openSqliteStore(file);
  const logs: string[] = [];
  const app = createApp({
    store,
    territoryId: 'capg',
    version: '0.0.0+test',
    production: false,
    log: (line) => logs.push(line),
    ...overrides,
  });
  const publish = (pack: Pack) =>
    store.publishPack(toStoredPack('capg', pack, new TextEncoder().encode(JSON.stringify(pack))));
  return { app, store, file, logs, publish };
}

export const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
