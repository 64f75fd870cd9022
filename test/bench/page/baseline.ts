/**
 * The baselines, in a page of the app's origin (bundled by bench-static.ts): what a plain
 * Dexie import and a MiniSearch index with its documented defaults cost on the same data.
 */
import Dexie from 'dexie';
import MiniSearch from 'minisearch';
import type { BaselineApi, BaselineWindow } from './page-api';

interface Doc {
  id: string;
  nom: string;
  description: string;
}

const OPTIONS = {
  fields: ['nom', 'description'],
  storeFields: [],
  searchOptions: { prefix: true, fuzzy: 0.2 },
};
const DB_NAME = `baseline-${Date.now()}`;

const longTasks: Array<{ start: number; end: number }> = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
}).observe({ type: 'longtask', buffered: true });

/** Long-task entries arrive after the task: give the observer a turn before reading them. */
async function longestSince(start: number): Promise<number> {
  await new Promise((r) => setTimeout(r, 100));
  return longTasks
    .filter((t) => t.end > start)
    .reduce((max, t) => Math.max(max, t.end - t.start), 0);
}

/**
 * Work started by a DevTools evaluate is not reported as a long task; starting it from a timer
 * makes it an ordinary task, as an app's would be.
 */
const inTask = () => new Promise((r) => setTimeout(r, 0));

let services: Doc[] = [];
let index: MiniSearch<Doc> | null = null;

function openDb(): Dexie {
  const db = new Dexie(DB_NAME);
  db.version(1).stores({ services: 'id' });
  return db;
}

const api: BaselineApi = {
  async load(url) {
    await inTask();
    const started = performance.now();
    services = ((await (await fetch(url)).json()) as { services: Doc[] }).services;
    const ms = performance.now() - started;
    return { ms, services: services.length, longestTaskMs: await longestSince(started) };
  },

  async dexieImport() {
    await inTask();
    const db = openDb();
    const started = performance.now();
    await db.table('services').bulkPut(services);
    const ms = performance.now() - started;
    db.close();
    return { ms, longestTaskMs: await longestSince(started) };
  },

  async buildIndex() {
    await inTask();
    const started = performance.now();
    index = new MiniSearch<Doc>(OPTIONS);
    index.addAll(services);
    const ms = performance.now() - started;
    return { ms, longestTaskMs: await longestSince(started) };
  },

  search(queries) {
    const out = { ms: [] as number[], top10: [] as string[][] };
    for (const q of queries) {
      const started = performance.now();
      const hits = index?.search(q) ?? [];
      out.ms.push(performance.now() - started);
      out.top10.push(hits.slice(0, 10).map((hit) => String(hit.id)));
    }
    return out;
  },

  async coldIndex(q) {
    await inTask();
    const db = openDb();
    const started = performance.now();
    const rows = (await db.table('services').toArray()) as Doc[];
    const read = performance.now();
    const fresh = new MiniSearch<Doc>(OPTIONS);
    fresh.addAll(rows);
    const built = performance.now();
    fresh.search(q);
    db.close();
    return { readMs: read - started, buildMs: built - read, queryMs: performance.now() - built };
  },

  dropPack() {
    services = [];
  },
};
(window as unknown as BaselineWindow).reperesBaseline = api;
