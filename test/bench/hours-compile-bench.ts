/**
 * `npx tsx test/bench/hours-compile-bench.ts`: how long compiling opening hours takes at pack
 * install, and how big the result is. Figures only, not part of `npm test` nor `npm run bench`.
 */
import { buildDemoPack } from '../../src/content/build-demo-pack';
import {
  compileAllHours,
  compileHours,
  HOURS_WINDOW_DAYS,
  type ServiceHoursInput,
} from '../../src/shared/opening-hours/compile-hours';

const from = new Date('2026-01-12T00:00:00+01:00');

function time(label: string, services: ServiceHoursInput[], dedupe: boolean): void {
  const t0 = performance.now();
  const out = dedupe
    ? compileAllHours(services, from, HOURS_WINDOW_DAYS)
    : Object.fromEntries(
        services.map((s) => [s.id, compileHours(s.horaires ?? '', from, HOURS_WINDOW_DAYS)]),
      );
  const ms = performance.now() - t0;
  const kb = JSON.stringify(out).length / 1024;
  console.log(
    `${label.padEnd(46)} ${ms.toFixed(0).padStart(6)} ms  ${((ms * 1000) / services.length).toFixed(0).padStart(5)} µs/service  JSON ${kb.toFixed(0)} KB`,
  );
}

const demo = buildDemoPack().services;
const office = Array.from({ length: 10_000 }, (_, i) => ({
  id: `s${i}`,
  horaires: 'Mo-Fr 08:30-12:00,13:30-17:00; PH off',
}));
// Distinct strings, so the per-string cache cannot help: prepend a Sunday rule (keeps the
// "; PH off" suffix, and its shortcut, where the demo string has one).
const varied = demo
  .filter((s) => s.horaires)
  .flatMap((s) =>
    Array.from({ length: 50 }, (_, k) => ({
      id: `${s.id}-${k}`,
      horaires: k === 0 ? s.horaires : `Su 10:${String(k).padStart(2, '0')}-11:00; ${s.horaires}`,
    })),
  )
  .slice(0, 10_000);

compileHours('Mo 09:00-10:00', from, 7); // load the library before timing
console.log(`window ${HOURS_WINDOW_DAYS} days, TZ ${process.env.TZ ?? '(system)'}`);
time('demo pack, compileAllHours', demo, true);
time('demo pack, each service compiled', demo, false);
time('10,000 × office hours, compileAllHours', office, true);
time('10,000 × office hours, each compiled', office, false);
time(`${varied.length} distinct strings (demo-based)`, varied, true);
