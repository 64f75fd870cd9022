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
 * Evaluated in the directory worker before its own code: stamps each answer with the time
 * from the query's arrival in the worker to its answer (queue + search), so that a round trip
 * can be split between the worker and the page's main thread.
 */
const STAMP_WORKER_TIME = `(() => {
  if (!self.benchStamp) {
    const received = new Map();
    const dbg = { calls: 0, evals: 0, wraps: 0, stamped: 0, misses: [] };
    self.benchStamp = {
      dbg,
      onMessage: (event) => {
        dbg.calls++;
        const seq = event.data && event.data.seq;
        if (typeof seq === 'number') received.set(seq, performance.now());
      },
      wrap: (post) => (message, ...rest) => {
        const seq = message && message.seq;
        if (typeof seq === 'number' && !received.has(seq)) dbg.misses.push([seq, [...received.keys()]]);
        if (typeof seq === 'number' && received.has(seq)) {
          dbg.stamped++;
          message.benchWorkerMs = performance.now() - received.get(seq);
          received.delete(seq);
        }
        return post(message, ...rest);
      },
    };
  }
  // Parts of a stamp made while the worker waits to start do not always survive its start, so
  // each call puts back what is missing: our postMessage, our (capturing, hence first) listener.
  self.benchStamp.dbg.evals++;
  if (self.postMessage !== self.benchStamp.postMessage) {
    self.benchStamp.dbg.wraps++;
    self.benchStamp.postMessage = self.benchStamp.wrap(self.postMessage.bind(self));
    self.postMessage = self.benchStamp.postMessage;
  }
  self.addEventListener('message', self.benchStamp.onMessage, true);
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
    // Again as it starts (see STAMP_WORKER_TIME), in time for the cold start's first query.
    for (const delay of [0, 50, 150, 400])
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
