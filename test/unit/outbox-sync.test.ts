import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { saveReport } from '../../src/client/db/save-report';
import { WorkerDb } from '../../src/client/db/worker-db';
import { pushOutbox } from '../../src/client/sync/outbox-sync';
import type { ItemResult } from '../../src/shared/sync/item-result';

let n = 0;
const dbs: WorkerDb[] = [];
function freshDb(): WorkerDb {
  const db = new WorkerDb(`test-worker-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const input = { serviceId: 'service-1', packVersion: 'v1', reason: 'horaires' as const };

/** A fake server that answers each id with the status the test chose (accepted by default). */
function server(statusFor: (id: string) => ItemResult['status'] = () => 'accepted') {
  const batches: string[][] = [];
  const fetchImpl = (async (_url: string, init?: RequestInit) => {
    const { reports } = JSON.parse(String(init?.body)) as { reports: Array<{ id: string }> };
    batches.push(reports.map((r) => r.id));
    const results = reports.map((r) => {
      const status = statusFor(r.id);
      return status === 'rejected'
        ? { id: r.id, status, reason: 'motif inconnu' }
        : { id: r.id, status };
    });
    return Response.json({ results });
  }) as typeof fetch;
  return { fetchImpl, batches };
}

describe('pushOutbox', () => {
  it('saves a record and its outbox entry together, then marks it synced on its acknowledgement', async () => {
    const db = freshDb();
    const id = await saveReport(db, input);
    expect(await db.outbox.count()).toBe(1);
    expect((await db.reports.get(id))?.state).toBe('pending');
    const { fetchImpl, batches } = server();
    expect(await pushOutbox(db, fetchImpl)).toEqual({ kind: 'done', sent: 1, rejected: 0 });
    expect(batches).toEqual([[id]]);
    expect((await db.reports.get(id))?.state).toBe('synced');
    expect(await db.outbox.count()).toBe(0);
  });

  it('quarantines a rejected record with its reason and still sends the others', async () => {
    const db = freshDb();
    const bad = await saveReport(db, input);
    const good = await saveReport(db, input);
    const { fetchImpl } = server((id) => (id === bad ? 'rejected' : 'duplicate'));
    expect(await pushOutbox(db, fetchImpl)).toEqual({ kind: 'done', sent: 1, rejected: 1 });
    expect(await db.reports.get(bad)).toMatchObject({
      state: 'rejected',
      rejection: 'motif inconnu',
    });
    expect((await db.reports.get(good))?.state).toBe('synced');
  });

  it('keeps everything pending on a network error or a 5xx', async () => {
    const db = freshDb();
    const id = await saveReport(db, input);
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await pushOutbox(db, offline)).toEqual({ kind: 'network' });
    const failing = (async () => new Response('oops', { status: 503 })) as typeof fetch;
    expect(await pushOutbox(db, failing)).toEqual({ kind: 'server', status: 503 });
    expect((await db.reports.get(id))?.state).toBe('pending');
    expect(await db.outbox.count()).toBe(1);
  });

  it('sends in batches of 200 and resumes records left "sending" by a closed tab', async () => {
    const db = freshDb();
    for (let i = 0; i < 450; i++) await saveReport(db, input);
    const stuck = (await db.reports.toCollection().first())?.id ?? '';
    await db.reports.update(stuck, { state: 'sending' });
    const { fetchImpl, batches } = server();
    expect(await pushOutbox(db, fetchImpl)).toEqual({ kind: 'done', sent: 450, rejected: 0 });
    expect(batches.map((b) => b.length)).toEqual([200, 200, 50]);
    expect(await db.reports.where('state').equals('synced').count()).toBe(450);
  });

  it('leaves unanswered items queued', async () => {
    const db = freshDb();
    await saveReport(db, input);
    const silent = (async () => Response.json({ results: [] })) as typeof fetch;
    expect(await pushOutbox(db, silent)).toEqual({ kind: 'server', status: 200 });
    expect(await db.outbox.count()).toBe(1);
    expect(await db.reports.where('state').equals('pending').count()).toBe(1);
  });
});
