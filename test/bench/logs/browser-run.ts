import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchAppContext } from '../app-context';
import { bounded, percentile, round1 } from '../stats';
import type { SaveRun, SyncRun, SyncSteps } from './page-api';
import { type LogsServerFiles, signIn, withServer } from './server';

export interface Spread {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export interface SaveFigure {
  cpuThrottle: number;
  storedBefore: number;
  /** createLog: log + outbox entry + last commune, one Dexie transaction, strict durability. */
  app: Spread;
  /** Baseline: one raw IndexedDB put of the same record, Chromium's default durability. */
  rawRelaxed: Spread;
  /** The raw put again, strict: how much of the app's time is the flush to disk. */
  rawStrict: Spread;
}

export interface SyncFigure {
  cpuThrottle: number;
  logs: number;
  app: SyncRun;
  /** pushOutbox's steps timed alone, for the breakdown. */
  steps: SyncSteps;
  raw: SyncRun;
  /** Total ms of each repetition; app, steps and raw above are the median ones. */
  runs?: { app: number[]; raw: number[] };
}

const SYNC_REPEAT = 3;

const middle = <T>(list: T[], key: (item: T) => number): T =>
  [...list].sort((a, b) => key(a) - key(b))[Math.floor(list.length / 2)] as T;

/** The machine is shared: three runs, the median kept, every total recorded. */
async function repeatSync(
  context: BrowserContext,
  files: LogsServerFiles,
  rate: number,
  today: string,
): Promise<SyncFigure> {
  const figures: SyncFigure[] = [];
  for (let i = 0; i < SYNC_REPEAT; i++)
    figures.push(await measureSync(context, files, rate, today));
  return {
    ...middle(figures, (f) => f.app.totalMs),
    raw: middle(figures, (f) => f.raw.totalMs).raw,
    runs: {
      app: figures.map((f) => Math.round(f.app.totalMs)),
      raw: figures.map((f) => Math.round(f.raw.totalMs)),
    },
  };
}

const spread = (run: SaveRun): Spread => ({
  n: run.samples.length,
  median: round1(percentile(run.samples, 50)),
  p95: round1(percentile(run.samples, 95)),
  max: round1(Math.max(...run.samples)),
});

const LOGS = 5_000;
const SAMPLES = { warmup: 10, samples: 200 };

/** Opens the bench page on `url`, its main thread slowed `rate` times (DevTools). */
async function openPage(context: BrowserContext, url: string, rate: number): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}/bench-logs.html`, { timeout: 30_000 });
  await page.waitForFunction(() => 'benchLogs' in window, undefined, { timeout: 30_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return page;
}

async function measureSave(
  context: BrowserContext,
  files: LogsServerFiles,
  rate: number,
  today: string,
): Promise<SaveFigure> {
  return withServer(files, async (server) => {
    const page = await openPage(context, server.url, rate);
    const { token, userId } = await signIn(server.url);
    const appDb = `save-app-x${rate}`;
    const rawDb = `save-raw-x${rate}`;
    const seeded = { seed: 11, count: LOGS, today };
    await bounded(
      page.evaluate((o) => window.benchLogs.prepareApp(o), {
        ...seeded,
        db: appDb,
        userId,
        username: 'agent.demo',
        token,
        pending: false,
      }),
      300_000,
      'prepareApp',
    );
    await bounded(
      page.evaluate((o) => window.benchLogs.prepareRaw(o), { ...seeded, db: rawDb }),
      300_000,
      'prepareRaw',
    );
    // Lets the storage settle after seeding 10,000 records (LevelDB compaction).
    await new Promise((r) => setTimeout(r, 3_000));
    const runs = await bounded(
      page.evaluate((o) => window.benchLogs.saveInterleaved(o), {
        appDb,
        rawDb,
        userId,
        seed: 12,
        today,
        ...SAMPLES,
      }),
      600_000,
      'saveInterleaved',
    );
    await page.close();
    return {
      cpuThrottle: rate,
      storedBefore: runs.app.storedBefore,
      app: spread(runs.app),
      rawRelaxed: spread(runs.rawRelaxed),
      rawStrict: spread(runs.rawStrict),
    };
  });
}

/** Engine and baseline each on a fresh server, so both send to an empty database. */
async function measureSync(
  context: BrowserContext,
  files: LogsServerFiles,
  rate: number,
  today: string,
): Promise<SyncFigure> {
  const seed = 21;
  const app = await withServer(files, async (server) => {
    const page = await openPage(context, server.url, rate);
    const { token, userId } = await signIn(server.url);
    const db = `sync-app-x${rate}`;
    const prepare = { db, userId, username: 'agent.demo', token, seed, count: LOGS, today };
    await bounded(
      page.evaluate((o) => window.benchLogs.prepareApp(o), { ...prepare, pending: true }),
      300_000,
      'prepareApp (sync)',
    );
    const run = await bounded(
      page.evaluate((o) => window.benchLogs.syncWithApp(o), { db }),
      300_000,
      'syncWithApp',
    );
    // The same steps again, one by one, on a second queue of 5,000: where the time goes.
    const steps = await bounded(
      page.evaluate(
        async (o) => {
          await window.benchLogs.prepareApp({ ...o.prepare, db: o.db });
          return window.benchLogs.syncSteps({ db: o.db, batch: 200 });
        },
        { prepare: { ...prepare, pending: true }, db: `steps-x${rate}` },
      ),
      300_000,
      'syncSteps',
    );
    await page.close();
    return { run, steps };
  });
  const raw = await withServer(files, async (server) => {
    const page = await openPage(context, server.url, rate);
    const { token } = await signIn(server.url);
    const run = await bounded(
      page.evaluate((o) => window.benchLogs.syncRaw(o), {
        token,
        seed,
        count: LOGS,
        batch: 200,
        today,
      }),
      300_000,
      'syncRaw',
    );
    await page.close();
    return run;
  });
  return { cpuThrottle: rate, logs: LOGS, app: app.run, steps: app.steps, raw };
}

/** (a) and (b) in one Chromium whose profile is on disk (mkdtemp in the temp dir). */
export async function runBrowserPart(options: {
  files: LogsServerFiles;
  rates: number[];
  today: string;
  log: (line: string) => void;
}): Promise<{ profileDir: string; chromium: string; saves: SaveFigure[]; syncs: SyncFigure[] }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'reperes-logs-profile-'));
  let context: BrowserContext | null = null;
  try {
    context = await launchAppContext(profileDir, null);
    const chromium = context.browser()?.version() ?? 'unknown';
    const saves: SaveFigure[] = [];
    const syncs: SyncFigure[] = [];
    for (const rate of options.rates) {
      const save = await measureSave(context, options.files, rate, options.today);
      options.log(
        `save ×${rate}: app p95 ${save.app.p95} ms (median ${save.app.median}); raw put p95 ${save.rawRelaxed.p95} ms, strict ${save.rawStrict.p95} ms`,
      );
      saves.push(save);
      const sync = await repeatSync(context, options.files, rate, options.today);
      options.log(
        `sync ×${rate}: app ${Math.round(sync.app.totalMs)} ms / ${sync.app.requests} requests (${sync.app.sent} sent); raw ${Math.round(sync.raw.totalMs)} ms / ${sync.raw.requests} requests`,
      );
      syncs.push(sync);
    }
    return { profileDir, chromium, saves, syncs };
  } finally {
    await context?.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
