import type { BrowserContext, Page } from 'playwright-core';
import { waitForServiceWorkerControl } from '../e2e/support/browser';
import { waitForResults } from '../e2e/support/directory';
import type { BenchQuery } from './directory-queries';
import type { ColdFigure, InstallInfo, ProbeWindow, QueryFigure } from './page/page-api';
import { pageHeap, throttlePage } from './throttle';
import type { WorkerCpuLimiter } from './worker-cpu-limiter';

export interface AppRun {
  install: InstallInfo;
  /** Peak used heap of the install worker, sampled every 250 ms (no forced GC). */
  installWorkerPeakBytes: number | null;
  queries: Array<QueryFigure & { kind: BenchQuery['kind']; target: string | null }>;
  /** Queries whose answer never showed within the wait (counted as misses). */
  timedOut: string[];
  pageHeapBytes: number;
  workerHeaps: Array<{ url: string; usedBytes: number }>;
}

const INSTALL_TIMEOUT_MS = 240_000;
const QUERY_TIMEOUT_MS = 30_000;

async function waitForInstall(page: Page, sample: () => Promise<void>): Promise<InstallInfo> {
  const deadline = Date.now() + INSTALL_TIMEOUT_MS;
  for (;;) {
    const info = await page.evaluate(
      (ms) => (window as unknown as ProbeWindow).reperesBench.waitForInstall(ms),
      250,
    );
    if (info) return info;
    await sample();
    if (Date.now() > deadline) throw new Error(`no pack install within ${INSTALL_TIMEOUT_MS} ms`);
  }
}

/** First visit: the app installs the pack, then the fixed queries are typed one by one. */
export async function runApp(
  context: BrowserContext,
  baseUrl: string,
  rate: number,
  limiter: WorkerCpuLimiter | null,
  queries: readonly BenchQuery[],
): Promise<AppRun> {
  const page = await context.newPage();
  const { cdp, workers, stampDirectoryWorkers } = await throttlePage(context, page, rate, limiter);
  let installWorkerPeakBytes: number | null = null;
  await page.goto(`${baseUrl}/annuaire`);
  const install = await waitForInstall(page, async () => {
    for (const heap of await workers.heaps(false)) {
      if (heap.url.includes('pack-install'))
        installWorkerPeakBytes = Math.max(installWorkerPeakBytes ?? 0, heap.usedBytes);
    }
  });
  if ((install.detail as { type?: string } | null)?.type !== 'installed')
    throw new Error(`pack install failed: ${JSON.stringify(install.detail)}`);
  await waitForServiceWorkerControl(page);
  await waitForResults(page, 1, 120_000);
  await stampDirectoryWorkers();

  const box = page.getByRole('searchbox', { name: 'Rechercher un service' });
  const figures: AppRun['queries'] = [];
  const timedOut: string[] = [];
  for (const query of queries) {
    await box.fill(query.text);
    const figure = await page.evaluate(
      ([q, ms]) => (window as unknown as ProbeWindow).reperesBench.waitForQuery(q, ms),
      [query.text, QUERY_TIMEOUT_MS] as const,
    );
    if (figure) figures.push({ ...figure, kind: query.kind, target: query.target });
    else timedOut.push(query.text);
  }
  const pageHeapBytes = await pageHeap(cdp);
  const workerHeaps = await workers.heaps(true);
  await page.close();
  return {
    install,
    installWorkerPeakBytes,
    queries: figures,
    timedOut,
    pageHeapBytes,
    workerHeaps,
  };
}

/**
 * Cold start with the server stopped: a browser reopened on the profile of the first visit,
 * a new page on `/annuaire?q=…`, timed from navigation start to results on screen.
 */
export async function runColdStart(
  context: BrowserContext,
  baseUrl: string,
  rate: number,
  limiter: WorkerCpuLimiter | null,
  q: string,
): Promise<ColdFigure> {
  const page = context.pages()[0] ?? (await context.newPage());
  await throttlePage(context, page, rate, limiter);
  await page.goto(`${baseUrl}/annuaire?q=${encodeURIComponent(q)}`);
  return page.evaluate(
    ([text, ms]) => (window as unknown as ProbeWindow).reperesBench.waitForColdResults(text, ms),
    [q, 90_000] as const,
  );
}
