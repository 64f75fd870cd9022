import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionRecord, Store } from '../../src/server/store/store';
import type { StoreHarness } from './store-contract';

const T = 'territoire-a';
const worker = {
  id: 'u-1',
  territoryId: T,
  username: 'amina',
  name: 'Amina B.',
  role: 'worker' as const,
  organisation: 'CCAS',
  passwordHash: 'hash-1',
  disabled: false,
};

const session = (overrides: Partial<SessionRecord> = {}): SessionRecord => ({
  tokenHash: 'a'.repeat(64),
  userId: worker.id,
  territoryId: T,
  createdAt: 1_000_000,
  lastUsedAt: 1_000_000,
  expiresAt: 2_000_000,
  ...overrides,
});

export function describeSessionContract(name: string, open: () => Promise<StoreHarness>): void {
  describe(`${name} store contract: sessions`, () => {
    let h: StoreHarness;
    let store: Store;
    beforeEach(async () => {
      h = await open();
      store = h.store;
      await store.upsertUser(worker);
    });
    afterEach(async () => {
      await h.cleanup();
    });

    it('finds a session by its hash, with its user as the user is now', async () => {
      expect(await store.findSession('b'.repeat(64))).toBeNull();
      await store.createSession(session());
      expect(await store.findSession('a'.repeat(64))).toEqual({ session: session(), user: worker });
      await store.upsertUser({ ...worker, role: 'coordinator', disabled: true });
      const found = await store.findSession('a'.repeat(64));
      expect(found?.user).toMatchObject({ role: 'coordinator', disabled: true });
    });

    it('keeps instants beyond 2^31 exactly (milliseconds since the epoch)', async () => {
      const at = Date.parse('2026-03-15T10:00:00.123Z');
      await store.createSession(session({ createdAt: at, lastUsedAt: at, expiresAt: at + 1 }));
      expect((await store.findSession('a'.repeat(64)))?.session).toMatchObject({
        createdAt: at,
        lastUsedAt: at,
        expiresAt: at + 1,
      });
    });

    it('moves last use forward only', async () => {
      await store.createSession(session());
      await store.touchSession('a'.repeat(64), 1_500_000);
      await store.touchSession('a'.repeat(64), 1_200_000);
      expect((await store.findSession('a'.repeat(64)))?.session.lastUsedAt).toBe(1_500_000);
    });

    it('revokes a session once', async () => {
      await store.createSession(session());
      await store.createSession(session({ tokenHash: 'c'.repeat(64) }));
      expect(await store.revokeSession('a'.repeat(64))).toBe(true);
      expect(await store.revokeSession('a'.repeat(64))).toBe(false);
      expect(await store.findSession('a'.repeat(64))).toBeNull();
      expect(await store.findSession('c'.repeat(64))).not.toBeNull();
    });

    it('purges sessions past their absolute or idle end, and only those', async () => {
      await store.createSession(session({ tokenHash: '1'.repeat(64), expiresAt: 1_100_000 }));
      await store.createSession(session({ tokenHash: '2'.repeat(64), lastUsedAt: 1_050_000 }));
      await store.createSession(session({ tokenHash: '3'.repeat(64), lastUsedAt: 1_900_000 }));
      const purged = await store.purgeSessions({
        expiresBefore: 1_200_000,
        lastUsedBefore: 1_100_000,
      });
      expect(purged).toBe(2);
      expect(await store.findSession('1'.repeat(64))).toBeNull();
      expect(await store.findSession('2'.repeat(64))).toBeNull();
      expect(await store.findSession('3'.repeat(64))).not.toBeNull();
    });

    it('refuses two sessions with the same hash and a session of an unknown user', async () => {
      await store.createSession(session());
      await expect(store.createSession(session())).rejects.toThrow();
      await expect(
        store.createSession(session({ tokenHash: 'd', userId: 'nobody' })),
      ).rejects.toThrow();
    });
  });
}
