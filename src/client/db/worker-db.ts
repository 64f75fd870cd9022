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

/** A service the worker starred or opened; the name is kept so the list reads without the pack. */
export interface ServiceBookmark {
  serviceId: string;
  nom: string;
  at: number;
}

export class WorkerDb extends Dexie {
  reports!: Table<StoredReport, string>;
  outbox!: Table<OutboxEntry, string>;
  favourites!: Table<ServiceBookmark, string>;
  recents!: Table<ServiceBookmark, string>;

  constructor(name = 'reperes-worker') {
    super(name);
    this.version(1).stores({
      reports: 'id, state, createdAt',
      outbox: 'id, kind, queuedAt',
    });
    // v2: the worker's favourite and recently viewed services, kept on the device.
    this.version(2).stores({ favourites: 'serviceId, at', recents: 'serviceId, at' });
  }
}
