import { HOURS_RECOMPILE_BEFORE_DAYS } from '../../shared/opening-hours/compiled-hours';
import { referenceDb } from '../db/databases';
import { activePack, removeInactivePacks } from '../db/pack-install';
import { withLockIfFree } from '../platform/locks';
import { appStatus } from '../state/app-status-store';
import { fetchPackManifest } from './pack-manifest';
import type { PackWorkerReply, PackWorkerRequest } from './pack-worker-protocol';

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
    const reply = await runInWorker({ type: 'install', manifest: found });
    // A named measure that benchmarks and DevTools can read; costs nothing otherwise.
    performance.measure('reperes:pack-install', { start: started, detail: reply });
    appStatus.setState({
      packInstalling: false,
      packFailure: reply.type === 'failed' ? { reason: reply.reason, detail: reply.detail } : null,
    });
    await refreshActivePack();
  });
}

/**
 * Opening hours are compiled for a window of weeks at install; a device that goes on with the
 * same pack gets them compiled again, in the worker, before the window runs out.
 */
export async function refreshHoursIfRunningOut(): Promise<void> {
  const pack = await activePack(referenceDb);
  const threshold = Date.now() + HOURS_RECOMPILE_BEFORE_DAYS * 86_400_000;
  if (!pack || (pack.hoursUntil ?? 0) > threshold) return;
  await withLockIfFree('reperes-pack-install', async () => {
    await runInWorker({ type: 'recompile-hours', version: pack.version });
    await refreshActivePack();
  });
}

/** The install worker holds the heavy parts (validation, hours parser, index build). */
function runInWorker(request: PackWorkerRequest) {
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
    worker.postMessage(request);
  });
}
