import type { AppDeps } from '../app-deps';
import type { UserRecord } from '../store/store';
import { type AuthSettings, EXPIRED_SESSION_GRACE_MS, sessionEnd } from './auth-settings';
import { FailureLimiter } from './failure-limiter';
import { hashPassword, verifyPassword } from './password';
import { hashSessionToken, newSessionToken } from './session-token';

export type SignInOutcome =
  | { kind: 'signed-in'; token: string; expiresAt: number; user: UserRecord }
  | { kind: 'bad-credentials' }
  | { kind: 'disabled' }
  | { kind: 'rate-limited'; retryAfterMs: number };

// Verified when there is no such user (or no password), so that an unknown username costs the
// same scrypt as a wrong password: the answer time does not tell which usernames exist.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => {
  dummyHash ??= hashPassword('mot-de-passe-factice-pour-le-temps-constant');
  return dummyHash;
};

export function createSignIn(deps: AppDeps, settings: AuthSettings) {
  const { perUsername, perIp, windowMs } = settings.limits;
  const byUsername = new FailureLimiter(perUsername, windowMs);
  const byIp = new FailureLimiter(perIp, windowMs);
  void getDummyHash();

  return async (username: string, password: string, ip: string): Promise<SignInOutcome> => {
    const now = settings.now();
    const userKey = `${deps.territoryId}:${username}`;
    const wait = Math.max(byUsername.blockedFor(userKey, now), byIp.blockedFor(ip, now));
    if (wait > 0) return { kind: 'rate-limited', retryAfterMs: wait };
    // Counted before the (slow) check so that parallel guesses cannot slip past the limit.
    byUsername.fail(userKey, now);
    byIp.fail(ip, now);

    const user = await deps.store.findUser(deps.territoryId, username);
    const usable = user?.passwordHash.startsWith('scrypt$') === true;
    const matches = await verifyPassword(
      password,
      user && usable ? user.passwordHash : await getDummyHash(),
    );
    if (!user || !usable || !matches) return { kind: 'bad-credentials' };
    byUsername.reset(userKey);
    byIp.forgive(ip);
    // Only said to whoever knows the password: a disabled account is not revealed to guessers.
    if (user.disabled) return { kind: 'disabled' };

    const token = newSessionToken();
    const session = {
      tokenHash: hashSessionToken(token),
      userId: user.id,
      territoryId: deps.territoryId,
      createdAt: now,
      lastUsedAt: now,
      expiresAt: now + settings.lifetimeMs,
    };
    await deps.store.createSession(session);
    // Sign-ins are rare: a good moment to drop sessions ended long ago (no timer to manage).
    await deps.store.purgeSessions({
      expiresBefore: now - EXPIRED_SESSION_GRACE_MS,
      lastUsedBefore: now - settings.idleMs - EXPIRED_SESSION_GRACE_MS,
    });
    return { kind: 'signed-in', token, expiresAt: sessionEnd(session, settings), user };
  };
}
