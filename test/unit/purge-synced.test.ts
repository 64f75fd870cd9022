import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createLog, type LogDraft } from '../../src/client/db/save-log';
import { WorkerDb } from '../../src/client/db/worker-db';
import { purgeSyncedRecords } from '../../src/client/sync/purge-synced';

const dbs: WorkerDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const draft: LogDraft = {
  day: '2026-11-20',
  commune: '06116',
  contactType: 'telephone',
  household: { profile: 'autre', children: '0', childAgeBands: [] },
  domains: ['logement'],
  rights: [],
  services: [],
  actions: [],
  outcome: 'informe',
  duration: 'moins-15',
  packVersion: 'v1',
};

describe('purge of synced records', () => {
  it('deletes only logs synced before the retention, never pending or refused ones', async () => {
    const db = new WorkerDb('purge-test');
    dbs.push(db);
    const now = Date.parse('2026-11-25T12:00:00Z');
    const day = 86_400_000;
    const old = await createLog(db, 'u1', draft);
    const recent = await createLog(db, 'u1', draft);
    const pending = await createLog(db, 'u1', draft);
    const refused = await createLog(db, 'u1', draft);
    await db.logs.update(old, { state: 'synced', syncedAt: now - 31 * day });
    await db.logs.update(recent, { state: 'synced', syncedAt: now - 29 * day });
    await db.logs.update(refused, { state: 'rejected', syncedAt: now - 90 * day });
    expect(await purgeSyncedRecords(db, now, 30)).toBe(1);
    expect((await db.logs.toArray()).map((r) => r.id).sort()).toEqual(
      [recent, pending, refused].sort(),
    );
  });
});
