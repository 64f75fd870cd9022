import type { ServiceBookmark, WorkerDb } from './worker-db';

export const RECENTS_KEPT = 15;

export async function toggleFavourite(
  db: WorkerDb,
  serviceId: string,
  nom: string,
): Promise<boolean> {
  return db.transaction('rw', db.favourites, async () => {
    if (await db.favourites.get(serviceId)) {
      await db.favourites.delete(serviceId);
      return false;
    }
    await db.favourites.put({ serviceId, nom, at: Date.now() });
    return true;
  });
}

/** Remembers a service page the worker opened; only the latest few are kept. */
export async function rememberViewed(db: WorkerDb, serviceId: string, nom: string): Promise<void> {
  await db.transaction('rw', db.recents, async () => {
    await db.recents.put({ serviceId, nom, at: Date.now() });
    const stale = await db.recents.orderBy('at').reverse().offset(RECENTS_KEPT).primaryKeys();
    await db.recents.bulkDelete(stale);
  });
}

export async function listBookmarks(
  db: WorkerDb,
): Promise<{ favourites: ServiceBookmark[]; recents: ServiceBookmark[] }> {
  const [favourites, recents] = await Promise.all([
    db.favourites.orderBy('at').reverse().toArray(),
    db.recents.orderBy('at').reverse().toArray(),
  ]);
  return { favourites, recents };
}
