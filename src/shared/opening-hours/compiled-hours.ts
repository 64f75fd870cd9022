/**
 * Compact, library-free form of a service's opening hours: the open intervals of a window, as
 * epoch milliseconds (real instants). Produced by compile-hours.ts at pack install time, read by
 * hours-status.ts in the UI. Kept in its own file so the UI never imports the compiler.
 */
export type CompiledHours =
  | {
      kind: 'intervals';
      /** Start of the window the intervals are valid for. */
      from: number;
      /** End of that window (exclusive); intervals are clipped to it. */
      until: number;
      /** Sorted, disjoint, non-touching [start, end) pairs. */
      intervals: Array<[number, number]>;
    }
  /** Not understood (or "unknown" per the hours themselves): the UI shows the hours as written. */
  | { kind: 'unparseable' };

/** Days compiled at pack install (kept here so the UI can read it without the parser). */
export const HOURS_WINDOW_DAYS = 120;
/** The client recompiles when fewer than this many days of the window remain. */
export const HOURS_RECOMPILE_BEFORE_DAYS = 30;
