/** Open/closed status from CompiledHours. Tiny and library-free: this is what the UI imports. */
import type { CompiledHours } from './compiled-hours.ts';

export type { CompiledHours } from './compiled-hours.ts';

export type HoursStatus =
  /** closesAt null: still open at the end of the compiled window. */
  | { state: 'open'; closesAt: number | null }
  /** opensAt null: no opening before the end of the compiled window. */
  | { state: 'closed'; opensAt: number | null }
  /** Unparseable, no hours, or `now` outside the window: show the hours as written. */
  | { state: 'unknown' };

export function hoursStatus(compiled: CompiledHours | undefined, now: Date): HoursStatus {
  const t = now.getTime();
  if (compiled?.kind !== 'intervals' || t < compiled.from || t >= compiled.until) {
    return { state: 'unknown' };
  }
  const { intervals, until } = compiled;
  // First interval ending after now (binary search: 120 days can hold a few hundred intervals).
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const iv = intervals[mid];
    if (iv && iv[1] <= t) lo = mid + 1;
    else hi = mid;
  }
  const next = intervals[lo];
  if (!next) return { state: 'closed', opensAt: null };
  if (next[0] <= t) return { state: 'open', closesAt: next[1] >= until ? null : next[1] };
  return { state: 'closed', opensAt: next[0] };
}

export function isOpenNow(compiled: CompiledHours | undefined, now: Date): boolean {
  return hoursStatus(compiled, now).state === 'open';
}
