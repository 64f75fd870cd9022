import type { Hono } from 'hono';
import { hashPassword } from '../../../src/server/auth/password';
import { hashSessionToken, newSessionToken } from '../../../src/server/auth/session-token';
import type { Store, UserRecord, UserRole } from '../../../src/server/store/store';
import { json } from './test-app';

export const PASSWORD = 'mot-de-passe-de-test';
// scrypt costs ~0.3 s: one hash for every test user of the file.
let passwordHash: Promise<string> | undefined;

export async function addUser(
  store: Store,
  username: string,
  role: UserRole = 'worker',
  options: { disabled?: boolean; territoryId?: string } = {},
): Promise<UserRecord> {
  passwordHash ??= hashPassword(PASSWORD);
  const territoryId = options.territoryId ?? 'capg';
  const user = {
    id: `${territoryId}:${username}`,
    territoryId,
    username,
    name: `Nom de ${username}`,
    role,
    organisation: 'CCAS de test',
    passwordHash: await passwordHash,
    disabled: options.disabled ?? false,
  };
  await store.upsertUser(user);
  return user;
}

/** Signs in through the API (a real scrypt check) and returns the token. */
export async function signIn(app: Hono, username: string, password = PASSWORD): Promise<string> {
  const response = await app.request('/api/session', json({ username, password }));
  if (response.status !== 200) throw new Error(`sign-in ${username}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** A session made directly in the store, as sign-in would: fast, and any age is possible. */
export async function mintToken(
  store: Store,
  user: UserRecord,
  at: number,
  lifetimeMs = 7 * 24 * 3600_000,
): Promise<string> {
  const token = newSessionToken();
  await store.createSession({
    tokenHash: hashSessionToken(token),
    userId: user.id,
    territoryId: user.territoryId,
    createdAt: at,
    lastUsedAt: at,
    expiresAt: at + lifetimeMs,
  });
  return token;
}

export const bearer = (token: string): Record<string, string> => ({
  Authorization: `Bearer ${token}`,
});

/** JSON POST with a bearer token. */
export const authJson = (token: string, body: unknown): RequestInit => {
  const init = json(body);
  return { ...init, headers: { ...(init.headers as Record<string, string>), ...bearer(token) } };
};

/** A clock the test moves by hand, for AppDeps.now. */
export function manualClock(start: string | number) {
  let now = typeof start === 'number' ? start : Date.parse(start);
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}
