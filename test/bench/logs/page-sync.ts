import { WorkerDb } from '../../../src/client/db/worker-db';
import { pushOutbox } from '../../../src/client/sync/outbox-sync';
import { benchLog } from './bench-log';
import type { BenchLogsApi, SyncRun } from './page-api';

type Options<K extends keyof BenchLogsApi> = Parameters<BenchLogsApi[K]>[0];

/** fetch, counted; each round trip timed to the end of its body, which is then handed on. */
function countingFetch() {
  const counts = { requests: 0, fetchMs: 0 };
  const impl: typeof fetch = async (input, init) => {
    counts.requests++;
    const started = performance.now();
    const response = await fetch(input, init);
    const body = await response.text();
    counts.fetchMs += performance.now() - started;
    return new Response(body, { status: response.status, headers: response.headers });
  };
  return { counts, impl };
}

export async function syncWithApp(o: Options<'syncWithApp'>): Promise<SyncRun> {
  const db = new WorkerDb(o.db);
  await db.open();
  const { counts, impl } = countingFetch();
  const started = performance.now();
  const outcome = await pushOutbox(db, impl);
  const totalMs = performance.now() - started;
  const leftInOutbox = await db.outbox.count();
  db.close();
  return {
    totalMs,
    ...counts,
    sent: outcome.kind === 'done' ? outcome.sent : 0,
    leftInOutbox,
    outcome: outcome.kind === 'server' ? `server ${outcome.status}` : outcome.kind,
  };
}

export async function syncRaw(o: Options<'syncRaw'>): Promise<SyncRun> {
  const logs = Array.from({ length: o.count }, (_, i) => benchLog(o.seed, i, o.today));
  const { counts, impl } = countingFetch();
  let sent = 0;
  const started = performance.now();
  for (let from = 0; from < logs.length; from += o.batch) {
    const response = await impl('/api/logs', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${o.token}` },
      body: JSON.stringify({ logs: logs.slice(from, from + o.batch) }),
    });
    const { results } = (await response.json()) as { results: Array<{ status: string }> };
    sent += results.filter((r) => r.status === 'accepted').length;
  }
  const totalMs = performance.now() - started;
  return { totalMs, ...counts, sent, leftInOutbox: o.count - sent, outcome: 'done' };
}
