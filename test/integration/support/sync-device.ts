import { createLog, deleteLog, updateLog } from '../../../src/client/db/save-log';
import type { WorkerDb } from '../../../src/client/db/worker-db';
import { pushOutbox, type SyncOutcome } from '../../../src/client/sync/outbox-sync';
import type { ConfirmedLogs } from '../../support/set-check';
import { draft } from './sync-harness';

/**
 * A device used as the UI would: each create/update/delete is recorded as confirmed once the
 * client's call resolved, exactly what the worker was told.
 */
export class Device {
  constructor(
    readonly db: WorkerDb,
    readonly userId: string,
    readonly confirmed: ConfirmedLogs,
  ) {}

  async create(n: number): Promise<string> {
    const id = await createLog(this.db, this.userId, draft(n));
    await this.remember(id);
    return id;
  }

  async update(id: string, n: number): Promise<void> {
    await updateLog(this.db, id, this.userId, draft(n));
    await this.remember(id);
  }

  async remove(id: string): Promise<'deleted' | 'cancelled'> {
    const outcome = await deleteLog(this.db, id, this.userId);
    if (outcome === 'deleted') this.confirmed.set(id, 'deleted');
    else await this.remember(id);
    return outcome;
  }

  async setToken(token: string): Promise<void> {
    await this.db.accounts.update(this.userId, { token, tokenExpiresAt: Date.now() + 3_600_000 });
  }

  /** Syncs until the outbox is empty; any other end after `attempts` tries is returned. */
  async syncUntilEmpty(fetchImpl: typeof fetch, attempts = 5): Promise<SyncOutcome> {
    let outcome: SyncOutcome = { kind: 'network' };
    for (let i = 0; i < attempts; i++) {
      outcome = await pushOutbox(this.db, fetchImpl);
      if (outcome.kind === 'done' && (await this.db.outbox.count()) === 0) return outcome;
    }
    return outcome;
  }

  private async remember(id: string): Promise<void> {
    const row = await this.db.logs.get(id);
    if (!row) throw new Error(`${id} not on the device after saving`);
    this.confirmed.set(id, row.log);
  }
}
