/**
 * Counts failures per key (a username, an IP) in fixed windows, in memory: a restart forgets
 * them, which is acceptable for slowing down password guessing on one server. The window
 * starts at the first failure; once `max` failures are counted, the key is refused until the
 * window ends. At most `maxKeys` keys are kept (expired ones are swept first, then the oldest),
 * so a flood of distinct usernames cannot exhaust memory.
 */
export class FailureLimiter {
  private readonly entries = new Map<string, { count: number; start: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Milliseconds until the key may try again; 0 when it may now. */
  blockedFor(key: string, now: number): number {
    const entry = this.live(key, now);
    return entry && entry.count >= this.max ? entry.start + this.windowMs - now : 0;
  }

  /** Counts one failure. Done before the password check, so parallel guesses count too. */
  fail(key: string, now: number): void {
    const entry = this.live(key, now);
    if (entry) {
      entry.count += 1;
      return;
    }
    if (this.entries.size >= this.maxKeys) this.sweep(now);
    this.entries.set(key, { count: 1, start: now });
  }

  /** Takes back one failure counted in advance (the attempt succeeded). */
  forgive(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.count -= 1;
    if (entry.count <= 0) this.entries.delete(key);
  }

  reset(key: string): void {
    this.entries.delete(key);
  }

  private live(key: string, now: number) {
    const entry = this.entries.get(key);
    if (entry && now - entry.start >= this.windowMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.entries) {
      if (now - entry.start >= this.windowMs) this.entries.delete(key);
    }
    // Still full: drop the oldest keys (a Map iterates in insertion order).
    for (const key of this.entries.keys()) {
      if (this.entries.size < this.maxKeys) break;
      this.entries.delete(key);
    }
  }
}
