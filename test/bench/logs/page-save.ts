import { createLog } from '../../../src/client/db/save-log';
import { type StoredLog, WorkerDb } from '../../../src/client/db/worker-db';
import { benchLog } from './bench-log';
import type { BenchLogsApi, SaveRuns } from './page-api';

type Options<K extends keyof BenchLogsApi> = Parameters<BenchLogsApi[K]>[0];

/** A gap between saves, as between two forms filled by hand (lets idle work run). */
const pause = () => new Promise((r) => setTimeout(r, 10));

function stored(log: StoredLog['log'], authorId: string, pending: boolean): StoredLog {
  return pending
    ? { id: log.id, authorId, state: 'pending', log, syncedRevision: 0, updatedAt: Date.now() }
    : { id: log.id, authorId, state: 'synced', log, syncedRevision: 1, updatedAt: Date.now() };
}

export async function prepareApp(o: Options<'prepareApp'>): Promise<void> {
  const db = new WorkerDb(o.db);
  await db.accounts.put({
    userId: o.userId,
    username: o.username,
    name: 'Bench',
    role: 'worker',
    organisation: 'Bench',
    // Never checked here: sync reads the token only.
    verifier: { salt: '', iterations: 1, hash: '' },
    token: o.token,
    tokenExpiresAt: Date.now() + 3_600_000,
    lastSignInAt: Date.now(),
  });
  const logs = Array.from({ length: o.count }, (_, i) => benchLog(o.seed, i, o.today));
  // One transaction, as state only: what createLog would have left, without 5,000 fsyncs.
  await db.transaction('rw', db.logs, db.outbox, async () => {
    await db.logs.bulkAdd(logs.map((log) => stored(log, o.userId, o.pending)));
    if (o.pending)
      await db.outbox.bulkAdd(
        logs.map((log, i) => ({ id: log.id, kind: 'log', authorId: o.userId, queuedAt: i })),
      );
  });
  db.close();
}

const done = (request: IDBRequest | IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve();
      request.onerror = () => reject(request.error);
      request.onabort = () => reject(request.error);
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }
  });

async function openRaw(name: string): Promise<IDBDatabase> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const logs = open.result.createObjectStore('logs', { keyPath: 'id' });
    for (const index of ['authorId', 'state', 'updatedAt']) logs.createIndex(index, index);
  };
  await done(open);
  return open.result;
}

export async function prepareRaw(o: Options<'prepareRaw'>): Promise<void> {
  const db = await openRaw(o.db);
  const tx = db.transaction('logs', 'readwrite');
  for (let i = 0; i < o.count; i++)
    tx.objectStore('logs').put(stored(benchLog(o.seed, i, o.today), 'bench', false));
  await done(tx);
  db.close();
}

async function timed(save: () => Promise<unknown>): Promise<number> {
  await pause();
  const started = performance.now();
  await save();
  return performance.now() - started;
}

export async function saveInterleaved(o: Options<'saveInterleaved'>): Promise<SaveRuns> {
  const app = new WorkerDb(o.appDb);
  await app.open();
  const raw = await openRaw(o.rawDb);
  const rawPut = (record: StoredLog, durability: IDBTransactionDurability) => {
    const tx = raw.transaction('logs', 'readwrite', { durability });
    tx.objectStore('logs').put(record);
    return done(tx);
  };
  const storedBefore = await app.logs.count();
  const runs: SaveRuns = {
    app: { samples: [], storedBefore },
    rawRelaxed: { samples: [], storedBefore },
    rawStrict: { samples: [], storedBefore },
  };
  for (let i = 0; i < o.warmup + o.samples; i++) {
    const log = benchLog(o.seed, i, o.today);
    const { id: _id, revision: _r, schemaVersion: _s, cancelled: _c, ...draft } = log;
    const turns: Array<[keyof SaveRuns, () => Promise<unknown>]> = [
      ['app', () => createLog(app, o.userId, draft)],
      ['rawRelaxed', () => rawPut(stored({ ...log, id: `r${log.id}` }, 'bench', true), 'relaxed')],
      ['rawStrict', () => rawPut(stored({ ...log, id: `s${log.id}` }, 'bench', true), 'strict')],
    ];
    for (let k = 0; k < turns.length; k++) {
      const [name, save] = turns[(i + k) % turns.length] as (typeof turns)[number];
      const ms = await timed(save);
      if (i >= o.warmup) runs[name].samples.push(ms);
    }
  }
  app.close();
  raw.close();
  return runs;
}
