/**
 * Shared opening-hours cases, run by one test file per process time zone (see the
 * opening-hours*.test.ts files, each of which sets process.env.TZ first).
 */
import { describe, expect, it } from 'vitest';
import { buildDemoPack } from '../../src/content/build-demo-pack';
import {
  type CompiledHours,
  compileAllHours,
  compileHours,
  HOURS_WINDOW_DAYS,
} from '../../src/shared/opening-hours/compile-hours';
import { formatHoursStatus } from '../../src/shared/opening-hours/format-hours-status';
import { hoursStatus, isOpenNow } from '../../src/shared/opening-hours/hours-status';

const OFFICE = 'Mo-Fr 08:30-12:00,13:30-17:00';
const OFFICE_PH = `${OFFICE}; PH off`;
const at = (iso: string) => new Date(iso);
const ms = (iso: string) => Date.parse(iso);

/** Compiled a few days before `now`, as a pack installed last week would be. */
function compiledAt(horaires: string, now: string): CompiledHours {
  return compileHours(horaires, new Date(ms(now) - 5 * 86_400_000), HOURS_WINDOW_DAYS);
}

function label(horaires: string, now: string): string | null {
  return formatHoursStatus(hoursStatus(compiledAt(horaires, now), at(now)), at(now));
}

function intervals(c: CompiledHours): Array<[number, number]> {
  if (c.kind !== 'intervals') throw new Error(`expected intervals, got ${c.kind}`);
  return c.intervals;
}

export function openingHoursCases(zone: string, januaryOffsetMinutes: number): void {
  describe(`opening hours, process TZ ${zone}`, () => {
    it('really runs in that time zone', () => {
      expect(process.env.TZ).toBe(zone);
      expect(new Date('2026-01-01T12:00:00Z').getTimezoneOffset()).toBe(januaryOffsetMinutes);
    });

    it('office hours: open, lunch break, evening, weekend', () => {
      // 2026-01-12 is a Monday.
      expect(label(OFFICE, '2026-01-12T11:40:00+01:00')).toBe('Ouvert · ferme à 12 h');
      expect(label(OFFICE, '2026-01-12T12:15:00+01:00')).toBe('Fermé · ouvre à 13 h 30');
      expect(label(OFFICE, '2026-01-12T15:00:00+01:00')).toBe('Ouvert · ferme à 17 h');
      expect(label(OFFICE, '2026-01-12T18:00:00+01:00')).toBe('Fermé · ouvre demain à 8 h 30');
      expect(label(OFFICE, '2026-01-12T07:00:00+01:00')).toBe('Fermé · ouvre à 8 h 30');
      expect(label(OFFICE, '2026-01-17T10:00:00+01:00')).toBe('Fermé · ouvre lundi à 8 h 30');
      expect(label('Mo-Fr 09:00-17:30', '2026-01-12T16:00:00+01:00')).toBe(
        'Ouvert · ferme à 17 h 30',
      );
      expect(
        isOpenNow(compiledAt(OFFICE, '2026-01-12T12:00:00+01:00'), at('2026-01-12T12:00:00+01:00')),
      ).toBe(false);
      expect(
        isOpenNow(compiledAt(OFFICE, '2026-01-12T11:59:00+01:00'), at('2026-01-12T11:59:00+01:00')),
      ).toBe(true);
    });

    it('intervals are real instants in Paris time', () => {
      const c = compileHours(OFFICE, at('2026-01-12T00:00:00+01:00'), 1);
      expect(c).toEqual({
        kind: 'intervals',
        from: ms('2026-01-12T00:00:00+01:00'),
        until: ms('2026-01-13T00:00:00+01:00'),
        intervals: [
          [ms('2026-01-12T08:30:00+01:00'), ms('2026-01-12T12:00:00+01:00')],
          [ms('2026-01-12T13:30:00+01:00'), ms('2026-01-12T17:00:00+01:00')],
        ],
      });
    });

    it('French public holidays close when the hours say PH off, not otherwise', () => {
      // Friday 2026-12-25 (Noël); Thursday evening the next opening skips to Monday.
      expect(label(OFFICE_PH, '2026-12-25T11:00:00+01:00')).toBe('Fermé · ouvre lundi à 8 h 30');
      expect(label(OFFICE_PH, '2026-12-24T18:00:00+01:00')).toBe('Fermé · ouvre lundi à 8 h 30');
      expect(label(OFFICE, '2026-12-25T11:00:00+01:00')).toBe('Ouvert · ferme à 12 h');
      // Monday 2027-03-29, Lundi de Pâques, the day after the spring DST change.
      expect(label(OFFICE_PH, '2027-03-29T10:00:00+02:00')).toBe('Fermé · ouvre demain à 8 h 30');
      expect(label(OFFICE, '2027-03-29T10:00:00+02:00')).toBe('Ouvert · ferme à 12 h');
      // 1 May 2026 (Friday), 14 July 2026 (Tuesday).
      expect(label(OFFICE_PH, '2026-05-01T10:00:00+02:00')).toBe('Fermé · ouvre lundi à 8 h 30');
      expect(label(OFFICE_PH, '2026-07-14T10:00:00+02:00')).toBe('Fermé · ouvre demain à 8 h 30');
    });

    it('a night opening past midnight', () => {
      const night = 'Fr 22:00-02:00';
      expect(label(night, '2026-01-09T23:00:00+01:00')).toBe('Ouvert · ferme à 2 h');
      expect(label(night, '2026-01-10T01:00:00+01:00')).toBe('Ouvert · ferme à 2 h');
      expect(label(night, '2026-01-10T03:00:00+01:00')).toBe('Fermé · ouvre vendredi à 22 h');
      expect(label(night, '2026-01-09T21:00:00+01:00')).toBe('Fermé · ouvre à 22 h');
      const c = compileHours(night, at('2026-01-09T12:00:00+01:00'), 1);
      expect(intervals(c)).toEqual([
        [ms('2026-01-09T22:00:00+01:00'), ms('2026-01-10T02:00:00+01:00')],
      ]);
    });

    it('nth weekday of the month, and dates beyond a week', () => {
      // Thursdays of January 2026: 1, 8, 15…; of February: 5, 12…
      const second = 'Th[2] 14:00-17:00';
      expect(label(second, '2026-01-08T15:00:00+01:00')).toBe('Ouvert · ferme à 17 h');
      expect(label(second, '2026-01-15T15:00:00+01:00')).toBe('Fermé · ouvre le 12 février à 14 h');
      expect(label(second, '2026-02-06T10:00:00+01:00')).toBe('Fermé · ouvre jeudi à 14 h');
      // 2027-01-14 is the second Thursday of January 2027.
      expect(label('Th[2] 09:00-12:00', '2026-12-20T10:00:00+01:00')).toBe(
        'Fermé · ouvre le 14 janvier à 9 h',
      );
      // 2026-10-01 is the first Thursday of October.
      expect(label('Th[1] 09:30-11:30', '2026-09-10T10:00:00+02:00')).toBe(
        'Fermé · ouvre le 1er octobre à 9 h 30',
      );
      expect(label('We[2,4] 09:00-12:00; PH off', '2026-01-14T10:00:00+01:00')).toBe(
        'Ouvert · ferme à 12 h',
      );
      expect(label('We[2,4] 09:00-12:00; PH off', '2026-01-21T10:00:00+01:00')).toBe(
        'Fermé · ouvre le 28 janvier à 9 h',
      );
    });

    it('Paris DST weeks: autumn 2026-10-25 and spring 2027-03-28', () => {
      expect(label(OFFICE, '2026-10-23T18:00:00+02:00')).toBe('Fermé · ouvre lundi à 8 h 30');
      const autumn = compileHours(OFFICE, at('2026-10-23T00:00:00+02:00'), 4);
      expect(intervals(autumn)).toEqual([
        [ms('2026-10-23T08:30:00+02:00'), ms('2026-10-23T12:00:00+02:00')],
        [ms('2026-10-23T13:30:00+02:00'), ms('2026-10-23T17:00:00+02:00')],
        [ms('2026-10-26T08:30:00+01:00'), ms('2026-10-26T12:00:00+01:00')],
        [ms('2026-10-26T13:30:00+01:00'), ms('2026-10-26T17:00:00+01:00')],
      ]);
      // A night that spans the change: 7 real hours in autumn, 5 in spring.
      const autumnNight = intervals(
        compileHours('Sa 22:00-04:00', at('2026-10-24T12:00:00+02:00'), 1),
      );
      expect(autumnNight).toEqual([
        [ms('2026-10-24T22:00:00+02:00'), ms('2026-10-25T04:00:00+01:00')],
      ]);
      const springNight = intervals(
        compileHours('Sa 22:00-04:00', at('2027-03-27T12:00:00+01:00'), 1),
      );
      expect(springNight).toEqual([
        [ms('2027-03-27T22:00:00+01:00'), ms('2027-03-28T04:00:00+02:00')],
      ]);
      expect(label(OFFICE, '2027-03-26T18:00:00+01:00')).toBe('Fermé · ouvre lundi à 8 h 30');
      const spring = hoursStatus(
        compiledAt(OFFICE, '2027-03-26T18:00:00+01:00'),
        at('2027-03-26T18:00:00+01:00'),
      );
      expect(spring).toEqual({ state: 'closed', opensAt: ms('2027-03-29T08:30:00+02:00') });
    });

    it('the "; PH off" shortcut gives what the library gives', () => {
      // A repeated "; PH off" keeps the meaning but is not "simple", so it takes the library path.
      const texts = new Set(buildDemoPack().services.flatMap((s) => s.horaires ?? []));
      texts.add('Fr 22:00-02:00; PH off').add('Mo-Su 00:00-24:00; PH off').add(`${OFFICE_PH}`);
      const from = at('2026-03-01T00:00:00+01:00');
      let checked = 0;
      for (const text of texts) {
        if (!text.endsWith('; PH off')) continue;
        const fast = compileHours(text, from, 400);
        expect(fast, text).toEqual(compileHours(`${text}; PH off`, from, 400));
        expect(intervals(fast).length, text).toBeGreaterThan(0);
        checked++;
      }
      expect(checked).toBeGreaterThan(30);
    });

    it('touching and overlapping intervals merge', () => {
      const c = compileHours(
        'Mo 08:00-12:00, Mo 11:00-14:00, Mo 14:00-15:00',
        at('2026-01-12T00:00:00+01:00'),
        1,
      );
      expect(intervals(c)).toEqual([
        [ms('2026-01-12T08:00:00+01:00'), ms('2026-01-12T15:00:00+01:00')],
      ]);
      expect(label('24/7', '2026-01-12T10:00:00+01:00')).toBe('Ouvert');
      expect(label('off', '2026-01-12T10:00:00+01:00')).toBe('Fermé');
    });

    it('unparseable or free-text hours are never shown as closed', () => {
      for (const text of ['sur rendez-vous', 'lundi matin', 'Mo 10:00-12:00 "sur rendez-vous"']) {
        const c = compiledAt(text, '2026-01-12T10:00:00+01:00');
        expect(c, text).toEqual({ kind: 'unparseable' });
        const status = hoursStatus(c, at('2026-01-12T10:00:00+01:00'));
        expect(status).toEqual({ state: 'unknown' });
        expect(formatHoursStatus(status, at('2026-01-12T10:00:00+01:00'))).toBeNull();
      }
      expect(hoursStatus(undefined, at('2026-01-12T10:00:00+01:00'))).toEqual({ state: 'unknown' });
    });

    it('outside the compiled window the status is unknown', () => {
      const c = compileHours(OFFICE, at('2026-01-12T00:00:00+01:00'), 7);
      expect(hoursStatus(c, at('2026-01-11T10:00:00+01:00'))).toEqual({ state: 'unknown' });
      expect(hoursStatus(c, at('2026-01-19T10:00:00+01:00'))).toEqual({ state: 'unknown' });
      // Last opening of the window is Friday; Saturday has no opening left inside it.
      expect(hoursStatus(c, at('2026-01-17T10:00:00+01:00'))).toEqual({
        state: 'closed',
        opensAt: null,
      });
    });

    it('every demo-pack service with hours compiles to intervals', () => {
      const pack = buildDemoPack();
      const compiled = compileAllHours(
        pack.services,
        at('2026-01-12T00:00:00+01:00'),
        HOURS_WINDOW_DAYS,
      );
      const withHours = pack.services.filter((s) => s.horaires);
      expect(Object.keys(compiled)).toHaveLength(withHours.length);
      expect(withHours.length).toBeGreaterThan(150);
      const unparseable = withHours.filter((s) => compiled[s.id]?.kind !== 'intervals');
      expect(unparseable.map((s) => s.horaires)).toEqual([]);
      for (const s of withHours) {
        // Every demo service opens at least once in 120 days.
        expect(
          intervals(compiled[s.id] ?? { kind: 'unparseable' }).length,
          s.horaires,
        ).toBeGreaterThan(0);
      }
    });
  });
}
