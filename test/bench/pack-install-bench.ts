import type { Browser, Page } from 'playwright-core';
import { freePort } from '../support/free-port';
import { startServer } from '../support/server-process';
import { throttlePage } from './throttle';
import type { WorkerCpuLimiter } from './worker-cpu-limiter';

export interface InstallFigure {
  label: string;
  services: number;
  rawBytes: number;
  /** The app: download, sha256, validation and import in its worker, then the pointer flip. */
  appInstallMs: number;
  /** Longest main-thread task while the app installed (the UI must stay responsive). */
  appLongestMainTaskMs: number;
  /** Baseline in the same page: fetch + JSON.parse + one raw IndexedDB transaction, main thread. */
  baselineMs: number;
  baselineLongestMainTaskMs: number;
}

async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __longest?: number }).__longest ?? 0);
}

const OBSERVE_LONG_TASKS = () => {
  const w = window as unknown as { __longest: number };
  w.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

/** Measures one pack, in a fresh context each time so IndexedDB starts empty. */
export async function measurePackInstall(
  browser: Browser,
  options: {
    label: string;
    staticDir: string;
    packFile: string;
    services: number;
    rawBytes: number;
    cpuThrottle: number;
    /** Slows the install worker too (the DevTools throttle reaches the main thread only). */
    limiter?: WorkerCpuLimiter | null;
  },
): Promise<InstallFigure> {
  const port = await freePort();
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const server = await startServer({
    port,
    dataDir: mkdtempSync(join(tmpdir(), 'reperes-bench-')),
    staticDir: options.staticDir,
    demoPackFile: options.packFile,
  });
  try {
    const base = `http://localhost:${port}`;
    const app = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await app.newPage();
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await throttlePage(app, page, options.cpuThrottle, options.limiter ?? null);
    await page.goto(`${base}/annuaire`);
    await page.waitForFunction(
      () => performance.getEntriesByName('reperes:pack-install').length > 0,
      undefined,
      {
        timeout: 600_000,
        polling: 100,
      },
    );
    const appInstallMs = await page.evaluate(
      () => performance.getEntriesByName('reperes:pack-install')[0]?.duration ?? -1,
    );
    const appLongestMainTaskMs = await longestTask(page);
    await app.close();
    options.limiter?.close();

    const plain = await browser.newContext();
    const baselinePage = await plain.newPage();
    await baselinePage.addInitScript(OBSERVE_LONG_TASKS);
    const cdp2 = await plain.newCDPSession(baselinePage);
    await cdp2.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
    await baselinePage.goto(`${base}/robots.txt`);
    const manifest = (await (await fetch(`${base}/api/packs/current`)).json()) as {
      version: string;
    };
    const baselineMs = await baselinePage.evaluate(async (version) => {
      const started = performance.now();
      const pack = (await (await fetch(`/api/packs/${version}`)).json()) as Record<
        string,
        Array<Record<string, unknown>>
      >;
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('baseline', 1);
        open.onupgradeneeded = () => {
          for (const name of ['services', 'structures', 'communes'])
            open.result.createObjectStore(name, { keyPath: name === 'communes' ? 'insee' : 'id' });
        };
        open.onsuccess = () => resolve(open.result);
      });
      await new Promise<void>((resolve) => {
        const tx = db.transaction(['services', 'structures', 'communes'], 'readwrite');
        for (const name of ['services', 'structures', 'communes'])
          for (const row of pack[name] ?? []) tx.objectStore(name).put(row);
        tx.oncomplete = () => resolve();
      });
      return performance.now() - started;
    }, manifest.version);
    await new Promise((r) => setTimeout(r, 200));
    const baselineLongestMainTaskMs = await longestTask(baselinePage);
    await plain.close();
    return {
      label: options.label,
      services: options.services,
      rawBytes: options.rawBytes,
      appInstallMs: Math.round(appInstallMs),
      appLongestMainTaskMs: Math.round(appLongestMainTaskMs),
      baselineMs: Math.round(baselineMs),
      baselineLongestMainTaskMs: Math.round(baselineLongestMainTaskMs),
    };
  } finally {
    await server.stop();
  }
}
