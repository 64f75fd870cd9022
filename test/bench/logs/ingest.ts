import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { checkLog } from '../../../src/server/logs/check-log';
import { openSqliteStore } from '../../../src/server/store/sqlite-store';
import type { ActivityLog } from '../../../src/shared/logs/activity-log-schema';
import { benchLog } from './bench-log';
import { type LogsServerFiles, signIn, withServer } from './server';

export interface IngestFigure {
  label: string;
  logs: number;
  ms: number;
  logsPerSecond: number;
  /** HTTP requests or SQLite transactions (each a commit, fsynced under synchronous=FULL). */
  commits: number;
  /** logs/s of every repetition; the figure is the best (the least disturbed by other work). */
  runs?: number[];
}

const REPEAT = 3;

async function best(run: () => Promise<IngestFigure> | IngestFigure): Promise<IngestFigure> {
  const figures: IngestFigure[] = [];
  for (let i = 0; i < REPEAT; i++) figures.push(await run());
  const top = figures.reduce((a, b) => (b.logsPerSecond > a.logsPerSecond ? b : a));
  return { ...top, runs: figures.map((f) => f.logsPerSecond) };
}

const BATCH = 200;
const figure = (label: string, logs: number, ms: number, commits: number): IngestFigure => ({
  label,
  logs,
  ms: Math.round(ms),
  logsPerSecond: Math.round(logs / (ms / 1000)),
  commits,
});

function batches(logs: ActivityLog[]): ActivityLog[][] {
  const out: ActivityLog[][] = [];
  for (let i = 0; i < logs.length; i += BATCH) out.push(logs.slice(i, i + BATCH));
  return out;
}

/** POST /api/logs from Node, `connections` requests in flight at most, to a fresh server. */
async function overHttp(
  files: LogsServerFiles,
  logs: ActivityLog[],
  connections: number,
): Promise<IngestFigure> {
  return withServer(files, async ({ url }) => {
    const { token } = await signIn(url);
    const queue = batches(logs);
    const bodies = queue.map((batch) => JSON.stringify({ logs: batch }));
    let accepted = 0;
    const send = async () => {
      for (let body = bodies.shift(); body !== undefined; body = bodies.shift()) {
        const response = await fetch(`${url}/api/logs`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body,
          signal: AbortSignal.timeout(60_000),
        });
        const { results } = (await response.json()) as { results: Array<{ status: string }> };
        accepted += results.filter((r) => r.status === 'accepted').length;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: connections }, send));
    const ms = performance.now() - started;
    if (accepted !== logs.length)
      throw new Error(`HTTP ingest: ${accepted}/${logs.length} accepted`);
    const label = `POST /api/logs, batches of ${BATCH}, ${connections === 1 ? 'one request at a time' : `${connections} requests in flight`}`;
    return figure(label, logs.length, ms, queue.length);
  });
}

/** The server's store without HTTP nor validation: saveLogs batch by batch. */
async function throughStore(logs: ActivityLog[]): Promise<IngestFigure> {
  const dir = mkdtempSync(join(tmpdir(), 'reperes-logs-store-'));
  const store = openSqliteStore(join(dir, 'reperes.sqlite'));
  try {
    await store.upsertUser({
      id: 'capg:bench',
      territoryId: 'capg',
      username: 'bench',
      name: 'Bench',
      role: 'worker',
      organisation: 'Bench',
      disabled: false,
    });
    const context = { territoryId: 'capg', authorId: 'capg:bench', receivedAt: '' };
    const started = performance.now();
    for (const batch of batches(logs))
      await store.saveLogs({ ...context, receivedAt: new Date().toISOString() }, batch);
    const ms = performance.now() - started;
    return figure(
      `store.saveLogs, batches of ${BATCH} (no HTTP, no validation)`,
      logs.length,
      ms,
      Math.ceil(logs.length / BATCH),
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the route checks on each log (valibot, dates, personal-data scan of notes), alone. */
function validationOnly(logs: ActivityLog[], today: string): IngestFigure {
  const started = performance.now();
  const valid = logs.filter((log) => checkLog(JSON.parse(JSON.stringify(log)), today).ok).length;
  const ms = performance.now() - started;
  if (valid !== logs.length) throw new Error(`checkLog: ${valid}/${logs.length} valid`);
  return figure('checkLog alone (validation, no HTTP, no storage)', logs.length, ms, 0);
}

/** Baseline: the same rows into one plain table (primary key only), same pragmas. */
function plainSqlite(logs: ActivityLog[], perTransaction: number): IngestFigure {
  const dir = mkdtempSync(join(tmpdir(), 'reperes-logs-plain-'));
  const db = new Database(join(dir, 'plain.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(`CREATE TABLE logs (id TEXT PRIMARY KEY, revision INTEGER NOT NULL,
      author_id TEXT NOT NULL, day TEXT NOT NULL, body TEXT NOT NULL, received_at TEXT NOT NULL)`);
    const insert = db.prepare('INSERT INTO logs VALUES (?, ?, ?, ?, ?, ?)');
    const insertAll = db.transaction((rows: ActivityLog[]) => {
      const at = new Date().toISOString();
      for (const log of rows)
        insert.run(log.id, log.revision, 'capg:bench', log.day, JSON.stringify(log), at);
    });
    const started = performance.now();
    for (let i = 0; i < logs.length; i += perTransaction)
      insertAll(logs.slice(i, i + perTransaction));
    const ms = performance.now() - started;
    const commits = Math.ceil(logs.length / perTransaction);
    const label =
      commits === 1
        ? 'plain better-sqlite3 INSERT, one transaction'
        : `plain better-sqlite3 INSERT, one transaction per ${perTransaction}`;
    return figure(label, logs.length, ms, commits);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** (c): each path three times on a fresh database file each time, always the same logs. */
export async function runIngestPart(options: {
  files: LogsServerFiles;
  count: number;
  today: string;
}): Promise<IngestFigure[]> {
  const logs = Array.from({ length: options.count }, (_, i) => benchLog(31, i, options.today));
  return [
    await best(() => overHttp(options.files, logs, 1)),
    await best(() => overHttp(options.files, logs, 4)),
    await best(() => throughStore(logs)),
    await best(() => validationOnly(logs, options.today)),
    await best(() => plainSqlite(logs, logs.length)),
    await best(() => plainSqlite(logs, BATCH)),
  ];
}
