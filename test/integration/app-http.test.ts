import { describe, expect, it } from 'vitest';
import { minimalPack } from '../fixtures/minimal-pack';
import { addUser, authJson, bearer, mintToken } from './support/accounts';
import { testApp } from './support/test-app';

/** A signed-in worker: the JSON checks below are on a guarded endpoint. */
async function workerToken(store: Parameters<typeof addUser>[0]): Promise<string> {
  return mintToken(store, await addUser(store, 'agent'), Date.now());
}

describe('HTTP basics', () => {
  it('answers /api/health with the version and the store kind, and logs one line per request', async () => {
    const { app, logs } = testApp();
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      version: '0.0.0+test',
      territory: 'capg',
      store: 'sqlite',
    });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/ GET \/api\/health 200 \d+\.\dms$/);
  });

  it('puts the security headers and no-store on API answers, errors included', async () => {
    const { app } = testApp();
    for (const path of ['/api/health', '/api/nope']) {
      const response = await app.request(path);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('gives unknown API routes a JSON 404 with a reason', async () => {
    const { app } = testApp();
    const response = await app.request('/api/nope');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not-found' });
  });

  it('refuses malformed JSON with a 400 that says why', async () => {
    const { app, store } = testApp();
    const token = await workerToken(store);
    const response = await app.request('/api/reports', authJson(token, '{"reports": [}'));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBe('malformed-json');
    expect(body.message).toMatch(/JSON valide/);
  });

  it('refuses a body that is not JSON (415) and one over the size limit (413)', async () => {
    const { app, store } = testApp();
    const token = await workerToken(store);
    const text = await app.request('/api/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', ...bearer(token) },
      body: 'x',
    });
    expect(text.status).toBe(415);
    const huge = await app.request(
      '/api/reports',
      authJson(token, { reports: [], pad: 'x'.repeat(1_100_000) }),
    );
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: 'payload-too-large' });
  });

  it('hides the inside of a 500 from the client but logs it', async () => {
    const { app, store, logs } = testApp();
    store.ping = async () => {
      throw new Error('disk on fire at /var/secret/path');
    };
    const response = await app.request('/api/health');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: 'internal', message: 'Erreur interne du serveur.' });
    expect(text).not.toContain('secret');
    expect(logs.some((line) => line.includes('disk on fire'))).toBe(true);
  });
});

describe('packs API', () => {
  it('serves the current manifest and the exact bytes, gzip on the wire, with an ETag', async () => {
    const { app, publish } = testApp();
    expect((await app.request('/api/packs/current')).status).toBe(404);
    await publish(minimalPack({ version: 'v1' }));
    await publish(minimalPack({ version: 'v2', services: 5 }));
    const manifest = (await (await app.request('/api/packs/current')).json()) as {
      version: string;
      sha256: string;
      size: number;
    };
    expect(manifest.version).toBe('v2');
    const response = await app.request('/api/packs/v2', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('etag')).toBe(`"${manifest.sha256}"`);
    const plain = await app.request('/api/packs/v2');
    const bytes = new Uint8Array(await plain.arrayBuffer());
    expect(bytes.byteLength).toBe(manifest.size);
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
    expect(digest).toBe(manifest.sha256);
    const cached = await app.request('/api/packs/v2', {
      headers: { 'If-None-Match': `"${manifest.sha256}"` },
    });
    expect(cached.status).toBe(304);
    // The previous pack stays downloadable.
    expect((await app.request('/api/packs/v1')).status).toBe(200);
    expect((await app.request('/api/packs/v9')).status).toBe(404);
  });

  it('never serves a demo pack in production', async () => {
    const { app, publish } = testApp({ production: true });
    await publish(minimalPack({ version: 'demo-1', demo: true }));
    expect((await app.request('/api/packs/current')).status).toBe(404);
    expect((await app.request('/api/packs/demo-1')).status).toBe(404);
    await publish(minimalPack({ version: 'real-1', demo: false }));
    expect(await (await app.request('/api/packs/current')).json()).toMatchObject({
      version: 'real-1',
    });
  });
});
