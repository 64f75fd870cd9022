import { createStore } from 'zustand/vanilla';
import type { DeviceAccount } from '../db/worker-db';

export type SessionUser = Pick<
  DeviceAccount,
  'userId' | 'username' | 'name' | 'role' | 'organisation'
>;

export interface Session {
  /** Null until restored from the device at start. */
  restored: boolean;
  user: SessionUser | null;
  /** The tablet is locked in the family view; leaving needs a worker's password. */
  kiosk: boolean;
  /** The current user's server session is gone: recording goes on, sending waits for the password. */
  authNeeded: boolean;
  /** The server says this account is disabled: logs stay on the device, nothing is deleted. */
  accountDisabled: boolean;
}

export const session = createStore<Session>(() => ({
  restored: false,
  user: null,
  kiosk: false,
  authNeeded: false,
  accountDisabled: false,
}));
