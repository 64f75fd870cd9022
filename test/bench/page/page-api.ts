/** What the bench's in-page bundles put on `window`, and what they answer. */

export interface InstallInfo {
  /** The app's `reperes:pack-install` measure. */
  ms: number;
  /** The install worker's answer (installed or failed, with the reason). */
  detail: unknown;
  /** Longest main-thread task overlapping the install. */
  longestTaskDuringMs: number;
  /** The five longest of those, from the install's start. */
  longTasksDuring: Array<{ atMs: number; durationMs: number }>;
  /** Longest main-thread task since the page opened (boot included). */
  longestTaskOverallMs: number;
}

export interface QueryFigure {
  q: string;
  /** The app's `reperes:directory-query` measure for the query whose text is `q`. */
  ms: number;
  /** Part of `ms` from the worker's handler receiving the query to its answer. */
  workerMs: number | null;
  total: number;
  /** Ids of the first ten links of `.service-list`, once they show this query's answer. */
  top10: string[];
}

export interface ColdFigure {
  q: string;
  /** From navigation start to the page's HTML received (from the service worker) and parsed. */
  responseEndMs: number | null;
  domContentLoadedMs: number | null;
  /** From navigation start to the app posting its first query with this text. */
  firstPostMs: number | null;
  /** From navigation start to the end of the first `reperes:directory-query` with results. */
  firstResultsMs: number | null;
  /** From navigation start to the count and links of results on screen. */
  shownMs: number | null;
  /** Time the directory worker took for that first answer (loading the pack included). */
  workerMs: number | null;
  total: number;
}

export interface BenchProbe {
  waitForInstall(timeoutMs: number): Promise<InstallInfo | null>;
  waitForQuery(q: string, timeoutMs: number): Promise<QueryFigure | null>;
  waitForColdResults(q: string, timeoutMs: number): Promise<ColdFigure>;
}

export interface BaselineSearch {
  ms: number[];
  top10: string[][];
}

export interface BaselineApi {
  /** fetch + JSON.parse of the pack, kept for the next steps. */
  load(url: string): Promise<{ ms: number; services: number; longestTaskMs: number }>;
  /** A plain Dexie `bulkPut` of the services into a fresh database. */
  dexieImport(): Promise<{ ms: number; longestTaskMs: number }>;
  /** MiniSearch with its documented defaults on name and description. */
  buildIndex(): Promise<{ ms: number; longestTaskMs: number }>;
  search(queries: string[]): BaselineSearch;
  /** Reads the services back from IndexedDB, builds the index, answers `q`: its usable search. */
  coldIndex(q: string): Promise<{ readMs: number; buildMs: number; queryMs: number }>;
  /** Drops the parsed pack, so that the heap left is the index's. */
  dropPack(): void;
}

export type ProbeWindow = Window & { reperesBench: BenchProbe };
export type BaselineWindow = Window & { reperesBaseline: BaselineApi };
