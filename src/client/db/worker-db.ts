import Dexie, { type Table } from 'dexie';
import type { ActivityLog } from '../../shared/logs/activity-log-schema';
import type { Report } from '../../shared/reports/report-schema';
import type { PasswordVerifier } from '../auth/password-verifier';

export type RecordState = 'pending' | 'sending' | 'synced' | 'rejected';

export interface StoredReport extends Report {
  state: RecordState;
  /** Who sends it: the server needs that worker's session. */
  authorId: string;
  /** Why the server refused it, when it did: shown to the worker, never dropped silently. */
  rejection?: string;
  createdAt: number;
  syncedAt?: number;
}

/** One entry per record still to send; written in the same transaction as the record. */
export interface OutboxEntry {
  id: string;
  kind: 'report' | 'log';
  authorId: string;
  queuedAt: number;
}

/** A worker who signed in on this device: enough to unlock offline and to sync their logs. */
export interface DeviceAccount {
  userId: string;
  username: string;
  name: string;
  role: 'worker' | 'coordinator' | 'admin';
  organisation: string;
  verifier: PasswordVerifier;
  /** Absent after sign-out or when the server refused it: sync then asks for the password. */
  token?: string;
  tokenExpiresAt?: number;
  lastSignInAt: number;
}

/** Who is using the tablet now, and whether it is locked in the family view (kiosk). */
export type DeviceState =
  | { key: 'current-user'; userId: string }
  | { key: 'kiosk'; on: boolean }
  | { key: 'last-commune'; insee: string };

/** A log as the device keeps it: the body, where it stands, and what the server has. */
export interface StoredLog {
  id: string;
  authorId: string;
  state: RecordState;
  log: ActivityLog;
  /** The last revision the server acknowledged (0: never sent). */
  syncedRevision: number;
  rejection?: string;
  updatedAt: number;
  syncedAt?: number;
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
  accounts!: Table<DeviceAccount, string>;
  logs!: Table<StoredLog, string>;
  deviceState!: Table<DeviceState, string>;

  constructor(name = 'reperes-worker') {
    // "strict": a write transaction completes only once flushed to disk, so a log the screen
    // called "enregistrée" survives a browser or tablet crash right after (Chromium's default
    // "relaxed" may lose the last writes).
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      reports: 'id, state, createdAt',
      outbox: 'id, kind, queuedAt',
    });
    // v2: the worker's favourite and recently viewed services, kept on the device.
    this.version(2).stores({ favourites: 'serviceId, at', recents: 'serviceId, at' });
    // v3: accounts that signed in on this device, and activity logs; outbox entries say whose.
    this.version(3).stores({
      accounts: 'userId, &username',
      logs: 'id, authorId, state, updatedAt',
      outbox: 'id, kind, queuedAt, authorId',
      deviceState: 'key',
    });
  }
}
