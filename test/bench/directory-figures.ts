import type { AppRun } from './directory-app-run';
import type { BaselineRun } from './directory-baseline-run';
import type { BenchQuery, QueryKind } from './directory-queries';
import type { ColdFigure } from './page/page-api';
import { mb, percentile, round1 } from './stats';

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export interface RunFigures {
  services: number;
  packMB: number;
  cpuThrottle: number;
  app: {
    installMs: number;
    longestMainTaskDuringInstallMs: number;
    /** The five longest, at their offset from the install's start. */
    longTasksDuringInstall: Array<{ atMs: number; durationMs: number }>;
    longestMainTaskSinceOpenMs: number;
    installWorkerPeakHeapMB: number | null;
    coldStart: ColdFigure;
    search: Latency & {
      byKind: Record<QueryKind, Latency>;
      /** The directory worker's part of each round trip (its handler, query to answer). */
      inWorker: Latency;
    };
    slowestQueries: Array<{ q: string; ms: number; workerMs: number | null; total: number }>;
    recallAt10: { typo: number; accents: number };
    missedTypos: Array<{ q: string; target: string }>;
    timedOut: string[];
    heapMB: { page: number; workers: Array<{ url: string; mb: number }> };
  };
  baseline: {
    dexie: { fetchParseMs: number; bulkPutMs: number; totalMs: number; longestMainTaskMs: number };
    miniSearch: Latency & {
      buildMs: number;
      buildLongestMainTaskMs: number;
      recallAt10: { typo: number; accents: number };
      indexHeapMB: number;
    };
    coldSearch: { readMs: number; buildMs: number; queryMs: number; totalMs: number };
  };
}

function latency(values: number[]): Latency {
  return {
    n: values.length,
    p50: round1(percentile(values, 50)),
    p95: round1(percentile(values, 95)),
    max: round1(Math.max(...values)),
  };
}

/** Share of the queries of `kind` whose service is among the first ten ids; a timeout misses. */
function recall(queries: readonly BenchQuery[], top10: (q: BenchQuery) => string[] | undefined) {
  const out = { typo: 0, accents: 0 };
  for (const kind of ['typo', 'accents'] as const) {
    const list = queries.filter((q) => q.kind === kind && q.target);
    const hits = list.filter((q) => top10(q)?.includes(q.target as string)).length;
    out[kind] = Math.round((hits / list.length) * 1000) / 1000;
  }
  return out;
}

export function summarise(
  run: { services: number; packBytes: number; cpuThrottle: number },
  queries: readonly BenchQuery[],
  app: AppRun,
  cold: ColdFigure,
  baseline: BaselineRun,
): RunFigures {
  const byText = new Map(app.queries.map((f) => [f.q, f]));
  const appMs = app.queries.map((f) => f.ms);
  const kindLatency = (kind: QueryKind) =>
    latency(app.queries.filter((f) => f.kind === kind).map((f) => f.ms));
  const baseTop = new Map(queries.map((q, i) => [q.text, baseline.search.top10[i] ?? []]));
  const r0 = (n: number) => Math.round(n);
  return {
    services: run.services,
    packMB: mb(run.packBytes),
    cpuThrottle: run.cpuThrottle,
    app: {
      installMs: r0(app.install.ms),
      longestMainTaskDuringInstallMs: r0(app.install.longestTaskDuringMs),
      longTasksDuringInstall: app.install.longTasksDuring,
      longestMainTaskSinceOpenMs: r0(app.install.longestTaskOverallMs),
      installWorkerPeakHeapMB: app.installWorkerPeakBytes && mb(app.installWorkerPeakBytes),
      coldStart: {
        ...cold,
        responseEndMs: cold.responseEndMs && r0(cold.responseEndMs),
        domContentLoadedMs: cold.domContentLoadedMs && r0(cold.domContentLoadedMs),
        workerMs: cold.workerMs && r0(cold.workerMs),
        firstPostMs: cold.firstPostMs && r0(cold.firstPostMs),
        firstResultsMs: cold.firstResultsMs && r0(cold.firstResultsMs),
        shownMs: cold.shownMs && r0(cold.shownMs),
      },
      search: {
        ...latency(appMs),
        inWorker: latency(app.queries.flatMap((f) => f.workerMs ?? [])),
        byKind: {
          typo: kindLatency('typo'),
          accents: kindLatency('accents'),
          prefix: kindLatency('prefix'),
        },
      },
      slowestQueries: [...app.queries]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5)
        .map((f) => ({
          q: f.q,
          ms: round1(f.ms),
          workerMs: f.workerMs && round1(f.workerMs),
          total: f.total,
        })),
      recallAt10: recall(queries, (q) => byText.get(q.text)?.top10),
      missedTypos: queries
        .filter((q) => q.kind === 'typo' && !byText.get(q.text)?.top10.includes(q.target ?? ''))
        .map((q) => ({ q: q.text, target: q.target ?? '' })),
      timedOut: app.timedOut,
      heapMB: {
        page: mb(app.pageHeapBytes),
        workers: app.workerHeaps.map((w) => ({
          url: w.url.replace(/^https?:\/\/[^/]+/, ''),
          mb: mb(w.usedBytes),
        })),
      },
    },
    baseline: {
      dexie: {
        fetchParseMs: r0(baseline.loadMs),
        bulkPutMs: r0(baseline.bulkPutMs),
        totalMs: r0(baseline.loadMs + baseline.bulkPutMs),
        longestMainTaskMs: r0(Math.max(baseline.loadLongestTaskMs, baseline.bulkPutLongestTaskMs)),
      },
      miniSearch: {
        ...latency(baseline.search.ms),
        buildMs: r0(baseline.buildMs),
        buildLongestMainTaskMs: r0(baseline.buildLongestTaskMs),
        recallAt10: recall(queries, (q) => baseTop.get(q.text)),
        indexHeapMB: mb(baseline.indexHeapBytes),
      },
      coldSearch: {
        readMs: r0(baseline.cold.readMs),
        buildMs: r0(baseline.cold.buildMs),
        queryMs: round1(baseline.cold.queryMs),
        totalMs: r0(baseline.cold.readMs + baseline.cold.buildMs + baseline.cold.queryMs),
      },
    },
  };
}
