/**
 * Compiles OSM `opening_hours` strings into CompiledHours. Pulls in the opening_hours library
 * (~1 MB of holiday tables), so only the pack-install worker may import this module.
 *
 * Time zones: the library reads and builds Dates through their *local* fields. We hand it Dates
 * whose local fields equal Paris wall-clock time, then turn each returned Date's local fields
 * back into a real instant with Intl (paris-time.ts). Result is correct whatever the runtime
 * zone, with one residual edge: a Paris wall time that falls inside the *device's* own DST gap
 * (e.g. 02:30 on the device's spring-forward night) cannot exist as a local Date and is shifted
 * by the gap. Solar times (sunrise…) would also be off by the device/Paris offset difference.
 */
import OpeningHours from 'opening_hours';
import type { CompiledHours } from './compiled-hours.ts';
import { parisFields, parisWallToInstant } from './paris-time.ts';

export type { CompiledHours } from './compiled-hours.ts';
export { HOURS_RECOMPILE_BEFORE_DAYS, HOURS_WINDOW_DAYS } from './compiled-hours.ts';

const DAY_MS = 86_400_000;

// Pays de Grasse: country and region select French public holidays; lat/lon serve solar times.
const GRASSE = {
  lat: 43.6589,
  lon: 6.9237,
  address: { country_code: 'fr', state: "Provence-Alpes-Côte d'Azur" },
};

/** A Date whose local fields are the Paris wall-clock time of `instant`. */
function parisAsLocal(instant: number): Date {
  const f = parisFields(instant);
  return new Date(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
}

/** The real instant of a Date whose local fields hold a Paris wall-clock time. */
function localAsParis(d: Date): number {
  return parisWallToInstant(
    Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()),
  );
}

type Interval = [number, number];

/** Open intervals per the library, clipped and merged; null when the hours are not understood. */
function libraryIntervals(horaires: string, start: number, until: number): Interval[] | null {
  let raw: Array<[Date, Date, boolean, string | undefined]>;
  try {
    raw = new OpeningHours(horaires, GRASSE).getOpenIntervals(
      parisAsLocal(start),
      parisAsLocal(until),
    );
  } catch {
    return null;
  }
  const out: Interval[] = [];
  for (const [open, close, unknown] of raw) {
    // Free text such as "sur rendez-vous" parses as an all-time "unknown" state: show as written.
    if (unknown) return null;
    const a = Math.max(start, localAsParis(open));
    const b = Math.min(until, localAsParis(close));
    if (b <= a) continue;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** `a` minus `b`, both sorted and disjoint (`b` is a handful of holidays). */
function subtract(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [start, end] of a) {
    let cur = start;
    for (const [bs, be] of b) {
      if (be <= cur) continue;
      if (bs >= end) break;
      if (bs > cur) out.push([cur, bs]);
      cur = be;
    }
    if (cur < end) out.push([cur, end]);
  }
  return out;
}

// "…; PH off" is the commonest form, and the library recomputes the year's holidays at every
// state change (≈4 ms per service over 120 days). When the other rules are plain weekday/time
// ranges that stay within the day, removing whole holiday days ourselves gives the same result
// ~8× faster (checked against the library in the tests).
const PH_OFF = /^(.*?)\s*;\s*PH off\s*$/;
const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:\\[[1-5](?:,[1-5])*\\])?';
const RANGE = '(\\d\\d:\\d\\d)-(\\d\\d:\\d\\d)';
const SIMPLE_RULE = new RegExp(`^${DAY}(?:[-,]${DAY})* ${RANGE}(?:,${RANGE})*$`);
const RANGES = new RegExp(RANGE, 'g');

function isSimple(rules: string): boolean {
  return rules.split(/\s*;\s*/).every((rule) => {
    if (!SIMPLE_RULE.test(rule)) return false;
    for (const [, open = '', close = ''] of rule.matchAll(RANGES)) if (close <= open) return false;
    return true;
  });
}

let holidayCache: { key: string; days: Interval[] | null } | undefined;

function publicHolidays(start: number, until: number): Interval[] | null {
  const key = `${start}/${until}`;
  if (holidayCache?.key !== key) holidayCache = { key, days: libraryIntervals('PH', start, until) };
  return holidayCache.days;
}

export function compileHours(horaires: string, from: Date, days: number): CompiledHours {
  const start = from.getTime();
  const until = start + days * DAY_MS;
  const rest = PH_OFF.exec(horaires)?.[1];
  const holidays = rest && isSimple(rest) ? publicHolidays(start, until) : null;
  const open = rest && holidays ? libraryIntervals(rest, start, until) : null;
  const intervals =
    open && holidays ? subtract(open, holidays) : libraryIntervals(horaires, start, until);
  return intervals ? { kind: 'intervals', from: start, until, intervals } : { kind: 'unparseable' };
}

export type ServiceHoursInput = { id: string; horaires?: string | undefined };

/** Compiles every service that has hours; identical strings are compiled once. */
export function compileAllHours(
  services: readonly ServiceHoursInput[],
  from: Date,
  days: number,
): Record<string, CompiledHours> {
  const byText = new Map<string, CompiledHours>();
  const out: Record<string, CompiledHours> = {};
  for (const s of services) {
    if (s.horaires === undefined || s.horaires.trim() === '') continue;
    let compiled = byText.get(s.horaires);
    if (!compiled) {
      compiled = compileHours(s.horaires, from, days);
      byText.set(s.horaires, compiled);
    }
    out[s.id] = compiled;
  }
  return out;
}
