import type { DirectoryFilters } from '../../shared/directory/directory-filters';
import type { DirectoryReply, DirectoryResult } from './directory-types';

let worker: Worker | null = null;
let nextSeq = 1;
const pending = new Map<
  number,
  { started: number; resolve: (r: DirectoryResult) => void; reject: (e: Error) => void }
>();

function directoryWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./directory.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }: MessageEvent<DirectoryReply>) => {
    const waiting = pending.get(data.seq);
    pending.delete(data.seq);
    // Named measures (query round trip, as the UI waits for it) for benchmarks and DevTools.
    if (waiting) performance.measure('reperes:directory-query', { start: waiting.started });
    if (data.type === 'result') waiting?.resolve(data.result);
    else waiting?.reject(new Error(data.message));
  };
  return worker;
}

/**
 * Asks the directory worker; the main thread never searches, so typing never waits. Callers
 * keep only the answer to their latest question.
 */
export function queryDirectory(
  pack: string,
  filters: DirectoryFilters,
  limit: number,
): Promise<DirectoryResult> {
  const seq = nextSeq++;
  return new Promise((resolve, reject) => {
    pending.set(seq, { started: performance.now(), resolve, reject });
    directoryWorker().postMessage({ type: 'query', seq, pack, filters, now: Date.now(), limit });
  });
}
