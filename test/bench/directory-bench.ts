import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../e2e/support/browser';
import { syntheticPack } from '../fixtures/synthetic-pack';
import { freePort } from '../support/free-port';
import { type RunningServer, startServer } from '../support/server-process';
import { launchAppContext } from './app-context';
import { writeBenchStatic } from './bench-static';
import { runApp, runColdStart } from './directory-app-run';
import { runBaseline } from './directory-baseline-run';
import { type RunFigures, summarise } from './directory-figures';
import { type BenchQuery, directoryQueries } from './directory-queries';
import { checkThrottle, type ThrottleCheck } from './throttle-check';
import { WorkerCpuLimiter } from './worker-cpu-limiter';

/** A realistic query for the cold start: a word every pack holds (a theme's name). */
const COLD_QUERY = 'logement';

export interface DirectoryBench {
  throttleCheck: ThrottleCheck;
  runs: RunFigures[];
  queries: { count: number; typo: number; accents: number; prefix: number; coldStart: string };
}

const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

interface RunSetup {
  staticDir: string;
  instrument: string;
  packFile: string;
  dataDir: string;
  rate: number;
  limiter: WorkerCpuLimiter | null;
  queries: BenchQuery[];
}

/**
 * One pack at one CPU rate: first visit (install, queries, heap), then the baselines in their
 * own profile, then the server stopped and the first profile reopened for the cold start.
 */
async function measureRun(setup: RunSetup, onServer: (url: string) => Promise<void>) {
  const { rate, limiter, queries } = setup;
  let server: RunningServer | null = await startServer({
    port: await freePort(),
    dataDir: setup.dataDir,
    staticDir: setup.staticDir,
    demoPackFile: setup.packFile,
  });
  const url = server.url;
  const profile = tempDir('reperes-bench-profile-');
  const baselineProfile = tempDir('reperes-bench-baseline-');
  try {
    await onServer(url);
    let context = await launchAppContext(profile, setup.instrument);
    const app = await runApp(context, url, rate, limiter, queries).finally(() => context.close());
    limiter?.close();
    context = await launchAppContext(baselineProfile, null);
    const texts = queries.map((q) => q.text);
    const baseline = await runBaseline(context, url, rate, texts, COLD_QUERY).finally(() =>
      context.close(),
    );
    await server.stop();
    server = null;
    context = await launchAppContext(profile, setup.instrument);
    const cold = await runColdStart(context, url, rate, limiter, COLD_QUERY).finally(() =>
      context.close(),
    );
    return { app, baseline, cold };
  } finally {
    await server?.stop();
    limiter?.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(baselineProfile, { recursive: true, force: true });
  }
}

/**
 * Install, cold start, search latency, recall and heap of the directory for each pack size at
 * each CPU rate, each beside its baseline measured in the same run on the same pack.
 */
export async function runDirectoryBench(options: {
  staticDir: string;
  workDir: string;
  sizes: number[];
  rates: number[];
  log: (line: string) => void;
}): Promise<DirectoryBench> {
  const { instrument } = await writeBenchStatic(options.staticDir);
  const slowRate = Math.max(...options.rates);
  const opened = WorkerCpuLimiter.open(slowRate);
  const limiter = opened instanceof WorkerCpuLimiter ? opened : null;
  const runs: RunFigures[] = [];
  let throttleCheck: ThrottleCheck | null = null;
  const checkOnce = async (url: string) => {
    if (throttleCheck) return;
    const browser = await launchChromium();
    throttleCheck = await checkThrottle(browser, url, slowRate, opened).finally(() =>
      browser.close(),
    );
  };
  let queryCounts: DirectoryBench['queries'] | null = null;
  try {
    for (const size of options.sizes) {
      const pack = syntheticPack(size, `bench-directory-${size}`, { varied: true });
      const packFile = join(options.workDir, `directory-${size}.json`);
      const body = JSON.stringify(pack);
      writeFileSync(packFile, body);
      const queries = directoryQueries(pack.services);
      const count = (kind: string) => queries.filter((q) => q.kind === kind).length;
      queryCounts ??= {
        count: queries.length,
        typo: count('typo'),
        accents: count('accents'),
        prefix: count('prefix'),
        coldStart: COLD_QUERY,
      };
      const dataDir = tempDir('reperes-bench-data-');
      for (const rate of options.rates) {
        const started = Date.now();
        const setup = {
          staticDir: options.staticDir,
          instrument,
          packFile,
          dataDir,
          rate,
          queries,
        };
        const run = await measureRun({ ...setup, limiter: rate > 1 ? limiter : null }, checkOnce);
        const packBytes = Buffer.byteLength(body);
        const figures = summarise(
          { services: size, packBytes, cpuThrottle: rate },
          queries,
          run.app,
          run.cold,
          run.baseline,
        );
        runs.push(figures);
        options.log(
          `${String(size).padStart(6)} services ×${rate}: install ${figures.app.installMs} ms, cold start ${figures.app.coldStart.shownMs} ms, search p95 ${figures.app.search.p95} ms, recall@10 typos ${figures.app.recallAt10.typo} (${Math.round((Date.now() - started) / 1000)} s)`,
        );
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
  } finally {
    limiter?.dispose();
  }
  if (!throttleCheck || !queryCounts) throw new Error('no run');
  return { throttleCheck, runs, queries: queryCounts };
}
