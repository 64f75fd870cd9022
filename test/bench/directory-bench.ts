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
import { directoryQueries } from './directory-queries';
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
  const limiter = WorkerCpuLimiter.open(slowRate);
  const limiterFor = (rate: number) => (rate > 1 && !('unavailable' in limiter) ? limiter : null);
  const runs: RunFigures[] = [];
  let throttleCheck: ThrottleCheck | null = null;
  let querySummary: DirectoryBench['queries'] | null = null;
  try {
    for (const size of options.sizes) {
      const pack = syntheticPack(size, `bench-directory-${size}`, { varied: true });
      const packFile = join(options.workDir, `directory-${size}.json`);
      const body = JSON.stringify(pack);
      writeFileSync(packFile, body);
      const queries = directoryQueries(pack.services);
      const count = (kind: string) => queries.filter((q) => q.kind === kind).length;
      querySummary ??= {
        count: queries.length,
        typo: count('typo'),
        accents: count('accents'),
        prefix: count('prefix'),
        coldStart: COLD_QUERY,
      };
      const dataDir = tempDir('reperes-bench-data-');
      for (const rate of options.rates) {
        const started = Date.now();
        const start = async () =>
          startServer({
            port: await freePort(),
            dataDir,
            staticDir: options.staticDir,
            demoPackFile: packFile,
          });
        let server: RunningServer | null = await start();
        const profile = tempDir('reperes-bench-profile-');
        const baselineProfile = tempDir('reperes-bench-baseline-');
        try {
          if (!throttleCheck) {
            const browser = await launchChromium();
            try {
              throttleCheck = await checkThrottle(browser, server.url, slowRate, limiter);
            } finally {
              await browser.close();
            }
          }
          const url = server.url;
          let context = await launchAppContext(profile, instrument);
          const app = await runApp(context, url, rate, limiterFor(rate), queries).finally(() =>
            context.close(),
          );
          limiter instanceof WorkerCpuLimiter && limiter.close();
          context = await launchAppContext(baselineProfile, null);
          const baseline = await runBaseline(
            context,
            url,
            rate,
            queries.map((q) => q.text),
            COLD_QUERY,
          ).finally(() => context.close());
          await server.stop();
          server = null;
          context = await launchAppContext(profile, instrument);
          const cold = await runColdStart(context, url, rate, limiterFor(rate), COLD_QUERY).finally(
            () => context.close(),
          );
          const figures = summarise(
            { services: size, packBytes: Buffer.byteLength(body), cpuThrottle: rate },
            queries,
            app,
            cold,
            baseline,
          );
          runs.push(figures);
          options.log(
            `${String(size).padStart(6)} services ×${rate}: install ${figures.app.installMs} ms, cold start ${figures.app.coldStart.shownMs} ms, search p95 ${figures.app.search.p95} ms, recall ${figures.app.recallAt10.typo} (${Math.round((Date.now() - started) / 1000)} s)`,
          );
        } finally {
          await server?.stop();
          limiter instanceof WorkerCpuLimiter && limiter.close();
          rmSync(profile, { recursive: true, force: true });
          rmSync(baselineProfile, { recursive: true, force: true });
        }
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
  } finally {
    if (limiter instanceof WorkerCpuLimiter) limiter.dispose();
  }
  if (!throttleCheck || !querySummary) throw new Error('no run');
  return { throttleCheck, runs, queries: querySummary };
}
