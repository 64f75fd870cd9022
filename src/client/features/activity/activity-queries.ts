import { workerDb } from '../../db/databases';
import type { StoredLog } from '../../db/worker-db';

/** Only the signed-in worker's logs: several workers share one tablet. */
export async function myLogs(userId: string): Promise<StoredLog[]> {
  const rows = await workerDb.logs.where('authorId').equals(userId).toArray();
  return rows.sort((a, b) => b.log.day.localeCompare(a.log.day) || b.updatedAt - a.updatedAt);
}

/** Logs "à suivre" with a follow-up date, soonest first. */
export function followUps(logs: StoredLog[]): StoredLog[] {
  return logs
    .filter((r) => !r.log.cancelled && r.log.outcome === 'a-suivre')
    .sort((a, b) => (a.log.followUpDay ?? '9999').localeCompare(b.log.followUpDay ?? '9999'));
}

export interface StorageInfo {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Asks the browser to keep the app's data under storage pressure, and says what it answered. */
export async function storageInfo(): Promise<StorageInfo> {
  const storage = navigator.storage;
  if (!storage) return { persisted: null, usage: null, quota: null };
  const persisted = (await storage.persisted?.()) || (await storage.persist?.()) || false;
  const estimate = await storage.estimate?.();
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
