import { createStore } from 'zustand/vanilla';
import type { InstalledPack } from '../db/reference-db';
import type { PackFailureReason } from '../sync/pack-errors';

export type Connection = 'unknown' | 'online' | 'offline' | 'server-down';

export interface AppStatus {
  connection: Connection;
  /** When the next automatic attempt is due, after a failure. */
  nextRetryAt: number | null;
  pendingCount: number;
  /** Logs the server refused: shown until fixed and sent again. */
  refusedCount: number;
  syncing: boolean;
  lastSyncAt: number | null;
  updateAvailable: boolean;
  /** Another tab opened a newer database schema: this one must reload. */
  reloadRequired: boolean;
  activePack: InstalledPack | null;
  packInstalling: boolean;
  packFailure: { reason: PackFailureReason; detail: string } | null;
  /** The pack version the current screen was rendered from: changes only on navigation. */
  displayedPack: string | null;
}

/** UI and session state only: records themselves live in IndexedDB. */
export const appStatus = createStore<AppStatus>(() => ({
  connection: 'unknown',
  nextRetryAt: null,
  pendingCount: 0,
  refusedCount: 0,
  syncing: false,
  lastSyncAt: null,
  updateAvailable: false,
  reloadRequired: false,
  activePack: null,
  packInstalling: false,
  packFailure: null,
  displayedPack: null,
}));
