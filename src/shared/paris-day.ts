/** Days are judged in the territory's time zone: a log made at 00:30 in Paris is "today" there. */
const PARIS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** "AAAA-MM-JJ" of an instant, in Europe/Paris. */
export function parisDay(epochMs: number): string {
  const parts = Object.fromEntries(PARIS.formatToParts(epochMs).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function utcMidnight(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
}

/** Whether an "AAAA-MM-JJ" string names a day that exists (the format check lets 02-31 pass). */
export function isCalendarDay(day: string): boolean {
  const time = utcMidnight(day);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === day;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / 86_400_000);
}
