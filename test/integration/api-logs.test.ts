import { describe, expect, it } from 'vitest';
import type { PersonalDataKind } from '../../src/shared/privacy/personal-data-types';
import type { ItemResult } from '../../src/shared/sync/item-result';
import { MUST_PASS, MUST_REFUSE } from '../fixtures/personal-data-corpus';
import { addUser, authJson, bearer, manualClock, mintToken } from './support/accounts';
import { activityLog } from './support/activity-log';
import { testApp } from './support/test-app';

const HOUR = 3600_000;
// 23:30 UTC on 15 March is already 16 March in Paris (UTC+1 in winter).
const NOW = '2026-03-15T23:30:00.000Z';

async function setup() {
  const clock = manualClock(NOW);
  const t = testApp({ now: clock.now });
  const user = await addUser(t.store, 'agent');
  const token = await mintToken(t.store, user, clock.now());
  const send = async (logs: unknown[]) => {
    const response = await t.app.request('/api/logs', authJson(token, { logs }));
    expect(response.status).toBe(200);
    return ((await response.json()) as { results: ItemResult[] }).results;
  };
  const mine = async (query = '') => {
    const response = await t.app.request(`/api/logs/mine${query}`, { headers: bearer(token) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  return { ...t, clock, user, token, send, mine };
}

describe('POST /api/logs', () => {
  it('answers each log on its own, in order: accepted, duplicate, conflict, rejected', async () => {
    const { send } = await setup();
    const first = activityLog();
    const other = activityLog();
    expect(await send([first])).toEqual([{ id: first.id, status: 'accepted' }]);
    const results = await send([
      first,
      { ...first, outcome: 'informe' },
      { ...other, day: '15/03/2026' },
      other,
    ]);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      [first.id, 'duplicate'],
      [first.id, 'conflict'],
      [other.id, 'rejected'],
      [other.id, 'accepted'],
    ]);
    expect(results[1]?.reason).toMatch(/première est conservée/);
    expect(results[2]?.reason).toBe('day : jour attendu au format AAAA-MM-JJ');
  });

  it('rejects unknown schema versions, impossible days, and days outside the window (Paris time)', async () => {
    const { send } = await setup();
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ schemaVersion: 2 }, /^schemaVersion : .*versions prises en charge : 1\)$/],
      [{ schemaVersion: '1' }, /^schemaVersion : /],
      [{ day: '2026-02-30' }, /^day : ce jour n'existe pas$/],
      [{ day: '2026-03-17' }, /^day : jour dans le futur/],
      [{ day: '2025-03-14' }, /^day : jour trop ancien/],
      [{ commune: 'Grasse' }, /^commune : code INSEE invalide$/],
      [{ domains: [] }, /^domains : au moins un domaine$/],
      [{ contactType: undefined }, /^contactType : champ obligatoire absent$/],
      [{ revision: 0 }, /^revision : /],
      [{ note: 'x'.repeat(281) }, /^note : note limitée à 280 caractères$/],
    ];
    const logs = cases.map(([overrides]) => ({ ...activityLog(), ...overrides }));
    const results = await send(logs);
    cases.forEach(([, reason], i) => {
      expect(results[i]).toMatchObject({ id: logs[i]?.id, status: 'rejected' });
      expect(results[i]?.reason).toMatch(reason);
    });
    // Today in Paris (16 March, while UTC is still on the 15th) and 366 days back are fine.
    const edges = await send([
      activityLog({ day: '2026-03-16' }),
      activityLog({ day: '2025-03-15' }),
    ]);
    expect(edges.map((r) => r.status)).toEqual(['accepted', 'accepted']);
  });

  it('keeps every revision, a cancellation included, and a late lower revision as history only', async () => {
    const { send, mine, store } = await setup();
    const v1 = activityLog();
    const v2 = { ...v1, revision: 2, outcome: 'a-suivre' as const, followUpDay: '2026-04-02' };
    const v3 = { ...v2, revision: 3, cancelled: true };
    expect(await send([v1, v3])).toEqual([
      { id: v1.id, status: 'accepted' },
      { id: v1.id, status: 'accepted' },
    ]);
    expect(await send([v2])).toEqual([
      {
        id: v1.id,
        status: 'accepted',
        reason: "révision plus ancienne, conservée dans l'historique",
      },
    ]);
    expect((await mine()).body).toEqual({ logs: [v3], nextCursor: null });
    const history = await store.listLogRevisions('capg', v1.id);
    expect(history.map((r) => r.log)).toEqual([v1, v2, v3]);
  });

  it('takes the author from the token: an author field is ignored, never stored', async () => {
    const { send, store, user } = await setup();
    const log = activityLog();
    expect(await send([{ ...log, author: 'capg:quelquun-dautre' }])).toEqual([
      { id: log.id, status: 'accepted' },
    ]);
    const [stored] = await store.listLogRevisions('capg', log.id);
    expect(stored?.authorId).toBe(user.id);
    expect(stored?.log).toEqual(log);
  });

  it('accepts every note of the corpus that carries no personal data', async () => {
    const { send } = await setup();
    const logs = MUST_PASS.map((note) => activityLog({ note }));
    const results = await send(logs);
    const refused = results
      .map((r, i) => ({ note: MUST_PASS[i], ...r }))
      .filter((r) => r.status !== 'accepted');
    expect(refused).toEqual([]);
  });

  it('rejects every note of the corpus that carries personal data, naming the kind', async () => {
    const { send, mine } = await setup();
    const logs = MUST_REFUSE.map(({ note }) => activityLog({ note }));
    const results = await send(logs);
    const wrong = MUST_REFUSE.flatMap(({ note, kind }, i) => {
      const r = results[i];
      const ok =
        r?.status === 'rejected' &&
        r.reason?.startsWith('note : ') &&
        KIND_WORDS[kind].test(r.reason);
      return ok ? [] : [{ note, kind, result: r }];
    });
    expect(wrong).toEqual([]);
    expect((await mine()).body).toEqual({ logs: [], nextCursor: null });
  });

  it('refuses a malformed batch, one too large, and items without an id with a 400', async () => {
    const { app, token } = await setup();
    const post = (body: unknown) => app.request('/api/logs', authJson(token, body));
    const tooMany = Array.from({ length: 201 }, () => activityLog());
    const cases: Array<[unknown, string]> = [
      [{ logs: tooMany }, 'batch-too-large'],
      [{ reports: [] }, 'invalid-batch'],
      [[activityLog()], 'invalid-batch'],
      [{ logs: [{ ...activityLog(), id: 7 }] }, 'missing-id'],
      [{ logs: ['texte'] }, 'missing-id'],
    ];
    for (const [body, error] of cases) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error });
    }
    const full = await post({ logs: tooMany.slice(0, 200) });
    expect(full.status).toBe(200);
  });

  it('refuses logs once the session has expired', async () => {
    const { app, token, clock } = await setup();
    clock.advance(12 * HOUR);
    const response = await app.request('/api/logs', authJson(token, { logs: [activityLog()] }));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'session-expired' });
  });
});

describe('GET /api/logs/mine', () => {
  it('pages the current logs newest first with an opaque cursor', async () => {
    const { send, mine } = await setup();
    const days = [
      '2026-03-01',
      '2026-03-12',
      '2026-02-01',
      '2026-03-12',
      '2026-03-16',
      '2026-01-31',
      '2026-03-02',
    ];
    const logs = days.map((day) => activityLog({ day }));
    await send(logs);
    const expected = [...logs].sort((a, b) =>
      a.day !== b.day ? (a.day < b.day ? 1 : -1) : a.id < b.id ? 1 : -1,
    );
    const seen: unknown[] = [];
    let query = '?limit=3';
    let pages = 0;
    for (;;) {
      const { status, body } = await mine(query);
      expect(status).toBe(200);
      pages++;
      seen.push(...(body.logs as unknown[]));
      if (body.nextCursor === null) break;
      expect(body.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
      query = `?limit=3&cursor=${body.nextCursor}`;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(expected);
    expect(((await mine()).body.logs as unknown[]).length).toBe(7);
  });

  it('refuses a limit outside 1..200 and a cursor it did not make', async () => {
    const { mine } = await setup();
    expect((await mine('?limit=200')).status).toBe(200);
    for (const query of ['?limit=0', '?limit=201', '?limit=abc', '?limit=2.5']) {
      const { status, body } = await mine(query);
      expect(status).toBe(400);
      expect(body.error).toBe('invalid-limit');
    }
    for (const cursor of ['nope!', Buffer.from('{"a":1}').toString('base64url'), 'x'.repeat(300)]) {
      const { status, body } = await mine(`?cursor=${cursor}`);
      expect(status).toBe(400);
      expect(body.error).toBe('invalid-cursor');
    }
  });
});

/** Words the reason must contain for each kind of personal data. */
const KIND_WORDS: Record<PersonalDataKind, RegExp> = {
  telephone: /téléphone/i,
  courriel: /courriel|adresse électronique|e-mail/i,
  nir: /sécurité sociale|NIR/i,
  iban: /IBAN|bancaire/i,
  adresse: /adresse/i,
  'date-de-naissance': /naissance/i,
  nom: /\bnom\b/i,
};
