import { Hono } from 'hono';
import type { AppDeps } from '../app-deps';
import type { AuthSettings } from '../auth/auth-settings';
import { clientIp } from '../auth/client-ip';
import { bearerToken, hashSessionToken } from '../auth/session-token';
import { createSignIn } from '../auth/sign-in';
import { apiError } from '../http/api-errors';
import { isRecord } from '../http/is-record';
import { readJson } from '../http/read-json';

const MAX_USERNAME = 200;
const MAX_PASSWORD = 1024;

/** Sign-in (POST) and sign-out (DELETE) of one device. */
export function sessionRoutes(deps: AppDeps, settings: AuthSettings): Hono {
  const app = new Hono();
  const signIn = createSignIn(deps, settings);

  app.post('/', async (c) => {
    const body = await readJson(c, 16 * 1024);
    const username = isRecord(body) ? body.username : undefined;
    const password = isRecord(body) ? body.password : undefined;
    if (
      typeof username !== 'string' ||
      typeof password !== 'string' ||
      username.trim() === '' ||
      password === '' ||
      username.length > MAX_USERNAME ||
      password.length > MAX_PASSWORD
    ) {
      return apiError(
        c,
        400,
        'invalid-credentials-body',
        'Le corps doit être de la forme {"username": "…", "password": "…"} (textes non vides).',
      );
    }
    const outcome = await signIn(username.trim(), password, clientIp(c, deps.trustProxy ?? false));
    switch (outcome.kind) {
      case 'rate-limited': {
        const seconds = Math.ceil(outcome.retryAfterMs / 1000);
        c.header('Retry-After', String(seconds));
        return apiError(
          c,
          429,
          'too-many-attempts',
          `Trop de tentatives de connexion : réessayez dans ${Math.ceil(seconds / 60)} min.`,
        );
      }
      case 'bad-credentials':
        return apiError(c, 401, 'bad-credentials', 'Identifiant ou mot de passe incorrect.');
      case 'disabled':
        return apiError(c, 403, 'account-disabled', 'Ce compte est désactivé.');
      case 'signed-in': {
        const { token, expiresAt, user } = outcome;
        return c.json({
          token,
          expiresAt: new Date(expiresAt).toISOString(),
          user: { id: user.id, name: user.name, role: user.role, organisation: user.organisation },
        });
      }
    }
  });

  // Idempotent: whatever the token's state (unknown, expired, already revoked), it is unusable
  // afterwards, which is all a device signing out needs, even when it was offline for long.
  app.delete('/', async (c) => {
    const token = bearerToken(c.req.header('authorization'));
    if (!token) {
      c.header('WWW-Authenticate', 'Bearer');
      return apiError(c, 401, 'unauthenticated', 'Connexion requise.');
    }
    await deps.store.revokeSession(hashSessionToken(token));
    return c.body(null, 204);
  });
  return app;
}
