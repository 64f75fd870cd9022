import { HOURS_WINDOW_DAYS } from '../../shared/opening-hours/compile-hours';
import { compileDistinctHours } from './pack-install';
import type { ReferenceDb } from './reference-db';

/** Compiles the active pack's hours again from today, replacing the old window in one transaction. */
export async function recompileHours(
  db: ReferenceDb,
  version: string,
  now = new Date(),
): Promise<void> {
  const services = await db.services.where('pack').equals(version).toArray();
  const hours = compileDistinctHours({ services }, now);
  await db.transaction('rw', db.hours, db.packs, async () => {
    await db.hours.where('pack').equals(version).delete();
    await db.hours.bulkPut(hours.map(([text, compiled]) => ({ pack: version, text, compiled })));
    await db.packs.update(version, { hoursUntil: now.getTime() + HOURS_WINDOW_DAYS * 86_400_000 });
  });
}
