import { describe, expect, it } from 'vitest';
import { addUser, authJson, mintToken } from './support/accounts';
import { json, testApp } from './support/test-app';

const report = (id: string, reason = 'horaires') => ({
  id,
  serviceId: 'service-1',
  packVersion: 'v1',
  reason,
  day: '2026-11-25',
});
const ID1 = '0190a5f0-0000-7000-8000-000000000001';
const ID2 = '0190a5f0-0000-7000-8000-000000000002';
const ID3 = '0190a5f0-0000-7000-8000-000000000003';

describe('POST /api/reports', () => {
  it('needs a signed-in user', async () => {
    const { app, store } = testApp();
    const anonymous = await app.request('/api/reports', json({ reports: [report(ID1)] }));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: 'unauthenticated' });
    expect(await store.countReports('capg')).toBe(0);
  });

  it('answers each item on its own: accepted, duplicate, conflict, rejected', async () => {
    const { app, store } = testApp();
    const token = await mintToken(store, await addUser(store, 'agent'), Date.now());
    const first = await app.request('/api/reports', authJson(token, { reports: [report(ID1)] }));
    expect(await first.json()).toEqual({ results: [{ id: ID1, status: 'accepted' }] });
    const second = await app.request(
      '/api/reports',
      authJson(token, {
        reports: [
          report(ID1),
          report(ID1, 'adresse'),
          { ...report(ID2), reason: 'nope' },
          report(ID3),
        ],
      }),
    );
    const { results } = (await second.json()) as {
      results: Array<{ id: string; status: string; reason?: string }>;
    };
    expect(results.map((r) => [r.id, r.status])).toEqual([
      [ID1, 'duplicate'],
      [ID1, 'conflict'],
      [ID2, 'rejected'],
      [ID3, 'accepted'],
    ]);
    expect(results[2]?.reason).toContain('reason');
    expect(await store.countReports('capg')).toBe(2);
  });

  it('refuses batches with the wrong shape, without ids, or too large', async () => {
    const { app, store } = testApp();
    const token = await mintToken(store, await addUser(store, 'agent'), Date.now());
    expect((await app.request('/api/reports', authJson(token, { logs: [] }))).status).toBe(400);
    const noId = await app.request(
      '/api/reports',
      authJson(token, { reports: [{ serviceId: 'x' }] }),
    );
    expect(noId.status).toBe(400);
    expect(await noId.json()).toMatchObject({ error: 'missing-id' });
    const many = Array.from({ length: 201 }, (_, i) =>
      report(`0190a5f0-0000-7000-8000-${String(i).padStart(12, '0')}`),
    );
    const big = await app.request('/api/reports', authJson(token, { reports: many }));
    expect(big.status).toBe(400);
    expect(await big.json()).toMatchObject({ error: 'batch-too-large' });
  });
});
