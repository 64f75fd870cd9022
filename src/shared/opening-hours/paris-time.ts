/**
 * Europe/Paris wall-clock helpers built on Intl only (no tz database shipped), so they give the
 * same answer whatever the device's own time zone is.
 */

export const PARIS_TZ = 'Europe/Paris';

export type WallFields = {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

let fieldsFormat: Intl.DateTimeFormat | undefined;

/** Paris wall-clock fields of an instant. */
export function parisFields(instant: number): WallFields {
  fieldsFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: PARIS_TZ,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const f: WallFields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of fieldsFormat.formatToParts(instant)) {
    if (part.type in f) f[part.type as keyof WallFields] = Number(part.value);
  }
  // Some engines print midnight as 24 even with h23.
  if (f.hour === 24) f.hour = 0;
  return f;
}

/** Paris calendar day number (days since 1970-01-01 in Paris), for "today/tomorrow" logic. */
export function parisDayNumber(instant: number): number {
  const f = parisFields(instant);
  return Date.UTC(f.year, f.month - 1, f.day) / DAY_MS;
}

// Paris offsets only change on whole UTC hours, so caching per UTC hour is exact.
const offsetCache = new Map<number, number>();

/** Offset of Paris from UTC at an instant, in ms (3_600_000 in winter, 7_200_000 in summer). */
export function parisOffset(instant: number): number {
  const hour = Math.floor(instant / HOUR_MS);
  let offset = offsetCache.get(hour);
  if (offset === undefined) {
    const t = hour * HOUR_MS;
    const f = parisFields(t);
    offset = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - t;
    if (offsetCache.size > 100_000) offsetCache.clear();
    offsetCache.set(hour, offset);
  }
  return offset;
}

/**
 * Instant of a Paris wall-clock time given as `Date.UTC(...)` of its fields. Like Temporal's
 * 'compatible' disambiguation: a time repeated in October takes the earlier (summer) instant, a
 * time skipped in March is pushed forward by the gap (02:30 → 03:30).
 */
export function parisWallToInstant(wallUtc: number): number {
  const before = parisOffset(wallUtc - DAY_MS);
  const after = parisOffset(wallUtc + DAY_MS);
  const early = wallUtc - before;
  if (parisOffset(early) === before) return early;
  const late = wallUtc - after;
  if (parisOffset(late) === after) return late;
  return early;
}
