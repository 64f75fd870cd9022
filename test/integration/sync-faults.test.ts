import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkerDb } from '../../src/client/db/worker-db';
import { pushOutbox } from '../../src/client/sync/outbox-sync';
import type { FaultAction, ProxiedRequest } from '../support/fault-proxy';
import { type ConfirmedLogs, serverLogs, setCheck } from '../support/set-check';
import { Device } from './support/sync-device';
import { deviceFor, type SyncRig, startRig, timedFetch } from './support/sync-harness';

let rig: SyncRig | undefined;
const dbs: WorkerDb[] = [];
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
  for (const db of dbs.splice(0)) await db.delete();
});

interface Setup {
  rig: SyncRig;
  device: Device;
  token: string;
  fetchImpl: typeof fetch;
  /** For the faults that wait out the client's timeout. */
  impatientFetch: typeof fetch;
  confirmed: ConfirmedLogs;
}

async function setup(): Promise<Setup> {
  rig = await startRig();
  const { token, userId } = await rig.signIn();
  const db = await deviceFor(userId, token);
  dbs.push(db);
  const confirmed: ConfirmedLogs = new Map();
  // Generous by default: a slow CI machine must not turn into an unplanned fault.
  const fetchImpl = timedFetch(rig.proxy.url, 10_000);
  const impatientFetch = timedFetch(rig.proxy.url, 1_000);
  return {
    rig,
    device: new Device(db, userId, confirmed),
    token,
    fetchImpl,
    impatientFetch,
    confirmed,
  };
}

/** The policy for log uploads: the n-th POST /api/logs (from 0) gets faults[n], then pass. */
function onLogPosts(proxyRig: SyncRig, faults: FaultAction[]): void {
  let n = 0;
  proxyRig.proxy.setPolicy((req: ProxiedRequest) =>
    req.method === 'POST' && req.path === '/api/logs'
      ? (faults[n++] ?? { kind: 'pass' })
      : { kind: 'pass' },
  );
}

async function waitFor(condition: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function expectSetsAgree(s: Setup, token = s.token, devices = [s.device]): Promise<void> {
  const problems = await setCheck({
    serverUrl: s.rig.server.url,
    token,
    dbs: devices.map((d) => d.db),
    confirmed: s.confirmed,
    sqliteFile: join(s.rig.dataDir, 'reperes.sqlite'),
  });
  expect(problems).toEqual([]);
}

describe('sync under faults (real client engine, real server, fault proxy)', {
  timeout: 60_000,
}, () => {
  it('keeps everything on 500 and 503, then delivers it once', async () => {
    const s = await setup();
    for (let i = 0; i < 3; i++) await s.device.create(i);
    onLogPosts(s.rig, [
      { kind: 'status', status: 500 },
      { kind: 'status', status: 503 },
    ]);
    expect(await pushOutbox(s.device.db, s.fetchImpl)).toEqual({ kind: 'server', status: 500 });
    expect(await pushOutbox(s.device.db, s.fetchImpl)).toEqual({ kind: 'server', status: 503 });
    expect(await s.device.db.outbox.count()).toBe(3);
    expect(await s.device.syncUntilEmpty(s.fetchImpl)).toMatchObject({ kind: 'done', sent: 3 });
    await expectSetsAgree(s);
  });

  it('keeps everything when the request times out', async () => {
    const s = await setup();
    const id = await s.device.create(1);
    onLogPosts(s.rig, [{ kind: 'hang' }]);
    expect(await pushOutbox(s.device.db, s.impatientFetch)).toEqual({ kind: 'network' });
    expect((await s.device.db.logs.get(id))?.state).toBe('pending');
    expect(await s.device.syncUntilEmpty(s.fetchImpl)).toMatchObject({ kind: 'done', sent: 1 });
    await expectSetsAgree(s);
  });

  it('survives a connection dropped after the server committed, even when edited meanwhile', async () => {
    const s = await setup();
    const edited = await s.device.create(1);
    const deleted = await s.device.create(2);
    const untouched = await s.device.create(3);
    onLogPosts(s.rig, [{ kind: 'drop-after-commit' }]);
    expect(await pushOutbox(s.device.db, s.fetchImpl)).toEqual({ kind: 'network' });
    // The server has them all; the device does not know it.
    const committed = (await serverLogs(s.rig.server.url, s.token)).map((l) => l.id).sort();
    expect(committed).toEqual([edited, deleted, untouched].sort());
    await s.device.update(edited, 10);
    await s.device.remove(deleted);
    expect(await s.device.syncUntilEmpty(s.fetchImpl)).toMatchObject({ kind: 'done', rejected: 0 });
    await expectSetsAgree(s);
  });

  it('stores a batch received twice once', async () => {
    const s = await setup();
    for (let i = 0; i < 4; i++) await s.device.create(i);
    onLogPosts(s.rig, [{ kind: 'twice' }]);
    expect(await pushOutbox(s.device.db, s.fetchImpl)).toMatchObject({ kind: 'done', sent: 4 });
    expect(s.rig.proxy.records.find((r) => r.action === 'twice')?.upstream).toEqual([200, 200]);
    await expectSetsAgree(s);
  });

  it('keeps the latest revision when revision 1 arrives after revision 2', async () => {
    const s = await setup();
    const id = await s.device.create(1);
    // Revision 1 is held in the network past the client's timeout, and arrives last.
    onLogPosts(s.rig, [{ kind: 'delay', ms: 3_000 }]);
    expect(await pushOutbox(s.device.db, s.impatientFetch)).toEqual({ kind: 'network' });
    await s.device.update(id, 2);
    expect(s.confirmed.get(id)).toMatchObject({ revision: 2 });
    expect(await s.device.syncUntilEmpty(s.fetchImpl)).toMatchObject({ kind: 'done', sent: 1 });
    const late = s.rig.proxy.records[0];
    await waitFor(() => (late?.upstream.length ?? 0) > 0);
    expect(late?.upstream).toEqual([200]);
    // The same late request once more: a duplicate, still not the current revision.
    if (late) expect((await s.rig.proxy.replay(late.request)).status).toBe(200);
    await expectSetsAgree(s);
  });

  it('merges two devices of the same worker whose batches cross', async () => {
    const s = await setup();
    const other = new Device(
      await deviceFor(s.device.userId, (await s.rig.signIn()).token),
      s.device.userId,
      s.confirmed,
    );
    dbs.push(other.db);
    for (let i = 0; i < 3; i++) await s.device.create(i);
    for (let i = 0; i < 3; i++) await other.create(10 + i);
    // The first device's batch is held back while the second's goes through.
    onLogPosts(s.rig, [{ kind: 'delay', ms: 400 }]);
    const [a, b] = await Promise.all([
      s.device.syncUntilEmpty(s.fetchImpl),
      new Promise((r) => setTimeout(r, 50)).then(() => other.syncUntilEmpty(s.fetchImpl)),
    ]);
    expect(a).toMatchObject({ kind: 'done', sent: 3 });
    expect(b).toMatchObject({ kind: 'done', sent: 3 });
    expect(s.rig.proxy.records.map((r) => r.action)).toContain('delay');
    await expectSetsAgree(s, s.token, [s.device, other]);
  });

  it('asks for sign-in when the session is revoked mid-run, loses nothing, then finishes', async () => {
    const s = await setup();
    for (let i = 0; i < 250; i++) await s.device.create(i);
    const revoke = async () => {
      await fetch(`${s.rig.server.url}/api/session`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${s.token}` },
      });
    };
    onLogPosts(s.rig, [{ kind: 'pass' }, { kind: 'pass', before: revoke }]);
    expect(await pushOutbox(s.device.db, s.fetchImpl)).toMatchObject({
      kind: 'done',
      sent: 200,
      rejected: 0,
      authNeeded: [s.device.userId],
    });
    expect(await s.device.db.outbox.count()).toBe(50);
    expect((await s.device.db.accounts.get(s.device.userId))?.token).toBeUndefined();
    const fresh = await s.rig.signIn();
    await s.device.setToken(fresh.token);
    expect(await s.device.syncUntilEmpty(s.fetchImpl)).toMatchObject({ kind: 'done', sent: 50 });
    await expectSetsAgree(s, fresh.token);
  });

  it('recovers from a server killed (SIGKILL) mid-batch and restarted on the same data', async () => {
    const s = await setup();
    for (let i = 0; i < 250; i++) await s.device.create(i);
    let killed: Promise<unknown> = Promise.resolve();
    const kill = () => {
      killed = s.rig.server.stop('SIGKILL');
    };
    onLogPosts(s.rig, [{ kind: 'pass' }, { kind: 'pass', onForwarded: kill }]);
    // Usually the kill wins (502 from the proxy); if the server was quicker, all were answered.
    expect(['server', 'done']).toContain((await pushOutbox(s.device.db, s.fetchImpl)).kind);
    await killed;
    expect(await s.device.db.outbox.count()).toBeLessThanOrEqual(50);
    await s.rig.restart();
    expect(await s.device.syncUntilEmpty(s.fetchImpl)).toMatchObject({ kind: 'done' });
    await expectSetsAgree(s);
  });
});
