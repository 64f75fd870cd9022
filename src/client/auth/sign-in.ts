import { workerDb } from '../db/databases';
import type { DeviceAccount } from '../db/worker-db';
import { session } from '../state/session-store';
import { checkVerifier, createVerifier } from './password-verifier';

export type SignInFailure =
  | 'bad-credentials'
  | 'account-disabled'
  | 'rate-limited'
  | 'first-sign-in-needs-network'
  | 'offline-bad-password';

export type SignInResult = { ok: true; offline: boolean } | { ok: false; reason: SignInFailure };

interface SessionAnswer {
  token: string;
  expiresAt: string;
  user: { id: string; name: string; role: DeviceAccount['role']; organisation?: string };
}

const TIMEOUT_MS = 8000;

/**
 * Online first: the server checks the password and gives a token; the device then keeps a
 * verifier so the same worker can unlock offline later. Without a server, only a worker who
 * already signed in on this device can unlock, with the verifier.
 */
export async function signIn(username: string, password: string): Promise<SignInResult> {
  const name = username.trim().toLowerCase();
  let response: Response | null = null;
  try {
    response = await fetch('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: name, password }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    response = null;
  }
  if (response?.ok) {
    const answer = (await response.json()) as SessionAnswer;
    const account: DeviceAccount = {
      userId: answer.user.id,
      username: name,
      name: answer.user.name,
      role: answer.user.role,
      organisation: answer.user.organisation ?? '',
      verifier: await createVerifier(password),
      token: answer.token,
      tokenExpiresAt: Date.parse(answer.expiresAt),
      lastSignInAt: Date.now(),
    };
    await workerDb.transaction('rw', workerDb.accounts, workerDb.deviceState, async () => {
      await workerDb.accounts.where('username').equals(name).delete();
      await workerDb.accounts.put(account);
      await workerDb.deviceState.put({ key: 'current-user', userId: account.userId });
    });
    setUser(account, false);
    // A worker's device now holds logs: ask the browser not to evict its storage.
    void navigator.storage?.persist?.();
    return { ok: true, offline: false };
  }
  if (response?.status === 401) return { ok: false, reason: 'bad-credentials' };
  if (response?.status === 403) return { ok: false, reason: 'account-disabled' };
  if (response?.status === 429) return { ok: false, reason: 'rate-limited' };
  return unlockOffline(name, password);
}

async function unlockOffline(username: string, password: string): Promise<SignInResult> {
  const account = await workerDb.accounts.where('username').equals(username).first();
  if (!account) return { ok: false, reason: 'first-sign-in-needs-network' };
  if (!(await checkVerifier(password, account.verifier)))
    return { ok: false, reason: 'offline-bad-password' };
  await workerDb.deviceState.put({ key: 'current-user', userId: account.userId });
  setUser(account, !account.token);
  return { ok: true, offline: true };
}

/** Checks a worker's password on this device only (leaving the kiosk, offline too). */
export async function verifyWorkerOffline(username: string, password: string): Promise<boolean> {
  const account = await workerDb.accounts
    .where('username')
    .equals(username.trim().toLowerCase())
    .first();
  return account ? checkVerifier(password, account.verifier) : false;
}

function setUser(a: DeviceAccount, authNeeded: boolean): void {
  session.setState({
    user: {
      userId: a.userId,
      username: a.username,
      name: a.name,
      role: a.role,
      organisation: a.organisation,
    },
    authNeeded,
  });
}

/** Signs out: the token is revoked (when the server can be reached) and forgotten; logs stay. */
export async function signOut(): Promise<void> {
  const user = session.getState().user;
  if (!user) return;
  const account = await workerDb.accounts.get(user.userId);
  if (account?.token) {
    void fetch('/api/session', {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${account.token}` },
    }).catch(() => undefined);
  }
  await workerDb.transaction('rw', workerDb.accounts, workerDb.deviceState, async () => {
    await workerDb.accounts.update(user.userId, { token: undefined, tokenExpiresAt: undefined });
    await workerDb.deviceState.delete('current-user');
  });
  session.setState({ user: null, authNeeded: false });
}

/** At start: whoever was using the tablet stays signed in across a reload. */
export async function restoreSession(): Promise<void> {
  const [current, kiosk] = await Promise.all([
    workerDb.deviceState.get('current-user'),
    workerDb.deviceState.get('kiosk'),
  ]);
  const account =
    current?.key === 'current-user' ? await workerDb.accounts.get(current.userId) : undefined;
  if (account) setUser(account, !account.token);
  session.setState({ restored: true, kiosk: kiosk?.key === 'kiosk' && kiosk.on });
}
