import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { WorkerCpuLimiter } from './worker-cpu-limiter';
import { WorkerSessions } from './worker-sessions';

export interface ThrottledPage {
  cdp: CDPSession;
  workers: WorkerSessions;
  /** Stamps the directory workers now (idempotent): certain once they answer queries. */
  stampDirectoryWorkers(): Promise<void>;
}

/**
 * Evaluated in the directory worker: stamps each answer with the time from the worker's
 * handler receiving the query to the answer, so that a round trip can be split between the
 * worker and the page's main thread. It wraps the worker's own onmessage (a listener of ours
 * would run after it) and postMessage. What is evaluated while the worker waits to start does
 * not always survive its start, so each call puts back what is missing; repeats are no-ops.
 */
const STAMP_WORKER_TIME = `(() => {
  const stamp = (self.benchStamp ??= (() => {
    const received = new Map();
    const mark = (fn) => Object.assign(fn, { benchStamp: true });
    return {
      wrapHandler: (handler) => mark(function (event) {
        const seq = event.data && event.data.seq;
        if (typeof seq === 'number') received.set(seq, performance.now());
        return handler.call(this, event);
      }),
      wrapPost: (post) => mark((message, ...rest) => {
        const seq = message && message.seq;
        if (typeof seq === 'number' && received.has(seq)) {
          message.benchWorkerMs = performance.now() - received.get(seq);
          received.delete(seq);
        }
        return post(message, ...rest);
      }),
    };
  })());
  if (!self.postMessage.benchStamp) self.postMessage = stamp.wrapPost(self.postMessage.bind(self));
  if (typeof self.onmessage === 'function' && !self.onmessage.benchStamp)
    self.onmessage = stamp.wrapHandler(self.onmessage);
})();`;

/**
 * Slows `page` (DevTools CPU throttling of its main thread) and every worker it starts (their
 * threads go under the limiter's quota before their first line runs). Call before navigating.
 */
export async function throttlePage(
  context: BrowserContext,
  page: Page,
  rate: number,
  limiter: WorkerCpuLimiter | null,
): Promise<ThrottledPage> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const stamp = (sessions: WorkerSessions, sessionId: string) =>
    sessions.send(sessionId, 'Runtime.evaluate', { expression: STAMP_WORKER_TIME });
  const workers = await WorkerSessions.attach(cdp, async (target, sessions) => {
    limiter?.limitNewThreads();
    if (!target.url.includes('directory')) return;
    await stamp(sessions, target.sessionId);
    // Again as it starts, once its onmessage exists: in time for most cold starts' first query.
    for (const delay of [0, 50, 150, 400, 1000, 2500])
      setTimeout(() => void stamp(sessions, target.sessionId).catch(() => {}), delay);
  });
  const stampDirectoryWorkers = async () => {
    for (const target of workers.targets.values())
      if (target.url.includes('directory')) await stamp(workers, target.sessionId);
  };
  return { cdp, workers, stampDirectoryWorkers };
}

/** The page's used JS heap in bytes, after a garbage collection. */
export async function pageHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}
