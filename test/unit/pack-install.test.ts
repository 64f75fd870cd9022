import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { activePack, installPack, removeInactivePacks } from '../../src/client/db/pack-install';
import { ReferenceDb } from '../../src/client/db/reference-db';
import { installFromManifest } from '../../src/client/sync/install-from-manifest';
import type { PackManifest } from '../../src/client/sync/pack-manifest';
import type { Pack } from '../../src/shared/pack/pack-schema';
import { minimalPack } from '../fixtures/minimal-pack';

let n = 0;
const dbs: ReferenceDb[] = [];
function freshDb(): ReferenceDb {
  const db = new ReferenceDb(`test-reference-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A fake server holding one pack body: returns its manifest and a fetch that serves it. */
function serve(body: string, sha256 = createHash('sha256').update(body).digest('hex')) {
  const version = (JSON.parse(body) as Pack).meta?.version ?? 'x';
  const manifest: PackManifest = {
    version,
    sha256,
    size: body.length,
    publishedAt: '2026-01-01T08:00:00Z',
    demo: true,
  };
  const fetchImpl = (async () => new Response(body)) as typeof fetch;
  return { manifest, fetchImpl };
}

const servicesOf = (db: ReferenceDb, version: string) =>
  db.services.where('pack').equals(version).count();

describe('pack installation on the device', () => {
  it('installs a verified pack and makes it active', async () => {
    const db = freshDb();
    const { manifest, fetchImpl } = serve(
      JSON.stringify(minimalPack({ version: 'v1', services: 4 })),
    );
    expect(await installFromManifest(db, manifest, fetchImpl)).toEqual({
      type: 'installed',
      version: 'v1',
    });
    expect((await activePack(db))?.version).toBe('v1');
    expect(await servicesOf(db, 'v1')).toBe(4);
  });

  it('refuses a pack whose checksum fails and keeps the previous one', async () => {
    const db = freshDb();
    const good = serve(JSON.stringify(minimalPack({ version: 'v1' })));
    await installFromManifest(db, good.manifest, good.fetchImpl);
    const tampered = serve(JSON.stringify(minimalPack({ version: 'v2' })), 'f'.repeat(64));
    const reply = await installFromManifest(db, tampered.manifest, tampered.fetchImpl);
    expect(reply).toEqual({ type: 'failed', reason: 'checksum', detail: '' });
    expect((await activePack(db))?.version).toBe('v1');
    expect(await servicesOf(db, 'v1')).toBe(3);
    expect(await servicesOf(db, 'v2')).toBe(0);
  });

  it('refuses a malformed pack with the path of the problem and keeps the previous one', async () => {
    const db = freshDb();
    const good = serve(JSON.stringify(minimalPack({ version: 'v1' })));
    await installFromManifest(db, good.manifest, good.fetchImpl);
    const broken = minimalPack({ version: 'v2' });
    (broken.services[1] as { telephone: string }).telephone = 'appelez-nous';
    const bad = serve(JSON.stringify(broken));
    const reply = await installFromManifest(db, bad.manifest, bad.fetchImpl);
    expect(reply).toMatchObject({ type: 'failed', reason: 'invalid' });
    expect(reply.type === 'failed' && reply.detail).toContain('services.1.telephone');
    expect((await activePack(db))?.version).toBe('v1');
  });

  it('refuses a pack of a newer format with its own reason', async () => {
    const db = freshDb();
    const future = serve(JSON.stringify({ ...minimalPack({ version: 'v9' }), formatVersion: 7 }));
    expect(await installFromManifest(db, future.manifest, future.fetchImpl)).toMatchObject({
      reason: 'format',
    });
    expect(await activePack(db)).toBeNull();
  });

  it('reports a network failure without touching the active pack', async () => {
    const db = freshDb();
    const { manifest } = serve(JSON.stringify(minimalPack({ version: 'v1' })));
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await installFromManifest(db, manifest, down)).toMatchObject({
      type: 'failed',
      reason: 'network',
    });
  });

  it('leaves the previous pack intact when an install stops half-way, and cleans up on retry', async () => {
    const db = freshDb();
    await installPack(db, minimalPack({ version: 'v1' }), 'sha-v1');
    // Simulate a tab closed mid-import: some v2 rows written, the pointer never flipped.
    await db.packs.put({
      version: 'v2',
      sha256: 'sha-v2',
      publishedAt: '2026-02-01T08:00:00Z',
      demo: true,
      territoryName: 't',
      territorySiren: '200039857',
      state: 'installing',
      installedAt: '',
      counts: {},
    });
    const v2 = minimalPack({ version: 'v2', services: 10 });
    await db.services.bulkPut(v2.services.slice(0, 4).map((s) => ({ ...s, pack: 'v2' })));
    expect((await activePack(db))?.version).toBe('v1');
    expect(await servicesOf(db, 'v1')).toBe(3);

    expect(await removeInactivePacks(db)).toEqual(['v2']);
    expect(await servicesOf(db, 'v2')).toBe(0);
    await installPack(db, v2, 'sha-v2');
    await removeInactivePacks(db);
    expect((await activePack(db))?.version).toBe('v2');
    expect(await servicesOf(db, 'v2')).toBe(10);
    expect(await servicesOf(db, 'v1')).toBe(0);
  });
});
