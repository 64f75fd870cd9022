import type { BrowserContext } from 'playwright-core';
import type { BaselineSearch, BaselineWindow } from './page/page-api';
import { pageHeap, throttlePage } from './throttle';

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
  const load = await page.evaluate(
    (url) => (window as unknown as BaselineWindow).reperesBaseline.load(url),
    `/api/packs/${manifest.version}`,
  );
  const put = await page.evaluate(() =>
    (window as unknown as BaselineWindow).reperesBaseline.dexieImport(),
  );
  const build = await page.evaluate(() =>
    (window as unknown as BaselineWindow).reperesBaseline.buildIndex(),
  );
  const search = await page.evaluate(
    (list) => (window as unknown as BaselineWindow).reperesBaseline.search(list),
    queries,
  );
  await page.evaluate(() => (window as unknown as BaselineWindow).reperesBaseline.dropPack());
  const indexHeapBytes = (await pageHeap(cdp)) - heapBefore;
  const cold = await page.evaluate(
    (q) => (window as unknown as BaselineWindow).reperesBaseline.coldIndex(q),
    coldQuery,
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
