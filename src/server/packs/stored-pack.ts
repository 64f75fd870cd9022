import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Pack } from '../../shared/pack/pack-schema';
import type { StoredPack } from '../store/store';

/** The exact bytes published are the ones hashed: the client verifies that sha256 after download. */
export function toStoredPack(territoryId: string, pack: Pack, body: Uint8Array): StoredPack {
  return {
    territoryId,
    version: pack.meta.version,
    sha256: createHash('sha256').update(body).digest('hex'),
    size: body.byteLength,
    publishedAt: pack.meta.publishedAt,
    demo: pack.meta.demo,
    body,
    gzip: gzipSync(body, { level: 9 }),
  };
}
