import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../src/server/migrations/load-migrations';
import { SchemaTooNewError, type Store, type StoredPack } from '../../src/server/store/store';
import type { Report } from '../../src/shared/reports/report-schema';
import { describeLogContract } from './store-contract-logs';
import { describeSessionContract } from './store-contract-sessions';

/** A fresh, empty database with a store open on it. */
export interface StoreHarness {
  store: Store;
  /** Opens another store on the same database (so runs the migrations again). */
  reopen: () => Promise<Store>;
  /** Raw SQL on the same database, outside the store; rows of a query, [] otherwise. */
  sql: (text: string) => Promise<Record<string, unknown>[]>;
  /** Closes what is still open and deletes the database. */
  cleanup: () => Promise<void>;
}

const T = 'territoire-a';
const OTHER = 'territoire-b';

function pack(version: string, overrides: Partial<StoredPack> = {}): StoredPack {
  const body = new TextEncoder().encode(`{"version":"${version}"}`);
  return {
    territoryId: T,
    version,
    sha256: `sha-${version}`,
    size: body.byteLength,
    publishedAt: `2025-01-0${version.slice(-1)}T10:00:00.000Z`,
    demo: false,
    body,
    // Every byte value, so an encoding mistake (text, hex, escaping) changes what comes back.
    gzip: Uint8Array.from({ length: 256 }, (_, i) => i),
    ...overrides,
  };
}

function report(overrides: Partial<Report> = {}): Report {
  return {
    id: randomUUID(),
    serviceId: 'caf-lyon',
    packVersion: '2025.01.1',
    reason: 'telephone',
    day: '2025-01-15',
    ...overrides,
  };
}

const user = {
  id: 'u-1',
  territoryId: T,
  username: 'amina',
  name: 'Amina B.',
  role: 'worker' as const,
  organisation: 'CCAS',
  disabled: false,
};

/** Behaviour both stores must share; `open` gives a fresh database each test. */
export function describeStoreContract(name: string, open: () => Promise<StoreHarness>): void {
  describeSessionContract(name, open);
  describeLogContract(name, open);
  describe(`${name} store contract`, () => {
    let h: StoreHarness;
    let store: Store;
    beforeEach(async () => {
      h = await open();
      store = h.store;
    });
    afterEach(async () => {
      await h.cleanup();
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('publishes a pack once: the second publication is refused and changes nothing', async () => {
      expect(await store.publishPack(pack('v1'))).toBe(true);
      const again = pack('v1', { sha256: 'autre', body: new Uint8Array([1, 2, 3]), demo: true });
      expect(await store.publishPack(again)).toBe(false);
      const stored = await store.getPack(T, 'v1');
      expect(stored?.sha256).toBe('sha-v1');
      expect(stored?.demo).toBe(false);
      expect(Buffer.from(stored?.body ?? [])).toEqual(Buffer.from(pack('v1').body));
      expect(await store.listPacks(T)).toHaveLength(1);
    });

    it('returns the exact bytes of body and gzip', async () => {
      const published = pack('v1');
      await store.publishPack(published);
      const stored = await store.getPack(T, 'v1');
      expect(stored).not.toBeNull();
      expect(stored?.body).toBeInstanceOf(Uint8Array);
      expect(Buffer.compare(Buffer.from(stored?.body ?? []), Buffer.from(published.body))).toBe(0);
      expect(Buffer.compare(Buffer.from(stored?.gzip ?? []), Buffer.from(published.gzip))).toBe(0);
      expect(stored?.gzip.byteLength).toBe(256);
      expect(stored?.size).toBe(published.size);
      expect(stored?.territoryId).toBe(T);
      expect(await store.getPack(T, 'v9')).toBeNull();
      expect(await store.getPack(OTHER, 'v1')).toBeNull();
    });

    it('takes the newest pack by publication order, with or without demo packs', async () => {
      expect(await store.currentPack(T, { includeDemo: true })).toBeNull();
      // Published out of lexical and date order: publication order is what counts.
      await store.publishPack(pack('v3'));
      await store.publishPack(pack('v1'));
      await store.publishPack(pack('v2', { demo: true }));
      await store.publishPack(pack('v9', { territoryId: OTHER }));
      expect(await store.currentPack(T, { includeDemo: true })).toEqual({
        version: 'v2',
        sha256: 'sha-v2',
        size: pack('v2').size,
        publishedAt: '2025-01-02T10:00:00.000Z',
        demo: true,
      });
      expect((await store.currentPack(T, { includeDemo: false }))?.version).toBe('v1');
      expect((await store.listPacks(T)).map((p) => p.version)).toEqual(['v2', 'v1', 'v3']);
      expect((await store.listPacks(OTHER)).map((p) => p.version)).toEqual(['v9']);
    });

    it('accepts a report, then sees it again as a duplicate, then a different one as a conflict', async () => {
      const first = report();
      expect(await store.saveReports(T, [first])).toEqual([{ id: first.id, status: 'accepted' }]);
      expect(await store.saveReports(T, [{ ...first }])).toEqual([
        { id: first.id, status: 'duplicate' },
      ]);
      const [result] = await store.saveReports(T, [{ ...first, reason: 'horaires' }]);
      expect(result?.status).toBe('conflict');
      expect(result?.reason).toMatch(/premier est conservé/);
      // The first is kept: sending it again is still a duplicate, not a conflict.
      expect(await store.saveReports(T, [first])).toEqual([{ id: first.id, status: 'duplicate' }]);
      // The same report sent for another territory is not the same report.
      expect((await store.saveReports(OTHER, [first]))[0]?.status).toBe('conflict');
      expect(await store.countReports(T)).toBe(1);
      expect(await store.countReports(OTHER)).toBe(0);
    });

    it('answers a mixed batch item by item, in order', async () => {
      const known = report();
      const clashing = report();
      await store.saveReports(T, [known, clashing]);
      const fresh = report({ id: 'ffffffff-0000-4000-8000-000000000000' });
      const early = report({ id: '00000000-0000-4000-8000-000000000000' });
      const twice = report();
      const batch = [
        fresh,
        { ...known },
        { ...clashing, day: '2024-12-31' },
        early,
        twice,
        { ...twice, serviceId: 'autre-service' },
        { ...twice },
      ];
      const results = await store.saveReports(T, batch);
      expect(results.map((r) => [r.id, r.status])).toEqual([
        [fresh.id, 'accepted'],
        [known.id, 'duplicate'],
        [clashing.id, 'conflict'],
        [early.id, 'accepted'],
        [twice.id, 'accepted'],
        [twice.id, 'conflict'],
        [twice.id, 'duplicate'],
      ]);
      expect(await store.saveReports(T, [])).toEqual([]);
      expect(await store.countReports(T)).toBe(5);
    });

    it('saves each id once under concurrent batches holding the same ids', async () => {
      const reports = Array.from({ length: 40 }, () => report());
      const calls = await Promise.all([
        store.saveReports(T, reports),
        store.saveReports(T, [...reports].reverse()),
        store.saveReports(T, reports.slice(10, 30)),
      ]);
      for (const r of reports) {
        const statuses = calls
          .flat()
          .filter((x) => x.id === r.id)
          .map((x) => x.status);
        expect(statuses.filter((s) => s === 'accepted')).toHaveLength(1);
        expect(statuses.filter((s) => s !== 'accepted').every((s) => s === 'duplicate')).toBe(true);
      }
      expect(await store.countReports(T)).toBe(40);
    });

    it('counts the reports of a territory only', async () => {
      await store.saveReports(T, [report(), report()]);
      await store.saveReports(OTHER, [report()]);
      expect(await store.countReports(T)).toBe(2);
      expect(await store.countReports(OTHER)).toBe(1);
      expect(await store.countReports('territoire-vide')).toBe(0);
    });

    it('creates a user, updates it keeping the password when none is given', async () => {
      expect(await store.findUser(T, 'amina')).toBeNull();
      await store.upsertUser({ ...user, passwordHash: 'hash-1' });
      expect(await store.findUser(T, 'amina')).toEqual({ ...user, passwordHash: 'hash-1' });

      const updated = {
        ...user,
        name: 'Amina Benali',
        role: 'coordinator' as const,
        disabled: true,
      };
      await store.upsertUser(updated);
      expect(await store.findUser(T, 'amina')).toEqual({ ...updated, passwordHash: 'hash-1' });

      await store.upsertUser({ ...updated, passwordHash: 'hash-2' });
      expect((await store.findUser(T, 'amina'))?.passwordHash).toBe('hash-2');
      expect(await store.findUser(OTHER, 'amina')).toBeNull();
    });

    it('creates a user without a password as one that cannot log in', async () => {
      await store.upsertUser({ ...user, id: 'u-2', username: 'sans-mdp' });
      expect((await store.findUser(T, 'sans-mdp'))?.passwordHash).toBe('!');
    });

    it('reopens the same database without migrating again and keeps the data', async () => {
      await store.publishPack(pack('v1'));
      const before = await h.sql('SELECT version, name, applied_at FROM schema_migrations');
      expect(before).toHaveLength(loadMigrations(store.kind).length);
      expect(before[0]).toMatchObject({ version: 1, name: 'initial' });
      const again = await h.reopen();
      try {
        expect(await h.sql('SELECT version, name, applied_at FROM schema_migrations')).toEqual(
          before,
        );
        expect((await again.currentPack(T, { includeDemo: false }))?.version).toBe('v1');
      } finally {
        await again.close();
      }
    });

    it('refuses to open a database whose schema is newer than the code', async () => {
      await h.sql(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')",
      );
      const error = await h.reopen().then(
        async (opened) => {
          await opened.close();
          return null;
        },
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SchemaTooNewError);
      expect(error).toMatchObject({
        databaseVersion: 999,
        knownVersion: loadMigrations(store.kind).length,
      });
    });
  });
}
