/**
 * Runs `task` while holding a cross-tab lock; returns null without running it when another
 * tab holds the lock. Where Web Locks is missing (old browsers) the task runs unguarded:
 * the server's idempotent upserts keep that safe, only less efficient.
 */
export async function withLockIfFree<T>(name: string, task: () => Promise<T>): Promise<T | null> {
  if (!('locks' in navigator) || !navigator.locks) return task();
  return navigator.locks.request(name, { ifAvailable: true }, async (lock) =>
    lock ? task() : null,
  );
}
