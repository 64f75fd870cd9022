import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { pushOutbox } from '../../src/client/sync/outbox-sync';
import { type ConfirmedLogs, setCheck } from '../support/set-check';
import { Device } from './support/sync-device';
import { deviceFor, type SyncRig, startRig, timedFetch } from './support/sync-harness';
import { prng, randomLogFaults, weighted } from './support/sync-random-policy';

// REPERES_SYNC_SEED replays a run; REPERES_SOAK=1 (npm run test:soak) runs the long version.
const seed = Number(process.env.REPERES_SYNC_SEED ?? Math.floor(Math.random() * 2 ** 32));
if (!Number.isInteger(seed)) throw new Error(`REPERES_SYNC_SEED: an integer, not ${seed}`);
const soak = process.env.REPERES_SOAK === '1';
const operations = soak ? 500 : 40;
const budgetMs = soak ? 9 * 60_000 : 45_000;

let rig: SyncRig | undefined;
const devices: Device[] = [];
afterAll(async () => {
  await rig?.stop();
  for (const d of devices) await d.db.delete();
});

type Op = 'create' | 'update' | 'delete' | 'sync' | 'restart';

it(`randomised sync under faults (seed ${seed}, ${operations} operations)`, {
  timeout: budgetMs + 60_000,
}, async () => {
  console.info(`sync-random: seed ${seed} (replay with REPERES_SYNC_SEED=${seed})`);
  const random = prng(seed);
  const started = Date.now();
  rig = await startRig();
  const current = rig;
  const { token, userId } = await current.signIn();
  const confirmed: ConfirmedLogs = new Map();
  // Two devices of the same worker, each with its own session.
  devices.push(new Device(await deviceFor(userId, token), userId, confirmed));
  devices.push(
    new Device(await deviceFor(userId, (await current.signIn()).token), userId, confirmed),
  );
  const owner = new Map<string, Device>();
  const fetchImpl = timedFetch(current.proxy.url, 1_000);
  let killed: Promise<unknown> | null = null;
  current.proxy.setPolicy(
    randomLogFaults(random, () => {
      killed = current.server.stop('SIGKILL');
    }),
  );
  const pick = <T>(items: T[]): T | undefined => items[Math.floor(random() * items.length)];
  const live = () => [...confirmed].filter(([, log]) => log !== 'deleted' && !log.cancelled);
  const tally: Record<string, number> = {};

  let done = 0;
  for (; done < operations && Date.now() - started < budgetMs; done++) {
    const op = weighted<Op>(random, [
      [4, 'create'],
      [3, 'update'],
      [1.5, 'delete'],
      [3, 'sync'],
      [0.3, 'restart'],
    ]);
    tally[op] = (tally[op] ?? 0) + 1;
    const device = pick(devices) ?? devices[0];
    const target = pick(live());
    const targetDevice = target ? owner.get(target[0]) : undefined;
    if (op === 'create' && device) owner.set(await device.create(done), device);
    else if (op === 'update' && target && targetDevice) await targetDevice.update(target[0], done);
    else if (op === 'delete' && target && targetDevice) await targetDevice.remove(target[0]);
    else if (op === 'sync' && device) await pushOutbox(device.db, fetchImpl);
    else if (op === 'restart') await current.restart();
    if (killed) {
      await killed;
      killed = null;
      tally.killedMidBatch = (tally.killedMidBatch ?? 0) + 1;
      await current.restart();
    }
  }

  current.proxy.setPolicy(() => ({ kind: 'pass' }));
  for (const d of devices)
    expect(await d.syncUntilEmpty(fetchImpl)).toMatchObject({ kind: 'done' });
  const faults: Record<string, number> = {};
  for (const r of current.proxy.records) faults[r.action] = (faults[r.action] ?? 0) + 1;
  console.info(
    `sync-random: seed ${seed}, ${done} operations in ${Date.now() - started} ms, ` +
      `${confirmed.size} logs; ops ${JSON.stringify(tally)}; proxy ${JSON.stringify(faults)}`,
  );
  const problems = await setCheck({
    serverUrl: current.server.url,
    token,
    dbs: devices.map((d) => d.db),
    confirmed,
    sqliteFile: join(current.dataDir, 'reperes.sqlite'),
  });
  expect(problems, `seed ${seed}`).toEqual([]);
});
