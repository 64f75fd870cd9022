import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogBatchContext, LogCursor, Store } from '../../src/server/store/store';
import type { ActivityLog } from '../../src/shared/logs/activity-log-schema';
import type { StoreHarness } from './store-contract';
import { activityLog, shuffledKeys } from './support/activity-log';

const T = 'territoire-a';
const OTHER = 'territoire-b';
const user = (id: string, territoryId = T) => ({
  id,
  territoryId,
  username: id,
  name: id,
  role: 'worker' as const,
  organisation: 'CCAS',
  disabled: false,
});
const amina: LogBatchContext = { territoryId: T, authorId: 'amina', receivedAt: 'r1' };
const bruno: LogBatchContext = { territoryId: T, authorId: 'bruno', receivedAt: 'r1' };

export function describeLogContract(name: string, open: () => Promise<StoreHarness>): void {
  describe(`${name} store contract: activity logs`, () => {
    let h: StoreHarness;
    let store: Store;
    beforeEach(async () => {
      h = await open();
      store = h.store;
      await store.upsertUser(user('amina'));
      await store.upsertUser(user('bruno'));
      await store.upsertUser(user('chloe', OTHER));
    });
    afterEach(async () => {
      await h.cleanup();
    });

    const allMine = async (context: LogBatchContext, limit: number) => {
      const pages: ActivityLog[][] = [];
      let after: LogCursor | undefined;
      for (;;) {
        const page = await store.listLogsByAuthor(context.territoryId, context.authorId, {
          limit,
          after,
        });
        pages.push(page.logs);
        if (!page.next) return pages;
        after = page.next;
      }
    };

    it('accepts a log, sees it again as a duplicate, and keeps the first on a conflict', async () => {
      const log = activityLog();
      expect(await store.saveLogs(amina, [log])).toEqual([{ id: log.id, status: 'accepted' }]);
      // Key order does not make another log.
      const again = shuffledKeys(log) as ActivityLog;
      expect(await store.saveLogs(amina, [again])).toEqual([{ id: log.id, status: 'duplicate' }]);
      const [clash] = await store.saveLogs(amina, [{ ...log, outcome: 'informe' }]);
      expect(clash?.status).toBe('conflict');
      expect(clash?.reason).toMatch(/première est conservée/);
      expect(await store.saveLogs(amina, [log])).toEqual([{ id: log.id, status: 'duplicate' }]);
      expect((await store.listLogsByAuthor(T, 'amina', { limit: 10 })).logs).toEqual([log]);
    });

    it('makes a higher revision current, keeps a late lower one as history, and every revision', async () => {
      const v1 = activityLog();
      const v2 = { ...v1, revision: 2, outcome: 'a-suivre' as const, followUpDay: '2026-04-01' };
      const v3 = { ...v1, revision: 3, cancelled: true };
      expect(await store.saveLogs(amina, [v3])).toEqual([{ id: v1.id, status: 'accepted' }]);
      expect(await store.saveLogs(amina, [v1, v2])).toEqual([
        {
          id: v1.id,
          status: 'accepted',
          reason: "révision plus ancienne, conservée dans l'historique",
        },
        {
          id: v1.id,
          status: 'accepted',
          reason: "révision plus ancienne, conservée dans l'historique",
        },
      ]);
      expect((await store.listLogsByAuthor(T, 'amina', { limit: 10 })).logs).toEqual([v3]);
      const v4 = { ...v1, revision: 4, cancelled: false, duration: 'plus-60' as const };
      expect(await store.saveLogs(amina, [v4, v2])).toEqual([
        { id: v1.id, status: 'accepted' },
        { id: v1.id, status: 'duplicate' },
      ]);
      expect((await store.listLogsByAuthor(T, 'amina', { limit: 10 })).logs).toEqual([v4]);
      const history = await store.listLogRevisions(T, v1.id);
      expect(history.map((r) => [r.revision, r.authorId, r.log])).toEqual([
        [1, 'amina', v1],
        [2, 'amina', v2],
        [3, 'amina', v3],
        [4, 'amina', v4],
      ]);
      expect(await store.listLogRevisions(OTHER, v1.id)).toEqual([]);
    });

    it("rejects any revision of another author's log and writes nothing", async () => {
      const log = activityLog();
      await store.saveLogs(amina, [log]);
      const attempts = [
        log,
        { ...log, revision: 2, note: 'remplacé' },
        { ...log, revision: 1, note: 'x' },
      ];
      for (const attempt of attempts) {
        const [result] = await store.saveLogs(bruno, [attempt]);
        expect(result).toMatchObject({ id: log.id, status: 'rejected' });
        expect(result?.reason).toMatch(/appartient à un autre compte/);
      }
      const chloe = { territoryId: OTHER, authorId: 'chloe', receivedAt: 'r2' };
      expect((await store.saveLogs(chloe, [{ ...log, revision: 5 }]))[0]?.status).toBe('rejected');
      expect((await store.listLogRevisions(T, log.id)).map((r) => r.revision)).toEqual([1]);
      expect((await store.listLogsByAuthor(T, 'bruno', { limit: 10 })).logs).toEqual([]);
      expect((await store.listLogsByAuthor(T, 'amina', { limit: 10 })).logs).toEqual([log]);
    });

    it("lists an author's current logs only, newest day first, in pages that cover all once", async () => {
      const days = [
        '2026-03-01',
        '2026-03-05',
        '2026-03-05',
        '2026-02-20',
        '2026-03-05',
        '2026-03-09',
      ];
      const mine = days.map((day) => activityLog({ day }));
      await store.saveLogs(amina, mine);
      await store.saveLogs(bruno, [activityLog({ day: '2026-03-07' })]);
      const cancelled = { ...(mine[0] as ActivityLog), revision: 2, cancelled: true };
      await store.saveLogs(amina, [cancelled]);
      const current = [cancelled, ...mine.slice(1)];
      const expected = [...current].sort((a, b) =>
        a.day !== b.day ? (a.day < b.day ? 1 : -1) : a.id < b.id ? 1 : -1,
      );
      for (const limit of [1, 2, 3, 6, 7]) {
        const pages = await allMine(amina, limit);
        expect(pages.flat()).toEqual(expected);
        expect(pages.length).toBe(Math.max(1, Math.ceil(expected.length / limit)));
      }
      expect(await allMine({ ...amina, territoryId: OTHER }, 5)).toEqual([[]]);
    });

    it('answers a mixed batch item by item, in order, ids in any order', async () => {
      const known = activityLog({ id: '88888888-0000-4000-8000-000000000000' });
      await store.saveLogs(amina, [known]);
      const late = activityLog({ id: 'ffffffff-0000-4000-8000-000000000000' });
      const early = activityLog({ id: '00000000-0000-4000-8000-000000000000' });
      const results = await store.saveLogs(amina, [
        late,
        { ...known, note: 'autre' },
        early,
        { ...early, revision: 2 },
        known,
      ]);
      expect(results.map((r) => [r.id, r.status])).toEqual([
        [late.id, 'accepted'],
        [known.id, 'conflict'],
        [early.id, 'accepted'],
        [early.id, 'accepted'],
        [known.id, 'duplicate'],
      ]);
      expect(await store.saveLogs(amina, [])).toEqual([]);
    });

    it('stores each revision once under concurrent batches with the same logs', async () => {
      const logs = Array.from({ length: 30 }, () => activityLog());
      const revised = logs.map((log) => ({ ...log, revision: 2 }));
      const calls = await Promise.all([
        store.saveLogs(amina, logs),
        store.saveLogs(amina, [...revised].reverse()),
        store.saveLogs(amina, [...logs.slice(10, 20), ...revised.slice(0, 15)]),
      ]);
      for (const log of logs) {
        const statuses = calls
          .flat()
          .filter((r) => r.id === log.id)
          .map((r) => r.status);
        // Revision 1 and revision 2 each accepted exactly once; every other answer a duplicate.
        expect(statuses.filter((s) => s === 'accepted')).toHaveLength(2);
        expect(statuses.every((s) => s === 'accepted' || s === 'duplicate')).toBe(true);
        expect((await store.listLogRevisions(T, log.id)).map((r) => r.revision)).toEqual([1, 2]);
      }
      const current = (await allMine(amina, 200)).flat();
      expect(current).toHaveLength(30);
      expect(current.every((log) => log.revision === 2)).toBe(true);
    });
  });
}
