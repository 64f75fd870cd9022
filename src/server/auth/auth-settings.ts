import type { AppDeps, SignInLimits } from '../app-deps';

const HOUR = 60 * 60 * 1000;

export const DEFAULT_SESSION_IDLE_MS = 12 * HOUR;
export const DEFAULT_SESSION_LIFETIME_MS = 7 * 24 * HOUR;
/** Last use is written at most this often: no write per request, idle end precise to a minute. */
export const TOUCH_EVERY_MS = 60 * 1000;
/**
 * 10 failures per username per 15 min slows guessing one account to 40 tries an hour. The IP
 * limit is higher because a whole office (a CCAS, a town hall) often shares one public address.
 */
export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  perUsername: 10,
  perIp: 50,
  windowMs: 15 * 60 * 1000,
};
/** Ended sessions stay this long so that their token still gets "session-expired". */
export const EXPIRED_SESSION_GRACE_MS = 7 * 24 * HOUR;

export interface AuthSettings {
  now: () => number;
  idleMs: number;
  lifetimeMs: number;
  limits: SignInLimits;
}

export function authSettings(deps: AppDeps): AuthSettings {
  return {
    now: deps.now ?? Date.now,
    idleMs: deps.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS,
    lifetimeMs: deps.sessionLifetimeMs ?? DEFAULT_SESSION_LIFETIME_MS,
    limits: { ...DEFAULT_SIGN_IN_LIMITS, ...deps.signInLimits },
  };
}

/** When a session ends if it is not used again: the earlier of its idle and absolute ends. */
export function sessionEnd(
  session: { lastUsedAt: number; expiresAt: number },
  settings: AuthSettings,
): number {
  return Math.min(session.lastUsedAt + settings.idleMs, session.expiresAt);
}
