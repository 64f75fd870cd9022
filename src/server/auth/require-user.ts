import type { Context, MiddlewareHandler } from 'hono';
import type { AppDeps } from '../app-deps';
import { apiError } from '../http/api-errors';
import type { UserRecord, UserRole } from '../store/store';
import { type AuthSettings, sessionEnd, TOUCH_EVERY_MS } from './auth-settings';
import { bearerToken, hashSessionToken } from './session-token';

export interface SignedIn {
  user: UserRecord;
  tokenHash: string;
}

/** Hono environment of the routes behind requireUser: c.get('auth') is the signed-in user. */
export interface AuthEnv {
  Variables: { auth: SignedIn };
}

export const ALL_ROLES: readonly UserRole[] = ['worker', 'coordinator', 'admin'];

function unauthenticated(
  c: Context,
  error: 'unauthenticated' | 'session-expired',
  message: string,
) {
  c.header(
    'WWW-Authenticate',
    error === 'session-expired' ? 'Bearer error="invalid_token"' : 'Bearer',
  );
  return apiError(c, 401, error, message);
}

/**
 * Reads `Authorization: Bearer <token>` and sets c.get('auth'), or answers: 401 unauthenticated
 * (no token, unknown or revoked token), 401 session-expired (idle or absolute end passed), 403
 * account-disabled, 403 forbidden (role not allowed). The user is read with the session at each
 * request, so disabling an account or changing a role takes effect at once.
 */
export function requireUser(
  deps: AppDeps,
  settings: AuthSettings,
  roles: readonly UserRole[] = ALL_ROLES,
): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    if (!token) return unauthenticated(c, 'unauthenticated', 'Connexion requise.');
    const tokenHash = hashSessionToken(token);
    const found = await deps.store.findSession(tokenHash);
    if (!found || found.user.territoryId !== deps.territoryId) {
      return unauthenticated(
        c,
        'unauthenticated',
        'Session inconnue ou fermée : reconnectez-vous.',
      );
    }
    const { session, user } = found;
    const now = settings.now();
    if (now >= sessionEnd(session, settings)) {
      return unauthenticated(c, 'session-expired', 'Session expirée : reconnectez-vous.');
    }
    if (user.disabled) {
      return apiError(c, 403, 'account-disabled', 'Ce compte est désactivé.');
    }
    if (!roles.includes(user.role)) {
      return apiError(c, 403, 'forbidden', "Ce compte n'a pas accès à cette action.");
    }
    if (now - session.lastUsedAt >= TOUCH_EVERY_MS) await deps.store.touchSession(tokenHash, now);
    c.set('auth', { user, tokenHash });
    await next();
  };
}
