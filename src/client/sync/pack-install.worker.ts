import { recompileHours } from '../db/recompile-hours';
import { ReferenceDb } from '../db/reference-db';
import { installFromManifest } from './install-from-manifest';
import type { PackWorkerReply, PackWorkerRequest } from './pack-worker-protocol';

// The client tsconfig types `self` as a Window; this file runs as a dedicated worker.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PackWorkerRequest>) => void) | null;
  postMessage(reply: PackWorkerReply): void;
};

const db = new ReferenceDb();

scope.onmessage = ({ data: request }) => {
  const work =
    request.type === 'install'
      ? installFromManifest(db, request.manifest)
      : recompileHours(db, request.version).then(
          (): PackWorkerReply => ({ type: 'hours-recompiled', version: request.version }),
        );
  void work.then((reply) => scope.postMessage(reply));
};
