import { ReferenceDb } from '../db/reference-db';
import { type DirectoryData, loadDirectory } from './directory-data';
import type { DirectoryQuery, DirectoryReply } from './directory-types';
import { queryDirectory } from './query-directory';

// The client tsconfig types `self` as a Window; this file runs as a dedicated worker.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DirectoryQuery>) => void) | null;
  postMessage(reply: DirectoryReply): void;
};

const db = new ReferenceDb();
let loaded: { pack: string; data: Promise<DirectoryData> } | null = null;

/** Keeps one pack in memory; a query for another pack (after a switch) loads that one. */
function dataFor(pack: string): Promise<DirectoryData> {
  if (loaded?.pack !== pack) loaded = { pack, data: loadDirectory(db, pack) };
  return loaded.data;
}

scope.onmessage = async ({ data: query }) => {
  try {
    const data = await dataFor(query.pack);
    scope.postMessage({
      type: 'result',
      seq: query.seq,
      result: queryDirectory(data, query.filters, query.now, query.limit),
    });
  } catch (error) {
    loaded = null;
    scope.postMessage({
      type: 'error',
      seq: query.seq,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
