import type { Browser } from 'playwright-core';
import { bounded, median } from './stats';
import { throttlePage } from './throttle';
import type { WorkerCpuLimiter } from './worker-cpu-limiter';

export interface LoopTimes {
  mainMs: number;
  workerMs: number;
}

export interface ThrottleCheck {
  chromium: string;
  rate: number;
  /** Median of five runs of the same loop, on the page's main thread and in a dedicated worker. */
  unthrottled: LoopTimes;
  /** Emulation.setCPUThrottlingRate on the page only. */
  pageThrottleOnly: LoopTimes;
  /** The same, plus the worker's thread under the kernel quota (what the bench uses). */
  pageAndWorkerLimit: LoopTimes | null;
  /** What a worker's own DevTools session answers to Emulation.setCPUThrottlingRate. */
  workerEmulationAnswer: string;
  workerLimiter: string;
}

const ITERATIONS = 4_000_000;
type LoopWindow = Window & { loop: Worker; benchSpin: (n: number) => number };

/**
 * Checks, in a page of the app's origin, what slows a dedicated worker: the page's DevTools
 * throttle alone, then the worker limiter. Figures go into the results of every run.
 */
export async function checkThrottle(
  browser: Browser,
  baseUrl: string,
  rate: number,
  limiter: WorkerCpuLimiter | { unavailable: string },
): Promise<ThrottleCheck> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const { cdp, workers } = await throttlePage(context, page, 1, null);
    await page.goto(`${baseUrl}/bench/baseline.html`);
    await page.addScriptTag({ url: '/bench/loop.js' });
    const loops = () =>
      page.evaluate(async (n) => {
        const { loop: w, benchSpin: spin } = window as unknown as LoopWindow;
        const out: Array<{ mainMs: number; workerMs: number }> = [];
        for (let k = 0; k < 5; k++) {
          const started = performance.now();
          spin(n);
          const mainMs = performance.now() - started;
          const workerMs = await new Promise<number>((resolve) => {
            w.onmessage = (e: MessageEvent<{ ms: number }>) => resolve(e.data.ms);
            w.postMessage(n);
          });
          out.push({ mainMs, workerMs });
        }
        return out;
      }, ITERATIONS);
    const run = () => bounded(loops(), 120_000, 'throttle check loop');
    const summary = (runs: LoopTimes[]): LoopTimes => ({
      mainMs: Math.round(median(runs.map((r) => r.mainMs))),
      workerMs: Math.round(median(runs.map((r) => r.workerMs))),
    });
    await page.evaluate(() => {
      (window as unknown as LoopWindow).loop = new Worker('/bench/loop.worker.js');
    });
    const unthrottled = summary(await run());
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const pageThrottleOnly = summary(await run());
    const worker = [...workers.targets.values()][0];
    let workerEmulationAnswer = 'no worker session';
    if (worker) {
      workerEmulationAnswer = await workers
        .send(worker.sessionId, 'Emulation.setCPUThrottlingRate', { rate })
        .then(
          () => 'accepted',
          (error: unknown) => `refused: ${(error as Error).message}`,
        );
    }
    let pageAndWorkerLimit: LoopTimes | null = null;
    if (!('unavailable' in limiter)) {
      limiter.limitNewThreads();
      pageAndWorkerLimit = summary(await run());
      limiter.close();
    }
    return {
      chromium: browser.version(),
      rate,
      unthrottled,
      pageThrottleOnly,
      pageAndWorkerLimit,
      workerEmulationAnswer,
      workerLimiter:
        'unavailable' in limiter
          ? `unavailable (${limiter.unavailable}): workers ran unthrottled`
          : `cgroup v1 cpu quota of 1/${rate} CPU per worker thread`,
    };
  } finally {
    await context.close();
  }
}
