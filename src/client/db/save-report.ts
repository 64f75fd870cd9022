import { uuidv7 } from 'uuidv7';
import { parisDay } from '../../shared/paris-day';
import type { ReportReason } from '../../shared/reports/report-schema';
import type { WorkerDb } from './worker-db';

/**
 * The record and its outbox entry are written in one transaction: when this resolves, the
 * report is durable on the device and queued, and only then may the UI say "enregistré".
 */
export async function saveReport(
  db: WorkerDb,
  input: { serviceId: string; packVersion: string; reason: ReportReason; authorId: string },
): Promise<string> {
  const id = uuidv7();
  const now = Date.now();
  await db.transaction('rw', db.reports, db.outbox, async () => {
    await db.reports.add({
      ...input,
      id,
      day: parisDay(Date.now()),
      state: 'pending',
      createdAt: now,
    });
    await db.outbox.add({ id, kind: 'report', authorId: input.authorId, queuedAt: now });
  });
  return id;
}
