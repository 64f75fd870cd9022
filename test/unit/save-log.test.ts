import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createLog,
  deleteLog,
  type LogDraft,
  LogLockedError,
  updateLog,
} from '../../src/client/db/save-log';
import { WorkerDb } from '../../src/client/db/worker-db';

let n = 0;
const dbs: WorkerDb[] = [];
function freshDb(): WorkerDb {
  const db = new WorkerDb(`save-log-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const draft: LogDraft = {
  day: '2026-11-20',
  commune: '06116',
  contactType: 'permanence',
  household: { profile: 'parent-seul', children: '2', childAgeBands: ['3-5', '6-11'] },
  domains: ['petite-enfance', 'acces-aux-droits'],
  rights: [],
  services: [],
  actions: [],
  outcome: 'oriente',
  duration: '15-30',
  packVersion: 'v1',
};

describe('saving, correcting and deleting logs on the device', () => {
  it('writes the log and its outbox entry together, remembering the commune', async () => {
    const db = freshDb();
    const id = await createLog(db, 'u1', draft);
    expect(await db.logs.get(id)).toMatchObject({
      authorId: 'u1',
      state: 'pending',
      syncedRevision: 0,
      log: { revision: 1, cancelled: false, schemaVersion: 1 },
    });
    expect(await db.outbox.get(id)).toMatchObject({ kind: 'log', authorId: 'u1' });
    expect(await db.deviceState.get('last-commune')).toEqual({
      key: 'last-commune',
      insee: '06116',
    });
  });

  it('rewrites a log never sent in place, and sends a correction of a synced one as a new revision', async () => {
    const db = freshDb();
    const id = await createLog(db, 'u1', draft);
    await updateLog(db, id, 'u1', { ...draft, outcome: 'informe' });
    expect((await db.logs.get(id))?.log).toMatchObject({ revision: 1, outcome: 'informe' });
    await db.logs.update(id, { state: 'synced', syncedRevision: 1 });
    await db.outbox.clear();
    await updateLog(db, id, 'u1', { ...draft, outcome: 'a-suivre', followUpDay: '2026-12-01' });
    expect((await db.logs.get(id))?.log).toMatchObject({ revision: 2, outcome: 'a-suivre' });
    expect(await db.outbox.count()).toBe(1);
  });

  it('refuses to touch a log while it is being sent, and another author’s log', async () => {
    const db = freshDb();
    const id = await createLog(db, 'u1', draft);
    await expect(updateLog(db, id, 'u2', draft)).rejects.toThrow('introuvable');
    await db.logs.update(id, { state: 'sending' });
    await expect(updateLog(db, id, 'u1', draft)).rejects.toBeInstanceOf(LogLockedError);
  });

  it('deletes a log never sent, and cancels a synced one as a revision the server keeps', async () => {
    const db = freshDb();
    const local = await createLog(db, 'u1', draft);
    expect(await deleteLog(db, local, 'u1')).toBe('deleted');
    expect(await db.logs.get(local)).toBeUndefined();
    expect(await db.outbox.get(local)).toBeUndefined();
    const synced = await createLog(db, 'u1', draft);
    await db.logs.update(synced, { state: 'synced', syncedRevision: 1 });
    expect(await deleteLog(db, synced, 'u1')).toBe('cancelled');
    expect((await db.logs.get(synced))?.log).toMatchObject({ revision: 2, cancelled: true });
  });

  it('sends a fixed refused log under a revision the server has not seen', async () => {
    const db = freshDb();
    const id = await createLog(db, 'u1', draft);
    await db.logs.update(id, { state: 'rejected', rejection: 'conflit' });
    await updateLog(db, id, 'u1', draft);
    expect(await db.logs.get(id)).toMatchObject({ state: 'pending', log: { revision: 2 } });
    expect((await db.logs.get(id))?.rejection).toBeUndefined();
  });
});
