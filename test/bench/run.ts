/**
 * `npm run bench`: figures, not pass/fail. Each measurement is set against a baseline run in
 * the same session; results go to test/bench/results/. Never part of `npm test`.
 * `npm run bench -- --only=directory --sizes=1000 --rates=4` runs a part (for work on the bench).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../e2e/support/browser';
import { syntheticPack } from '../fixtures/synthetic-pack';
import { runDirectoryBench } from './directory-bench';
import { directoryMarkdown, targetRows } from './directory-report';
import { type InstallFigure, measurePackInstall } from './pack-install-bench';
import { WorkerCpuLimiter } from './worker-cpu-limiter';

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = arg('only');
const began = Date.now();
const RATES = (arg('rates') ?? '1,4').split(',').map(Number);

const work = resolve('.tmp/bench');
const staticDir = join(work, 'app');
mkdirSync(work, { recursive: true });
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    REPERES_BUILD_OUT: staticDir,
    REPERES_BUILD_ID: 'bench',
  },
});
const machine = {
  cpus: cpus().length,
  model: cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
mkdirSync('test/bench/results', { recursive: true });

if (only !== 'directory') await packInstallBench();
if (only !== 'pack-install') await directoryBench();
if (only === undefined || only === 'logs') await (await import('./logs-bench')).writeLogsBench();
console.log(`Bench: ${Math.round((Date.now() - began) / 1000)} s`);

async function packInstallBench(): Promise<void> {
  const demoFile = join(work, 'capg-demo.json');
  execFileSync(process.execPath, ['--import', 'tsx', 'src/content/write-demo-pack.ts', demoFile], {
    stdio: 'inherit',
  });
  const packs = [{ label: 'CAPG demo', file: demoFile }];
  for (const count of [1_000, 10_000]) {
    const file = join(work, `synthetic-${count}.json`);
    writeFileSync(file, JSON.stringify(syntheticPack(count, `bench-${count}`)));
    packs.push({ label: `synthetic ${count}`, file });
  }
  const opened = WorkerCpuLimiter.open(Math.max(...RATES));
  const limiter = opened instanceof WorkerCpuLimiter ? opened : null;
  const browser = await launchChromium();
  const figures: Array<InstallFigure & { cpuThrottle: number }> = [];
  try {
    for (const cpuThrottle of RATES) {
      for (const pack of packs) {
        const bytes = readFileSync(pack.file);
        const services = (JSON.parse(bytes.toString()) as { services: unknown[] }).services.length;
        const figure = await measurePackInstall(browser, {
          label: pack.label,
          staticDir,
          packFile: pack.file,
          services,
          rawBytes: bytes.byteLength,
          cpuThrottle,
          limiter: cpuThrottle > 1 ? limiter : null,
        });
        figures.push({ ...figure, cpuThrottle });
        console.log(
          `${pack.label.padEnd(18)} ×${cpuThrottle} CPU  app ${String(figure.appInstallMs).padStart(6)} ms (longest main task ${figure.appLongestMainTaskMs} ms)` +
            `  baseline ${String(figure.baselineMs).padStart(6)} ms (longest main task ${figure.baselineLongestMainTaskMs} ms)`,
        );
      }
    }
  } finally {
    await browser.close();
    limiter?.dispose();
  }
  const results = {
    measuredAt: new Date().toISOString(),
    machine,
    note: limiter
      ? 'CPU throttling: DevTools Emulation.setCPUThrottlingRate on the page (main thread) and, for the install worker, a kernel CPU quota of 1/rate per worker thread (see directory.json, throttleCheck).'
      : `CPU throttling applies to the page's main thread only (worker limiter unavailable: ${'unavailable' in opened ? opened.unavailable : ''}); the app's figures under ×4 are optimistic.`,
    packInstall: figures,
  };
  writeFileSync('test/bench/results/pack-install.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('Résultats : test/bench/results/pack-install.json');
}

async function directoryBench(): Promise<void> {
  const started = Date.now();
  const sizes = (arg('sizes') ?? '1000,10000,50000').split(',').map(Number);
  const bench = await runDirectoryBench({
    staticDir,
    workDir: work,
    sizes,
    rates: RATES,
    log: (line) => console.log(line),
  });
  const slowRate = Math.max(...RATES);
  const seconds = Math.round((Date.now() - started) / 1000);
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { ...machine, chromium: bench.throttleCheck.chromium },
    durationSeconds: seconds,
    method: {
      throttle: `page: DevTools Emulation.setCPUThrottlingRate (it busy-waits on the main thread, about 3/4 of a core even when idle, which on 2 cores competes with the workers); workers (dedicated and service): ${bench.throttleCheck.workerLimiter}`,
      install:
        "the app's performance measure 'reperes:pack-install' (download, sha256, validation, hours, search index, chunked import, pointer flip) on a first visit; longest main-thread task by PerformanceObserver('longtask') over that span",
      coldStart: `browser reopened on the first visit's profile (service worker, precache and IndexedDB on disk), server stopped, new page on /annuaire?q=${bench.queries.coldStart}; from navigation start to results on screen (count > 0 and links), and to the end of the first 'reperes:directory-query' with results`,
      search: `${bench.queries.count} queries (${bench.queries.typo} names with one typo in a word of ≥ 5 letters, ${bench.queries.accents} names without accents, ${bench.queries.prefix} prefixes), each filled into the searchbox; the 'reperes:directory-query' measure (page → directory worker → page) of the query with that text, and the worker's part of it (its onmessage handler, query to answer, stamped through its DevTools session)`,
      recall:
        'the intended service among the first 10 links of .service-list (app) or the first 10 hits (MiniSearch)',
      heap: 'CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage, page and each worker (through its DevTools session)',
      baselines:
        "same pack, same page origin, same throttle: fetch + JSON.parse + Dexie bulkPut into a fresh database (main thread); MiniSearch defaults (fields nom + description, prefix: true, fuzzy: 0.2) built and queried on the main thread; its 'cold start' = read back from IndexedDB + build + first query",
    },
    throttleCheck: bench.throttleCheck,
    targets: targetRows(bench, slowRate),
    runs: bench.runs,
  };
  writeFileSync('test/bench/results/directory.json', `${JSON.stringify(results, null, 2)}\n`);
  const meta = `Measured ${results.measuredAt.slice(0, 10)} on ${machine.cpus} × ${machine.model}, ${machine.memoryGB} GB, Chromium ${bench.throttleCheck.chromium}, headless; the bench took ${seconds} s. Synthetic varied packs (test/fixtures/synthetic-search-docs.ts).`;
  const markdown = directoryMarkdown(bench, slowRate, meta);
  writeFileSync('test/bench/results/directory.md', markdown);
  console.log(`\n${markdown}`);
  console.log('Résultats : test/bench/results/directory.json, test/bench/results/directory.md');
}
