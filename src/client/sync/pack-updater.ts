import { referenceDb } from '../db/databases';
import { activePack, removeInactivePacks } from '../db/pack-install';
import { withLockIfFree } from '../platform/locks';
import { appStatus } from '../state/app-status-store';
import { installFromManifest } from './install-from-manifest';
import { fetchPackManifest } from './pack-manifest';
import type { PackWorkerReply } from './pack-worker-protocol';

export async function refreshActivePack(): Promise<void> {
  const pack = await activePack(referenceDb);
  appStatus.setState({ activePack: pack });
}

/**
 * Asks the server which pack is current and installs it when it differs from the active one.
 * Called at start and at each sync. Network failures leave everything as it is.
 */
export async function checkForPackUpdate(): Promise<void> {
  let manifest: Awaited<ReturnType<typeof fetchPackManifest>>;
  try {
    manifest = await fetchPackManifest();
  } catch {
    return;
  }
  if (!manifest) return;
  const current = await activePack(referenceDb);
  if (current?.sha256 === manifest.sha256) return;
  const found = manifest;
  await withLockIfFree('reperes-pack-install', async () => {
    appStatus.setState({ packInstalling: true });
    // Leftovers of an install interrupted by a reload or a closed tab are cleared, then retried.
    await removeInactivePacks(referenceDb);
    const started = performance.now();
    const reply = await runInstall(found);
    // A named measure that benchmarks and DevTools can read; costs nothing otherwise.
    performance.measure('reperes:pack-install', { start: started, detail: reply });
    appStatus.setState({
      packInstalling: false,
      packFailure: reply.type === 'failed' ? { reason: reply.reason, detail: reply.detail } : null,
    });
    await refreshActivePack();
  });
}

function runInstall(manifest: NonNullable<Awaited<ReturnType<typeof fetchPackManifest>>>) {
  if (typeof Worker === 'undefined') return installFromManifest(referenceDb, manifest);
  return new Promise<PackWorkerReply>((resolve) => {
    const worker = new Worker(new URL('./pack-install.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<PackWorkerReply>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ type: 'failed', reason: 'storage', detail: event.message });
    };
    worker.postMessage({ type: 'install', manifest });
  });
}
