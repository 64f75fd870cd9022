import type { SaveFigure, SyncFigure } from './browser-run';
import type { IngestFigure } from './ingest';

export const TARGETS = { saveP95Ms: 20, syncMs: 10_000, ingestPerSecond: 5_000 };

export interface LogsBench {
  measuredAt: string;
  meta: string;
  storage: string;
  saves: SaveFigure[];
  syncs: SyncFigure[];
  ingest: IngestFigure[];
}

const yes = (ok: boolean) => (ok ? '**yes**' : '**no**');
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const n = (x: number) => x.toLocaleString('en-US');

function saveRow(f: SaveFigure, judged: boolean): string {
  return `| (a) save 1 log, ${n(f.storedBefore)} stored, ×${f.cpuThrottle} CPU: p95 | ${f.app.p95} ms (median ${f.app.median}, max ${f.app.max}, n = ${f.app.n}) | raw IndexedDB put ${f.rawRelaxed.p95} ms (median ${f.rawRelaxed.median}); same put, strict: ${f.rawStrict.p95} ms | ≤ ${TARGETS.saveP95Ms} ms | ${judged ? yes(f.app.p95 <= TARGETS.saveP95Ms) : 'reference'} |`;
}

function syncRow(f: SyncFigure, judged: boolean): string {
  const ok = f.app.totalMs <= TARGETS.syncMs && f.app.sent === f.logs;
  return `| (b) sync ${n(f.logs)} pending logs, loopback, ×${f.cpuThrottle} CPU | ${s(f.app.totalMs)}, ${f.app.requests} requests (${n(f.app.sent)} sent; round trips ${s(f.app.fetchMs)}) | raw fetch loop ${s(f.raw.totalMs)}, ${f.raw.requests} requests (${n(f.raw.sent)} accepted) | ≤ 10 s | ${judged ? yes(ok) : 'reference'} |`;
}

function ingestRow(f: IngestFigure, baseline: IngestFigure | undefined, judged: boolean): string {
  const base = baseline ? `${n(baseline.logsPerSecond)} logs/s (${baseline.label})` : '';
  return `| (c) ingest on SQLite: ${f.label} | ${n(f.logsPerSecond)} logs/s (${n(f.logs)} in ${s(f.ms)}, ${f.commits} commits) | ${base} | ≥ ${n(TARGETS.ingestPerSecond)} logs/s | ${judged ? yes(f.logsPerSecond >= TARGETS.ingestPerSecond) : 'reference'} |`;
}

/** Where the time goes, for each target (said whether met or not: it is what limits it). */
function limits(b: LogsBench, slow: number): string[] {
  const out: string[] = [];
  const save = b.saves.find((f) => f.cpuThrottle === slow);
  if (save) {
    // Medians: a p95 difference between two noisy series says little.
    const flush = save.rawStrict.median - save.rawRelaxed.median;
    out.push(
      `- **(a) save** ${save.app.p95 <= TARGETS.saveP95Ms ? 'met' : 'missed'} (p95 ${save.app.p95} ms): the strict flush alone costs ${flush.toFixed(1)} ms at the median (raw put strict ${save.rawStrict.median} ms vs relaxed ${save.rawRelaxed.median} ms; p95 ${save.rawStrict.p95} vs ${save.rawRelaxed.p95} ms); the app's median is ${save.app.median} ms: the rest is Dexie and its three-store transaction (log, outbox entry, last commune) on a ×${slow} main thread. The tail (max ${save.app.max} ms, raw puts ${save.rawRelaxed.max}/${save.rawStrict.max} ms) is the disk: the same stalls hit the raw puts taken in turn with it.`,
    );
  }
  const sync = b.syncs.find((f) => f.cpuThrottle === slow);
  if (sync) {
    const local = sync.app.totalMs - sync.app.fetchMs;
    const t = sync.steps;
    const batches = Math.ceil(sync.logs / t.batch);
    out.push(
      `- **(b) sync** ${sync.app.totalMs <= TARGETS.syncMs ? 'met' : 'missed'}: of ${s(sync.app.totalMs)}, ${s(sync.app.fetchMs)} are the ${sync.app.requests} round trips (server validation and fsynced commit included; the raw loop sends the same requests in ${s(sync.raw.totalMs)} in all) and ${s(local)} the engine's IndexedDB work on the device. Timed alone on a queue of ${n(t.queued)}: marking the whole queue pending at the start ${s(t.markAllPendingMs)}, then per batch of ${t.batch}: reading the whole outbox ${s(t.readOutboxMs)}, marking "sending" ${s(t.markSendingMs)}, applying the answers ${s(t.applyResultsMs)} (× ${batches} batches).`,
    );
  }
  const http = b.ingest[0];
  const store = b.ingest.find((f) => f.label.startsWith('store.'));
  const plain = b.ingest.find((f) => f.label.includes('per'));
  if (http && store && plain) {
    out.push(
      `- **(c) ingest** ${http.logsPerSecond >= TARGETS.ingestPerSecond ? 'met' : 'missed'}: the store alone takes ${n(store.logsPerSecond)} logs/s (canonical body, a lookup, two rows and two indexes per log, one fsynced commit per 200) against ${n(plain.logsPerSecond)} logs/s for plain inserts committed as often; HTTP, JSON and the per-log validation (valibot + personal-data scan of notes) bring it to ${n(http.logsPerSecond)} logs/s one request at a time. The server is one Node thread: requests in flight overlap only the network and parsing.`,
    );
  }
  return out;
}

export function logsMarkdown(b: LogsBench): string {
  const slow = Math.max(...b.saves.map((f) => f.cpuThrottle));
  const plainOne = b.ingest.find((f) => f.commits === 1);
  const plainBatched = b.ingest.find((f) => f.label.includes('per'));
  const rows = [
    ...b.saves.map((f) => saveRow(f, f.cpuThrottle === slow)),
    ...b.syncs.map((f) => syncRow(f, f.cpuThrottle === slow)),
    ...b.ingest
      .filter((f) => !f.label.startsWith('plain'))
      .map((f, i) => ingestRow(f, f.label.startsWith('store.') ? plainBatched : plainOne, i === 0)),
  ];
  return `# Activity logs: save, sync, ingest

${b.meta}

Storage: ${b.storage}

| measure | figure | baseline (same run) | target | met |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

Targets are judged at ×${slow} CPU for (a) and (b) (a mid-range tablet), and on one request at a time for (c); the other rows are for reference.

## What limits each figure

${limits(b, slow).join('\n')}
`;
}
