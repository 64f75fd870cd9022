/**
 * Activity logs (issue 6): (a) one save with 5,000 stored, (b) syncing 5,000 pending logs,
 * (c) server ingest on SQLite; each against a baseline measured in the same run. Called by
 * test/bench/run.ts; runnable alone: `npx tsx test/bench/logs-bench.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parisDay } from '../../src/shared/paris-day';
import { runBrowserPart } from './logs/browser-run';
import { runIngestPart } from './logs/ingest';
import { type LogsBench, logsMarkdown, TARGETS } from './logs/report';
import { writeLogsStatic } from './logs/static';

/** `df -T` of the temp dir, where the Chromium profile and the SQLite files are created. */
function storageOf(dir: string): string {
  const line = execFileSync('df', ['-P', '-T', '-h', dir]).toString().trim().split('\n')[1] ?? '';
  const [device, type, size, , , , mount] = line.split(/\s+/);
  const options = execFileSync('findmnt', ['-no', 'OPTIONS', '-T', dir]).toString().trim();
  return `the Chromium profile and the SQLite files are in ${dir} (mkdtemp), on ${device} (${type}, ${options}, ${size}, mounted on ${mount}): ${type === 'tmpfs' ? 'memory, so fsync costs nothing here' : "fsync goes to the block device (on a VM, a virtual disk: the host's caching is not known)"}.`;
}

export async function writeLogsBench(log: (line: string) => void = console.log): Promise<void> {
  const started = Date.now();
  const work = resolve('.tmp/bench/logs');
  const staticDir = join(work, 'static');
  mkdirSync(work, { recursive: true });
  await writeLogsStatic(staticDir);
  const demoPackFile = join(work, 'capg-demo.json');
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/content/write-demo-pack.ts', demoPackFile],
    {
      stdio: 'inherit',
    },
  );
  const files = { staticDir, demoPackFile };
  const today = parisDay(Date.now());
  const load: LogsBench['load'] = [];
  const mark = (at: string) => load.push({ at, load1: loadavg()[0] ?? 0 });
  mark('start');
  const browser = await runBrowserPart({ files, rates: [1, 4], today, log });
  mark('after (a)+(b)');
  const ingest = await runIngestPart({ files, count: 20_000, today });
  mark('end');
  for (const f of ingest) log(`ingest: ${f.label}: ${f.logsPerSecond} logs/s`);
  const seconds = Math.round((Date.now() - started) / 1000);
  const measuredAt = new Date().toISOString();
  const bench: LogsBench = {
    measuredAt,
    meta: `Measured ${measuredAt.slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, Chromium ${browser.chromium} headless (CPU throttling: DevTools Emulation.setCPUThrottlingRate on the page, whose main thread runs createLog and pushOutbox); the server is the real one (src/server/main.ts, SQLite WAL, synchronous=FULL) on 127.0.0.1, a fresh database for each run; the logs are varied and valid (test/bench/logs/bench-log.ts, ~450 bytes of JSON). ${seconds} s in all.`,
    storage: storageOf(tmpdir()),
    load,
    cpus: cpus().length,
    saves: browser.saves,
    syncs: browser.syncs,
    ingest,
  };
  mkdirSync('test/bench/results', { recursive: true });
  writeFileSync(
    'test/bench/results/logs.json',
    `${JSON.stringify({ ...bench, targets: TARGETS }, null, 2)}\n`,
  );
  const markdown = logsMarkdown(bench);
  writeFileSync('test/bench/results/logs.md', markdown);
  log(`\n${markdown}`);
  log('Résultats : test/bench/results/logs.json, test/bench/results/logs.md');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await writeLogsBench();
