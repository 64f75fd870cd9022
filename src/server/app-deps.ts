import type { Store } from './store/store';

/** What the HTTP layer needs from the outside; tests build it with a temporary store. */
export interface AppDeps {
  store: Store;
  territoryId: string;
  version: string;
  production: boolean;
  /** Folder of the built PWA; absent in API-only tests. */
  staticDir?: string;
  log?: (line: string) => void;
  /** The clock of sessions, rate limits and the log day window (default Date.now); tests move it. */
  now?: () => number;
  /** A session ends after this long without a request (default 12 h). */
  sessionIdleMs?: number;
  /** … and at the latest this long after sign-in, used or not (default 7 days). */
  sessionLifetimeMs?: number;
  /** Failed sign-ins allowed per window, per username and per client IP (see auth/sign-in-limits.ts). */
  signInLimits?: Partial<SignInLimits>;
  /**
   * Behind a reverse proxy, every request comes from the proxy: take the client's IP from the
   * last X-Forwarded-For entry (the one the proxy added) instead. Never set it without a proxy,
   * a client could then choose its own IP. Default false.
   */
  trustProxy?: boolean;
}

export interface SignInLimits {
  perUsername: number;
  perIp: number;
  windowMs: number;
}
