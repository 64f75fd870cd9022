import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIGN_IN_LIMITS } from '../../src/server/auth/auth-settings';
import { addUser, bearer, manualClock, PASSWORD, signIn } from './support/accounts';
import { json, testApp } from './support/test-app';

const HOUR = 3600_000;
const NOW = '2026-03-15T10:00:00.000Z';

const attempt = (username: string, password: string, headers: Record<string, string> = {}) => {
  const init = json({ username, password });
  return { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } };
};
const mine = (token: string) => ({ headers: bearer(token) });

function readSessions(file: string): Array<Record<string, unknown>> {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT * FROM sessions').all() as Array<Record<string, unknown>>;
  } finally {
    db.close();
  }
}

describe('POST /api/session and DELETE /api/session', () => {
  it('signs in, uses the token, signs out, and the token is dead afterwards', async () => {
    const clock = manualClock(NOW);
    const { app, store } = testApp({ now: clock.now });
    const user = await addUser(store, 'agent', 'worker');
    const response = await app.request(
      '/api/session',
      json({ username: 'agent', password: PASSWORD }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { token: string; expiresAt: string; user: unknown };
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // 12 h of idleness come before the 7-day lifetime.
    expect(body.expiresAt).toBe('2026-03-15T22:00:00.000Z');
    expect(body.user).toEqual({
      id: user.id,
      name: user.name,
      role: 'worker',
      organisation: user.organisation,
    });
    expect((await app.request('/api/logs/mine', mine(body.token))).status).toBe(200);

    const out = await app.request('/api/session', {
      method: 'DELETE',
      headers: bearer(body.token),
    });
    expect(out.status).toBe(204);
    const after = await app.request('/api/logs/mine', mine(body.token));
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ error: 'unauthenticated' });
    expect(after.headers.get('www-authenticate')).toBe('Bearer');
    // Signing out again (say, a retry after a lost answer) is not an error.
    const again = await app.request('/api/session', {
      method: 'DELETE',
      headers: bearer(body.token),
    });
    expect(again.status).toBe(204);
    expect((await app.request('/api/session', { method: 'DELETE' })).status).toBe(401);
  });

  it('answers a wrong password and an unknown username the same way, at a similar speed', async () => {
    const { app, store } = testApp();
    await addUser(store, 'agent');
    await store.upsertUser({ ...(await addUser(store, 'sans-mdp')), passwordHash: '!' });
    await signIn(app, 'agent'); // warms the dummy hash up
    const timed = async (username: string, password: string) => {
      const started = performance.now();
      const response = await app.request('/api/session', attempt(username, password));
      return {
        ms: performance.now() - started,
        status: response.status,
        body: await response.json(),
      };
    };
    const wrong = await timed('agent', 'pas-le-bon');
    const unknown = await timed('personne', PASSWORD);
    const noPassword = await timed('sans-mdp', '!');
    for (const answer of [wrong, unknown, noPassword]) {
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({
        error: 'bad-credentials',
        message: 'Identifiant ou mot de passe incorrect.',
      });
    }
    // Both pay for one scrypt (~0.3 s): an unknown name is not answered in a millisecond.
    expect(unknown.ms).toBeGreaterThan(wrong.ms * 0.3);
    expect(noPassword.ms).toBeGreaterThan(wrong.ms * 0.3);
  });

  it('tells a disabled account only to whoever has its password', async () => {
    const { app, store } = testApp();
    await addUser(store, 'parti', 'worker', { disabled: true });
    const right = await app.request('/api/session', attempt('parti', PASSWORD));
    expect(right.status).toBe(403);
    expect(await right.json()).toMatchObject({ error: 'account-disabled' });
    const wrong = await app.request('/api/session', attempt('parti', 'autre'));
    expect(wrong.status).toBe(401);
  });

  it('refuses malformed bodies with 400 (or 415 for another content type)', async () => {
    const { app } = testApp();
    for (const body of [
      {},
      { username: 'a' },
      { username: '', password: 'x' },
      { username: 'a', password: 3 },
      [],
    ]) {
      const response = await app.request('/api/session', json(body));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid-credentials-body' });
    }
    expect((await app.request('/api/session', json('{"username":'))).status).toBe(400);
    const text = await app.request('/api/session', {
      method: 'POST',
      body: 'x',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(text.status).toBe(415);
  });

  it('stores only the SHA-256 of the token', async () => {
    const { app, store, file } = testApp();
    await addUser(store, 'agent');
    const token = await signIn(app, 'agent');
    const rows = readSessions(file);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});

describe('sign-in rate limits', () => {
  it('defaults to 10 failures per username and 50 per IP in 15 minutes', () => {
    expect(DEFAULT_SIGN_IN_LIMITS).toEqual({ perUsername: 10, perIp: 50, windowMs: 15 * 60_000 });
  });

  it('refuses a username after too many failures, with Retry-After, until the window ends', async () => {
    const clock = manualClock(NOW);
    const { app, store } = testApp({
      now: clock.now,
      signInLimits: { perUsername: 3, perIp: 100, windowMs: 15 * 60_000 },
    });
    await addUser(store, 'agent');
    await addUser(store, 'voisine');
    for (let i = 0; i < 3; i++) {
      expect((await app.request('/api/session', attempt('agent', 'faux'))).status).toBe(401);
    }
    clock.advance(5 * 60_000);
    const limited = await app.request('/api/session', attempt('agent', PASSWORD));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('600');
    expect(await limited.json()).toMatchObject({ error: 'too-many-attempts' });
    // Another username from the same place is not affected.
    expect((await app.request('/api/session', attempt('voisine', PASSWORD))).status).toBe(200);
    clock.advance(10 * 60_000);
    expect((await app.request('/api/session', attempt('agent', PASSWORD))).status).toBe(200);
  });

  it('refuses an IP after too many failures, whatever the username; a proxy address is read only when trusted', async () => {
    const clock = manualClock(NOW);
    const limits = { perUsername: 100, perIp: 3, windowMs: 15 * 60_000 };
    const direct = testApp({ now: clock.now, signInLimits: limits });
    await addUser(direct.store, 'agent');
    for (const name of ['a', 'b', 'c']) {
      const forwarded = { 'X-Forwarded-For': `10.0.0.${name.charCodeAt(0)}` };
      expect((await direct.app.request('/api/session', attempt(name, 'x', forwarded))).status).toBe(
        401,
      );
    }
    // Not behind a trusted proxy: X-Forwarded-For is ignored, all came from one address.
    expect((await direct.app.request('/api/session', attempt('agent', PASSWORD))).status).toBe(429);

    const proxied = testApp({ now: clock.now, signInLimits: limits, trustProxy: true });
    await addUser(proxied.store, 'agent');
    const from = (ip: string) => ({ 'X-Forwarded-For': `203.0.113.9, ${ip}` });
    for (const name of ['a', 'b', 'c']) {
      expect(
        (await proxied.app.request('/api/session', attempt(name, 'x', from('10.1.1.1')))).status,
      ).toBe(401);
    }
    expect(
      (await proxied.app.request('/api/session', attempt('agent', PASSWORD, from('10.1.1.1'))))
        .status,
    ).toBe(429);
    expect(
      (await proxied.app.request('/api/session', attempt('agent', PASSWORD, from('10.2.2.2'))))
        .status,
    ).toBe(200);
  });
});

describe('session expiry', () => {
  it('ends a session after 12 h without use, and records use at most once a minute', async () => {
    const clock = manualClock(NOW);
    const { app, store, file } = testApp({ now: clock.now });
    await addUser(store, 'agent');
    const token = await signIn(app, 'agent');
    const signedInAt = clock.now();
    clock.advance(30_000);
    expect((await app.request('/api/logs/mine', mine(token))).status).toBe(200);
    expect(readSessions(file)[0]?.last_used_at).toBe(signedInAt);
    clock.advance(31_000);
    expect((await app.request('/api/logs/mine', mine(token))).status).toBe(200);
    expect(readSessions(file)[0]?.last_used_at).toBe(signedInAt + 61_000);
    // Used 11 h later: still alive, and the 12 h start again from there.
    clock.advance(11 * HOUR);
    expect((await app.request('/api/logs/mine', mine(token))).status).toBe(200);
    clock.advance(12 * HOUR - 1);
    expect((await app.request('/api/logs/mine', mine(token))).status).toBe(200);
    clock.advance(12 * HOUR);
    const expired = await app.request('/api/logs/mine', mine(token));
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ error: 'session-expired' });
  });

  it('ends a session 7 days after sign-in however often it is used', async () => {
    const clock = manualClock(NOW);
    const { app, store } = testApp({ now: clock.now });
    await addUser(store, 'agent');
    const token = await signIn(app, 'agent');
    for (let hours = 10; hours < 7 * 24; hours += 10) {
      clock.advance(10 * HOUR);
      expect((await app.request('/api/logs/mine', mine(token))).status).toBe(200);
    }
    clock.advance(8 * HOUR);
    const expired = await app.request('/api/logs/mine', mine(token));
    expect(await expired.json()).toMatchObject({ error: 'session-expired' });
  });

  it('takes both durations from AppDeps and announces the earlier end', async () => {
    const clock = manualClock(NOW);
    const { app, store } = testApp({
      now: clock.now,
      sessionIdleMs: 4 * HOUR,
      sessionLifetimeMs: HOUR,
    });
    await addUser(store, 'agent');
    const response = await app.request('/api/session', attempt('agent', PASSWORD));
    const { token, expiresAt } = (await response.json()) as { token: string; expiresAt: string };
    expect(expiresAt).toBe('2026-03-15T11:00:00.000Z');
    clock.advance(HOUR - 1);
    expect((await app.request('/api/logs/mine', mine(token))).status).toBe(200);
    clock.advance(1);
    expect((await app.request('/api/logs/mine', mine(token))).status).toBe(401);
  });

  it('forgets sessions long ended at the next sign-in', async () => {
    const clock = manualClock(NOW);
    const { app, store, file } = testApp({ now: clock.now });
    await addUser(store, 'agent');
    await signIn(app, 'agent');
    clock.advance(30 * 24 * HOUR);
    await signIn(app, 'agent');
    expect(readSessions(file)).toHaveLength(1);
  });
});
