import { beforeAll, describe, expect, it } from 'vitest';
import type { UserRecord } from '../../src/server/store/store';
import { minimalPack } from '../fixtures/minimal-pack';
import { addUser, authJson, bearer, manualClock, mintToken, PASSWORD } from './support/accounts';
import { activityLog } from './support/activity-log';
import { type TestApp, testApp } from './support/test-app';

const NOW = '2026-03-15T10:00:00.000Z';
const clock = manualClock(NOW);
const IDENTITIES = [
  'none',
  'expired',
  'revoked',
  'worker',
  'coordinator',
  'admin',
  'disabled',
] as const;
type Identity = (typeof IDENTITIES)[number];

const report = () => ({
  id: crypto.randomUUID(),
  serviceId: 's1',
  packVersion: 'v1',
  reason: 'horaires',
  day: '2026-03-10',
});

interface Endpoint {
  name: string;
  request: (headers: Record<string, string>) => [string, RequestInit];
}

const get = (path: string) => (headers: Record<string, string>) =>
  [path, { headers }] as [string, RequestInit];
const post = (path: string, body: () => unknown) => (headers: Record<string, string>) =>
  [
    path,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body()),
    },
  ] as [string, RequestInit];

const ENDPOINTS: Record<string, Endpoint['request']> = {
  'GET /api/health': get('/api/health'),
  'GET /api/packs/current': get('/api/packs/current'),
  'GET /api/packs/:v': get('/api/packs/v1'),
  'POST /api/reports': post('/api/reports', () => ({ reports: [report()] })),
  // Valid credentials of another account: signing in does not look at the token.
  'POST /api/session': post('/api/session', () => ({ username: 'autre', password: PASSWORD })),
  'DELETE /api/session': (headers) => ['/api/session', { method: 'DELETE', headers }],
  'POST /api/logs': post('/api/logs', () => ({ logs: [activityLog()] })),
  'GET /api/logs/mine': get('/api/logs/mine'),
};

/** Expected status (and error code) per endpoint, for each identity in IDENTITIES' order. */
const NO = '401 unauthenticated';
const OLD = '401 session-expired';
const OFF = '403 account-disabled';
const TABLE: Record<keyof typeof ENDPOINTS, string[]> = {
  //                      none  expired revoked worker coordinator admin  disabled
  'GET /api/health': ['200', '200', '200', '200', '200', '200', '200'],
  'GET /api/packs/current': ['200', '200', '200', '200', '200', '200', '200'],
  'GET /api/packs/:v': ['200', '200', '200', '200', '200', '200', '200'],
  'POST /api/reports': [NO, OLD, NO, '200', '200', '200', OFF],
  'POST /api/session': ['200', '200', '200', '200', '200', '200', '200'],
  // Signing out is idempotent: any well-formed token ends up unusable, so 204.
  'DELETE /api/session': [NO, '204', '204', '204', '204', '204', '204'],
  'POST /api/logs': [NO, OLD, NO, '200', '200', '200', OFF],
  'GET /api/logs/mine': [NO, OLD, NO, '200', '200', '200', OFF],
};

describe('access to every endpoint, by identity', () => {
  let t: TestApp;
  const users = {} as Record<Exclude<Identity, 'none' | 'expired' | 'revoked'>, UserRecord>;
  beforeAll(async () => {
    t = testApp({ now: clock.now });
    await t.publish(minimalPack({ version: 'v1' }));
    users.worker = await addUser(t.store, 'agent', 'worker');
    users.coordinator = await addUser(t.store, 'coordination', 'coordinator');
    users.admin = await addUser(t.store, 'admin', 'admin');
    users.disabled = await addUser(t.store, 'ancien', 'worker');
    await addUser(t.store, 'autre', 'worker');
  });

  /** A fresh token per cell, so that one cell (a sign-out) never changes another. */
  async function headersFor(identity: Identity): Promise<Record<string, string>> {
    const now = clock.now();
    switch (identity) {
      case 'none':
        return {};
      case 'expired':
        // Signed in 13 h ago and not used since: past the 12 h idle timeout.
        return bearer(await mintToken(t.store, users.worker, now - 13 * 3600_000));
      case 'revoked': {
        const token = await mintToken(t.store, users.worker, now);
        const out = await t.app.request('/api/session', {
          method: 'DELETE',
          headers: bearer(token),
        });
        expect(out.status).toBe(204);
        return bearer(token);
      }
      case 'disabled': {
        const token = await mintToken(t.store, users.disabled, now);
        await t.store.upsertUser({ ...users.disabled, disabled: true });
        return bearer(token);
      }
      default:
        return bearer(await mintToken(t.store, users[identity], now));
    }
  }

  for (const [endpoint, expected] of Object.entries(TABLE)) {
    it(`${endpoint}: ${IDENTITIES.map((id, i) => `${id} ${expected[i]}`).join(', ')}`, async () => {
      const request = ENDPOINTS[endpoint];
      if (!request) throw new Error(endpoint);
      const actual: string[] = [];
      for (const identity of IDENTITIES) {
        const response = await t.app.request(...request(await headersFor(identity)));
        const code =
          response.status >= 400 ? ((await response.json()) as { error: string }).error : '';
        actual.push(code ? `${response.status} ${code}` : String(response.status));
      }
      expect(actual).toEqual(expected);
    });
  }
});

describe('object checks: a worker reaches only their own logs', () => {
  it('never lists nor overwrites the logs of another worker', async () => {
    const t = testApp({ now: clock.now });
    const amina = await mintToken(t.store, await addUser(t.store, 'amina'), clock.now());
    const bruno = await mintToken(t.store, await addUser(t.store, 'bruno'), clock.now());
    const coord = await mintToken(
      t.store,
      await addUser(t.store, 'coord', 'coordinator'),
      clock.now(),
    );
    const log = activityLog();
    const sent = await t.app.request('/api/logs', authJson(amina, { logs: [log] }));
    expect(await sent.json()).toEqual({ results: [{ id: log.id, status: 'accepted' }] });

    for (const token of [bruno, coord]) {
      const mine = await t.app.request('/api/logs/mine', { headers: bearer(token) });
      expect(await mine.json()).toEqual({ logs: [], nextCursor: null });
    }
    // Same id, same or higher revision, even a cancellation: refused, the original untouched.
    for (const attempt of [log, { ...log, revision: 2, cancelled: true }]) {
      const response = await t.app.request('/api/logs', authJson(bruno, { logs: [attempt] }));
      const { results } = (await response.json()) as { results: Array<{ reason?: string }> };
      expect(results[0]).toMatchObject({ id: log.id, status: 'rejected' });
      expect(results[0]?.reason).toContain('appartient à un autre compte');
    }
    const aminas = await t.app.request('/api/logs/mine', { headers: bearer(amina) });
    expect(await aminas.json()).toEqual({ logs: [log], nextCursor: null });
    expect((await t.store.listLogRevisions('capg', log.id)).map((r) => r.authorId)).toEqual([
      'capg:amina',
    ]);
  });
});
