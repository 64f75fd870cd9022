import type { BrowserContext } from 'playwright-core';
import type { BaselineSearch, BaselineWindow } from './page/page-api';
import { bounded } from './stats';
import { pageHeap, throttlePage } from './throttle';

const STEP_TIMEOUT_MS = 300_000;

export interface BaselineRun {
  loadMs: number;
  loadLongestTaskMs: number;
  bulkPutMs: number;
  bulkPutLongestTaskMs: number;
  buildMs: number;
  buildLongestTaskMs: number;
  search: BaselineSearch;
  /** Heap left by the MiniSearch index once the parsed pack is dropped (after GC). */
  indexHeapBytes: number;
  /** Read back from IndexedDB + MiniSearch build + first query: its usable search. */
  cold: { readMs: number; buildMs: number; queryMs: number };
}

/** The baselines in a page of the same origin, on the same pack, with the same queries. */
export async function runBaseline(
  context: BrowserContext,
  baseUrl: string,
  rate: number,
  queries: string[],
  coldQuery: string,
): Promise<BaselineRun> {
  const page = await context.newPage();
  const { cdp } = await throttlePage(context, page, rate, null);
  await page.goto(`${baseUrl}/bench/baseline.html`);
  await page.waitForFunction(() => 'reperesBaseline' in window, undefined, { timeout: 30_000 });
  const manifest = (await (await fetch(`${baseUrl}/api/packs/current`)).json()) as {
    version: string;
  };
  const heapBefore = await pageHeap(cdp);
  const step = <T>(what: string, work: Promise<T>) => bounded(work, STEP_TIMEOUT_MS, what);
  const load = await step(
    'baseline load',
    page.evaluate(
      (url) => (window as unknown as BaselineWindow).reperesBaseline.load(url),
      `/api/packs/${manifest.version}`,
    ),
  );
  const put = await step(
    'baseline bulkPut',
    page.evaluate(() => (window as unknown as BaselineWindow).reperesBaseline.dexieImport()),
  );
  const build = await step(
    'baseline index build',
    page.evaluate(() => (window as unknown as BaselineWindow).reperesBaseline.buildIndex()),
  );
  const search = await step(
    'baseline queries',
    page.evaluate(
      (list) => (window as unknown as BaselineWindow).reperesBaseline.search(list),
      queries,
    ),
  );
  await page.evaluate(() => (window as unknown as BaselineWindow).reperesBaseline.dropPack());
  const indexHeapBytes = (await pageHeap(cdp)) - heapBefore;
  const cold = await step(
    'baseline cold index',
    page.evaluate(
      (q) => (window as unknown as BaselineWindow).reperesBaseline.coldIndex(q),
      coldQuery,
    ),
  );
  await page.close();
  return {
    loadMs: load.ms,
    loadLongestTaskMs: load.longestTaskMs,
    bulkPutMs: put.ms,
    bulkPutLongestTaskMs: put.longestTaskMs,
    buildMs: build.ms,
    buildLongestTaskMs: build.longestTaskMs,
    search,
    indexHeapBytes,
    cold,
  };
}
