import { ReferenceDb } from '../db/reference-db';
import { installFromManifest } from './install-from-manifest';
import type { PackWorkerReply, PackWorkerRequest } from './pack-worker-protocol';

// The client tsconfig types `self` as a Window; this file runs as a dedicated worker.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PackWorkerRequest>) => void) | null;
  postMessage(reply: PackWorkerReply): void;
};

const db = new ReferenceDb();

scope.onmessage = (event) => {
  void installFromManifest(db, event.data.manifest).then((reply) => scope.postMessage(reply));
};
