import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { saveReport } from '../../src/client/db/save-report';
import { WorkerDb } from '../../src/client/db/worker-db';
import { pushOutbox } from '../../src/client/sync/outbox-sync';
import type { ItemResult } from '../../src/shared/sync/item-result';

let n = 0;
const dbs: WorkerDb[] = [];
const verifier = { salt: '', iterations: 1, hash: '' };
async function freshDb(): Promise<WorkerDb> {
  const db = new WorkerDb(`test-worker-${n++}`);
  dbs.push(db);
  const account = {
    name: 'Agent',
    role: 'worker' as const,
    organisation: 'CCAS',
    verifier,
    lastSignInAt: 0,
  };
  await db.accounts.bulkPut([
    {
      ...account,
      userId: 'u1',
      username: 'agent.un',
      token: 'token-u1',
      tokenExpiresAt: Date.now() + 3_600_000,
    },
    // Signed out: no token. Their records must wait, never be lost.
    { ...account, userId: 'u2', username: 'agent.deux' },
  ]);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const input = {
  serviceId: 'service-1',
  packVersion: 'v1',
  reason: 'horaires' as const,
  authorId: 'u1',
};

/** A fake server that answers each id with the status the test chose (accepted by default). */
function server(statusFor: (id: string) => ItemResult['status'] = () => 'accepted') {
  const batches: string[][] = [];
  const tokens: string[] = [];
  const fetchImpl = (async (_url: string, init?: RequestInit) => {
    const { reports } = JSON.parse(String(init?.body)) as { reports: Array<{ id: string }> };
    tokens.push(new Headers(init?.headers).get('authorization') ?? '');
    batches.push(reports.map((r) => r.id));
    const results = reports.map((r) => {
      const status = statusFor(r.id);
      return status === 'rejected'
        ? { id: r.id, status, reason: 'motif inconnu' }
        : { id: r.id, status };
    });
    return Response.json({ results });
  }) as typeof fetch;
  return { fetchImpl, batches, tokens };
}

describe('pushOutbox', () => {
  it('saves a record and its outbox entry together, then marks it synced on its acknowledgement', async () => {
    const db = await freshDb();
    const id = await saveReport(db, input);
    expect(await db.outbox.count()).toBe(1);
    expect((await db.reports.get(id))?.state).toBe('pending');
    const { fetchImpl, batches } = server();
    expect(await pushOutbox(db, fetchImpl)).toEqual({
      kind: 'done',
      sent: 1,
      rejected: 0,
      authNeeded: [],
      disabled: [],
    });
    expect(batches).toEqual([[id]]);
    expect((await db.reports.get(id))?.state).toBe('synced');
    expect(await db.outbox.count()).toBe(0);
  });

  it('quarantines a rejected record with its reason and still sends the others', async () => {
    const db = await freshDb();
    const bad = await saveReport(db, input);
    const good = await saveReport(db, input);
    const { fetchImpl } = server((id) => (id === bad ? 'rejected' : 'duplicate'));
    expect(await pushOutbox(db, fetchImpl)).toEqual({
      kind: 'done',
      sent: 1,
      rejected: 1,
      authNeeded: [],
      disabled: [],
    });
    expect(await db.reports.get(bad)).toMatchObject({
      state: 'rejected',
      rejection: 'motif inconnu',
    });
    expect((await db.reports.get(good))?.state).toBe('synced');
  });

  it('keeps everything pending on a network error or a 5xx', async () => {
    const db = await freshDb();
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
    const db = await freshDb();
    for (let i = 0; i < 450; i++) await saveReport(db, input);
    const stuck = (await db.reports.toCollection().first())?.id ?? '';
    await db.reports.update(stuck, { state: 'sending' });
    const { fetchImpl, batches } = server();
    expect(await pushOutbox(db, fetchImpl)).toEqual({
      kind: 'done',
      sent: 450,
      rejected: 0,
      authNeeded: [],
      disabled: [],
    });
    expect(batches.map((b) => b.length)).toEqual([200, 200, 50]);
    expect(await db.reports.where('state').equals('synced').count()).toBe(450);
  });

  it('leaves unanswered items queued', async () => {
    const db = await freshDb();
    await saveReport(db, input);
    const silent = (async () => Response.json({ results: [] })) as typeof fetch;
    expect(await pushOutbox(db, silent)).toEqual({ kind: 'server', status: 200 });
    expect(await db.outbox.count()).toBe(1);
    expect(await db.reports.where('state').equals('pending').count()).toBe(1);
  });

  it("sends each author's records with that author's session, and keeps those of a signed-out author", async () => {
    const db = await freshDb();
    const mine = await saveReport(db, input);
    const theirs = await saveReport(db, { ...input, authorId: 'u2' });
    const { fetchImpl, batches, tokens } = server();
    expect(await pushOutbox(db, fetchImpl)).toEqual({
      kind: 'done',
      sent: 1,
      rejected: 0,
      authNeeded: ['u2'],
      disabled: [],
    });
    expect(batches).toEqual([[mine]]);
    expect(tokens).toEqual(['Bearer token-u1']);
    expect((await db.reports.get(theirs))?.state).toBe('pending');
    expect(await db.outbox.get(theirs)).toBeDefined();
  });

  it('keeps everything and forgets the token when the server says the session is gone (401)', async () => {
    const db = await freshDb();
    const id = await saveReport(db, input);
    const expired = (async () => new Response('{}', { status: 401 })) as typeof fetch;
    expect(await pushOutbox(db, expired)).toEqual({
      kind: 'done',
      sent: 0,
      rejected: 0,
      authNeeded: ['u1'],
      disabled: [],
    });
    expect((await db.reports.get(id))?.state).toBe('pending');
    expect((await db.accounts.get('u1'))?.token).toBeUndefined();
  });

  it('keeps the records of a disabled account on the device and says so (403)', async () => {
    const db = await freshDb();
    const id = await saveReport(db, input);
    const refused = (async () => new Response('{}', { status: 403 })) as typeof fetch;
    expect(await pushOutbox(db, refused)).toEqual({
      kind: 'done',
      sent: 0,
      rejected: 0,
      authNeeded: [],
      disabled: ['u1'],
    });
    expect((await db.reports.get(id))?.state).toBe('pending');
    expect(await db.outbox.get(id)).toBeDefined();
  });
});
