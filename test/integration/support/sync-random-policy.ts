import type { FaultAction, FaultPolicy } from '../../support/fault-proxy';

/** mulberry32: a tiny seeded PRNG, enough to replay a run from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Picks one entry with probability proportional to its weight. */
export function weighted<T>(random: () => number, choices: Array<[number, T]>): T {
  const total = choices.reduce((sum, [w]) => sum + w, 0);
  let x = random() * total;
  for (const [w, value] of choices) {
    x -= w;
    if (x < 0) return value;
  }
  const last = choices.at(-1);
  if (!last) throw new Error('weighted: no choices');
  return last[1];
}

/**
 * Faults for log uploads (other requests pass), drawn from the run's PRNG; `kill` is called
 * right after a batch reached the server, for a crash mid-batch.
 */
export function randomLogFaults(random: () => number, kill: () => void): FaultPolicy {
  return (req) => {
    if (req.method !== 'POST' || req.path !== '/api/logs') return { kind: 'pass' };
    return weighted<FaultAction>(random, [
      [40, { kind: 'pass' }],
      [8, { kind: 'status', status: 500 }],
      [8, { kind: 'status', status: 503 }],
      [5, { kind: 'hang' }],
      [15, { kind: 'drop-after-commit' }],
      [10, { kind: 'twice' }],
      [8, { kind: 'delay', ms: Math.floor(random() * 300) }],
      [3, { kind: 'pass', onForwarded: kill }],
    ]);
  };
}
