/** What test/bench/logs/page-entry.ts puts on `window.benchLogs`, and what it answers. */

export interface SaveRun {
  /** Duration of each measured save (warm-up left out), in ms of the page's clock. */
  samples: number[];
  /** Logs in the table before the first measured save. */
  storedBefore: number;
}

export interface SyncRun {
  totalMs: number;
  requests: number;
  /** Sum of the requests' round trips (request sent → answer body read). */
  fetchMs: number;
  sent: number;
  /** Logs still queued afterwards (0 when everything went through). */
  leftInOutbox: number;
  outcome: string;
}

export interface SaveRuns {
  /** createLog: log + outbox entry + last commune, one Dexie transaction, strict durability. */
  app: SaveRun;
  /** One raw put of the same record, Chromium's default (relaxed) durability. */
  rawRelaxed: SaveRun;
  /** The same raw put, strict: isolates the cost of the flush to disk. */
  rawStrict: SaveRun;
}

/** One pass of each step pushOutbox repeats, timed alone on a queue of `queued` logs. */
export interface SyncSteps {
  queued: number;
  batch: number;
  /** At the start: whatever was left "sending" back to "pending". */
  resetInterruptedMs: number;
  /** Before each batch: the oldest entry, its account, then up to `batch` entries of its author. */
  nextBatchMs: number;
  markSendingMs: number;
  applyResultsMs: number;
}

export interface BenchLogsApi {
  /** The app's database with a signed-in device account and `count` logs already stored. */
  prepareApp(o: {
    db: string;
    userId: string;
    username: string;
    token: string;
    seed: number;
    count: number;
    today: string;
    pending: boolean;
  }): Promise<void>;
  /** Baseline store: the same records in one raw IndexedDB store, same indexes as `logs`. */
  prepareRaw(o: { db: string; seed: number; count: number; today: string }): Promise<void>;
  /**
   * One save at a time, taking turns (app, raw relaxed, raw strict, rotating who goes first) so
   * that background work of the browser's storage falls on all three alike.
   */
  saveInterleaved(o: {
    appDb: string;
    rawDb: string;
    userId: string;
    seed: number;
    warmup: number;
    samples: number;
    today: string;
  }): Promise<SaveRuns>;
  /** The app's pushOutbox on the prepared database, every fetch counted and timed. */
  syncWithApp(o: { db: string }): Promise<SyncRun>;
  /** The steps of pushOutbox one by one on a prepared database (no network). */
  syncSteps(o: { db: string; batch: number }): Promise<SyncSteps>;
  /** Baseline: the same logs POSTed in batches by a plain loop (no IndexedDB, no engine). */
  syncRaw(o: {
    token: string;
    seed: number;
    count: number;
    batch: number;
    today: string;
  }): Promise<SyncRun>;
}

declare global {
  interface Window {
    benchLogs: BenchLogsApi;
  }
}
