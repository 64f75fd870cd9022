import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSqliteStore } from '../../src/server/store/sqlite-store';
import type { Store } from '../../src/server/store/store';
import { describeStoreContract, type StoreHarness } from './store-contract';

function freshFile(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'reperes-store-'));
  return { dir, file: join(dir, 'reperes.db') };
}

async function openHarness(): Promise<StoreHarness> {
  const { dir, file } = freshFile();
  const store = openSqliteStore(file);
  return {
    store,
    reopen: async () => openSqliteStore(file),
    sql: async (text) => {
      const db = new Database(file);
      try {
        const stmt = db.prepare<[], Record<string, unknown>>(text);
        if (stmt.reader) return stmt.all();
        stmt.run();
        return [];
      } finally {
        db.close();
      }
    },
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describeStoreContract('SQLite', openHarness);

describe('SQLite store durability settings', () => {
  let dir = '';
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs its own connection in WAL mode with synchronous = FULL', async () => {
    const fresh = freshFile();
    dir = fresh.dir;
    // The store exposes no handle: catch the connection it configures to ask it directly,
    // since synchronous is a per-connection setting no other connection can observe.
    const pragma = vi.spyOn(Database.prototype, 'pragma');
    store = openSqliteStore(fresh.file);
    const db = pragma.mock.contexts[0];
    pragma.mockRestore();
    if (!(db instanceof Database)) throw new Error('the store opened no better-sqlite3 connection');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');

    await store.saveReports('t', [
      {
        id: '0190a5b2-0000-7000-8000-000000000001',
        serviceId: 's',
        packVersion: 'v1',
        reason: 'autre',
        day: '2025-01-01',
      },
    ]);
    expect(existsSync(`${fresh.file}-wal`)).toBe(true);
    // WAL mode is recorded in the file itself: another (read-only) connection sees it too.
    const reader = new Database(fresh.file, { readonly: true });
    try {
      expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      reader.close();
    }
  });
});
