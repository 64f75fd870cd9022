import { installPack, removeInactivePacks } from '../db/pack-install';
import type { ReferenceDb } from '../db/reference-db';
import { downloadVerifiedPack } from './pack-download';
import { PackInstallError } from './pack-errors';
import type { PackManifest } from './pack-manifest';
import type { PackWorkerReply } from './pack-worker-protocol';

/** The whole install, wherever it runs (dedicated worker, or the page as a fallback). */
export async function installFromManifest(
  db: ReferenceDb,
  manifest: PackManifest,
  fetchImpl: typeof fetch = fetch,
): Promise<PackWorkerReply> {
  try {
    const pack = await downloadVerifiedPack(manifest, fetchImpl);
    await installPack(db, pack, manifest.sha256);
    await removeInactivePacks(db);
    return { type: 'installed', version: pack.meta.version };
  } catch (error) {
    if (error instanceof PackInstallError) {
      return { type: 'failed', reason: error.reason, detail: error.detail };
    }
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { type: 'failed', reason: 'storage', detail };
  }
}
