import Dexie, { type Table } from 'dexie';
import type { Report } from '../../shared/reports/report-schema';

export type RecordState = 'pending' | 'sending' | 'synced' | 'rejected';

export interface StoredReport extends Report {
  state: RecordState;
  /** Why the server refused it, when it did: shown to the worker, never dropped silently. */
  rejection?: string;
  createdAt: number;
  syncedAt?: number;
}

/** One entry per record still to send; written in the same transaction as the record. */
export interface OutboxEntry {
  id: string;
  kind: 'report';
  queuedAt: number;
}

export class WorkerDb extends Dexie {
  reports!: Table<StoredReport, string>;
  outbox!: Table<OutboxEntry, string>;

  constructor(name = 'reperes-worker') {
    super(name);
    this.version(1).stores({
      reports: 'id, state, createdAt',
      outbox: 'id, kind, queuedAt',
    });
  }
}
