import type { DirectoryBench } from './directory-bench';
import type { RunFigures } from './directory-figures';

export interface Target {
  name: string;
  target: string;
  services: number;
  measured: (run: RunFigures) => number | null;
  limit: number;
  unit: string;
  higherIsBetter?: boolean;
}

/** The issue's targets, read at ×4 (the ×1 figure is shown beside for reference). */
export const TARGETS: Target[] = [
  {
    name: 'search p95',
    target: '≤ 16 ms',
    services: 10_000,
    measured: (r) => r.app.search.p95,
    limit: 16,
    unit: 'ms',
  },
  {
    name: 'search usable after a cold start (results on screen)',
    target: '≤ 1.5 s',
    services: 10_000,
    measured: (r) => r.app.coldStart.shownMs,
    limit: 1500,
    unit: 'ms',
  },
  {
    name: 'recall@10 on the typo set',
    target: '≥ 0.95',
    services: 10_000,
    measured: (r) => r.app.recallAt10.typo,
    limit: 0.95,
    unit: '',
    higherIsBetter: true,
  },
  {
    name: 'longest main-thread task during install',
    target: '≤ 200 ms',
    services: 50_000,
    measured: (r) => r.app.longestMainTaskDuringInstallMs,
    limit: 200,
    unit: 'ms',
  },
];

export function targetRows(bench: DirectoryBench, slowRate: number) {
  return TARGETS.map((t) => {
    const at = (rate: number) =>
      bench.runs.find((r) => r.services === t.services && r.cpuThrottle === rate);
    const slow = at(slowRate);
    const value = slow ? t.measured(slow) : null;
    const met = value === null ? null : t.higherIsBetter ? value >= t.limit : value <= t.limit;
    const fast = at(1);
    return {
      name: `${t.name} at ${t.services / 1000}k`,
      target: t.target,
      measured: value,
      measuredAtX1: fast ? t.measured(fast) : null,
      unit: t.unit,
      met,
      missedBy: value === null || met ? null : Math.round(Math.abs(value - t.limit) * 1000) / 1000,
    };
  });
}

const cell = (v: number | null | undefined, unit = '') =>
  v === null || v === undefined || Number.isNaN(v) ? '—' : `${v}${unit}`;

/** The markdown the README's performance section takes (tables only; notes go beside). */
export function directoryMarkdown(bench: DirectoryBench, slowRate: number, meta: string): string {
  const lines: string[] = [];
  lines.push(`### Directory at scale (\`npm run bench\`)`, '', meta, '');
  lines.push(
    '**Install and cold start** (ms)',
    '',
    '| services | CPU | install: app / baseline | longest main-thread task during install: app / baseline | cold start, server stopped: results on screen | of which: HTML from the SW · query posted · answer | baseline: IndexedDB read + MiniSearch build + 1st query |',
    '| --: | :-: | --: | --: | --: | --: | --: |',
  );
  for (const r of bench.runs) {
    const a = r.app;
    const c = a.coldStart;
    const b = r.baseline;
    lines.push(
      `| ${r.services.toLocaleString('en')} | ×${r.cpuThrottle} | ${a.installMs} / ${b.dexie.totalMs} | ${a.longestMainTaskDuringInstallMs} / ${b.dexie.longestMainTaskMs} | ${cell(c.shownMs)} | ${cell(c.responseEndMs)} · ${cell(c.firstPostMs)} · ${cell(c.firstResultsMs)} | ${b.coldSearch.totalMs} (${b.coldSearch.readMs} + ${b.coldSearch.buildMs} + ${b.coldSearch.queryMs}) |`,
    );
  }
  lines.push(
    '',
    '**Search and memory**',
    '',
    '| services | CPU | search p50 · p95 (ms): app (of which in its worker) / MiniSearch | MiniSearch build (ms) | recall@10 typos: app / MiniSearch | recall@10 without accents: app / MiniSearch | heap (MB): page · directory worker · install worker peak / MiniSearch index |',
    '| --: | :-: | --: | --: | --: | --: | --: |',
  );
  for (const r of bench.runs) {
    const a = r.app;
    const m = r.baseline.miniSearch;
    const dir = a.heapMB.workers.find((w) => w.url.includes('directory'))?.mb;
    lines.push(
      `| ${r.services.toLocaleString('en')} | ×${r.cpuThrottle} | ${a.search.p50} · ${a.search.p95} (${a.search.inWorker.p50} · ${a.search.inWorker.p95}) / ${m.p50} · ${m.p95} | ${m.buildMs} | ${a.recallAt10.typo} / ${m.recallAt10.typo} | ${a.recallAt10.accents} / ${m.recallAt10.accents} | ${a.heapMB.page} · ${cell(dir)} · ${cell(a.installWorkerPeakHeapMB)} / ${m.indexHeapMB} |`,
    );
  }
  lines.push('', `**Targets** (read at ×${slowRate}; ×1 for reference)`, '');
  lines.push('| target | wanted | measured | at ×1 | met |', '| --- | :-: | --: | --: | :-: |');
  for (const t of targetRows(bench, slowRate)) {
    const met =
      t.met === null
        ? 'not measured'
        : t.met
          ? 'yes'
          : `**no** (by ${t.missedBy}${t.unit ? ` ${t.unit}` : ''})`;
    lines.push(
      `| ${t.name} | ${t.target} | ${cell(t.measured, t.unit && ` ${t.unit}`)} | ${cell(t.measuredAtX1, t.unit && ` ${t.unit}`)} | ${met} |`,
    );
  }
  const c = bench.throttleCheck;
  lines.push(
    '',
    `**Throttle check** (same CPU loop, median of 5, ms — main thread / dedicated worker): unthrottled ${c.unthrottled.mainMs} / ${c.unthrottled.workerMs}; DevTools ×${c.rate} on the page only ${c.pageThrottleOnly.mainMs} / ${c.pageThrottleOnly.workerMs}; plus the worker limiter ${c.pageAndWorkerLimit ? `${c.pageAndWorkerLimit.mainMs} / ${c.pageAndWorkerLimit.workerMs}` : '— (unavailable)'}. A worker's DevTools session answers Emulation.setCPUThrottlingRate: ${c.workerEmulationAnswer}. Worker limiter: ${c.workerLimiter}.`,
    '',
  );
  return lines.join('\n');
}
