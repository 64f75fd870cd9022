/**
 * Init script for the app's pages (bundled by bench-static.ts, run before the app's own code).
 * It watches the directory worker's messages so each `reperes:directory-query` measure can be
 * tied to the text it answered, and records long tasks and when results first show.
 */
import type { BenchProbe, ColdFigure, InstallInfo, ProbeWindow, QueryFigure } from './page-api';

interface Post {
  seq: number;
  q: string;
  at: number;
}
interface Reply {
  at: number;
  workerMs: number | null;
  total: number;
  top10: string[];
}

const posts: Post[] = [];
const replies = new Map<number, Reply>();
const longTasks: Array<{ start: number; end: number }> = [];
let shownAt: number | null = null;

new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
}).observe({ type: 'longtask', buffered: true });

function recordPost(message: unknown): void {
  const m = message as { type?: unknown; seq?: unknown; filters?: { q?: unknown } } | null;
  if (m?.type !== 'query' || typeof m.seq !== 'number') return;
  posts.push({ seq: m.seq, q: String(m.filters?.q ?? '').trim(), at: performance.now() });
}

function recordReply(data: unknown): void {
  const d = data as {
    seq?: unknown;
    benchWorkerMs?: number;
    result?: { total?: number; items?: Array<{ id: string }> };
  } | null;
  if (typeof d?.seq !== 'number') return;
  replies.set(d.seq, {
    at: performance.now(),
    workerMs: d.benchWorkerMs ?? null,
    total: d.result?.total ?? -1,
    top10: (d.result?.items ?? []).slice(0, 10).map((item) => item.id),
  });
}

const NativeWorker = window.Worker;
class ObservedWorker extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    if (!String(url).includes('directory')) return;
    this.addEventListener('message', (event: MessageEvent<unknown>) => recordReply(event.data));
    const post = this.postMessage.bind(this);
    this.postMessage = (message: unknown, ...rest: unknown[]) => {
      recordPost(message);
      Reflect.apply(post, this, [message, ...rest]);
    };
  }
}
window.Worker = ObservedWorker;

const idOf = (href: string) => decodeURIComponent(href.slice(href.lastIndexOf('/') + 1));
const domTop10 = () =>
  [...document.querySelectorAll('.service-list a')]
    .slice(0, 10)
    .map((a) => idOf(a.getAttribute('href') ?? ''));
function domCount(): number | null {
  const text = document.querySelector('.results-count')?.textContent ?? '';
  const match = /^(\d[\d\s\u202f]*) service/.exec(text);
  return match?.[1] ? Number(match[1].replace(/\D/g, '')) : null;
}
const sameIds = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const onScreen = (reply: Reply) => domCount() === reply.total && sameIds(domTop10(), reply.top10);

// Results on screen for a query read from the URL: the cold start's end as the user sees it.
const screenWatch = new MutationObserver(() => {
  if (!location.search.includes('q=')) return;
  if ((domCount() ?? 0) > 0 && document.querySelector('.service-list a')) {
    shownAt = performance.now();
    screenWatch.disconnect();
  }
});
screenWatch.observe(document, { childList: true, subtree: true, characterData: true });

/** The app's query measure for `seq`: measures are made in reply order, one per query. */
function measureMs(seq: number): { start: number; duration: number } | null {
  const k = posts.findIndex((p) => p.seq === seq);
  const entry = performance.getEntriesByName('reperes:directory-query')[k];
  return entry ? { start: entry.startTime, duration: entry.duration } : null;
}

function lastPost(q: string): Post | undefined {
  for (let i = posts.length - 1; i >= 0; i--) if (posts[i]?.q === q) return posts[i];
  return undefined;
}

async function until<T>(probe: () => T | null, timeoutMs: number): Promise<T | null> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== null) return value;
    if (performance.now() > deadline) return null;
    await new Promise((r) => setTimeout(r, 8));
  }
}

const between = (start: number, end: number) =>
  longTasks.filter((t) => t.end > start && t.start < end);
const longestBetween = (start: number, end: number) =>
  between(start, end).reduce((max, t) => Math.max(max, t.end - t.start), 0);

const probe: BenchProbe = {
  waitForInstall: (timeoutMs) =>
    until((): InstallInfo | null => {
      const entry = performance.getEntriesByName('reperes:pack-install')[0] as
        | PerformanceMeasure
        | undefined;
      if (!entry) return null;
      return {
        ms: entry.duration,
        detail: entry.detail,
        longestTaskDuringMs: longestBetween(entry.startTime, entry.startTime + entry.duration),
        longTasksDuring: between(entry.startTime, entry.startTime + entry.duration)
          .sort((a, b) => b.end - b.start - (a.end - a.start))
          .slice(0, 5)
          .map((t) => ({
            atMs: Math.round(t.start - entry.startTime),
            durationMs: Math.round(t.end - t.start),
          })),
        longestTaskOverallMs: longestBetween(0, performance.now()),
      };
    }, timeoutMs),

  waitForQuery: (q, timeoutMs) =>
    until((): QueryFigure | null => {
      const post = lastPost(q.trim());
      const reply = post && replies.get(post.seq);
      if (!post || !reply || !onScreen(reply)) return null;
      const measure = measureMs(post.seq);
      return {
        q,
        ms: measure?.duration ?? reply.at - post.at,
        workerMs: reply.workerMs,
        total: reply.total,
        top10: domTop10(),
      };
    }, timeoutMs),

  waitForColdResults: async (q, timeoutMs) => {
    const found = await until(() => {
      const post = posts.find((p) => p.q === q.trim() && (replies.get(p.seq)?.total ?? 0) > 0);
      return post && shownAt !== null ? post : null;
    }, timeoutMs);
    const first = posts.find((p) => p.q === q.trim());
    const measure = found ? measureMs(found.seq) : null;
    const nav = performance.getEntriesByType('navigation')[0] as
      | PerformanceNavigationTiming
      | undefined;
    const figure: ColdFigure = {
      q,
      responseEndMs: nav ? nav.responseEnd : null,
      domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : null,
      firstPostMs: first?.at ?? null,
      firstResultsMs: measure ? measure.start + measure.duration : null,
      shownMs: shownAt,
      workerMs: found ? (replies.get(found.seq)?.workerMs ?? null) : null,
      total: found ? (replies.get(found.seq)?.total ?? -1) : -1,
    };
    return figure;
  },
};
(window as unknown as ProbeWindow).reperesBench = probe;
