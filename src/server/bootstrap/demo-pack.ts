import { readFile } from 'node:fs/promises';
import { validatePack } from '../../shared/pack/validate-pack';
import { toStoredPack } from '../packs/stored-pack';
import type { Store } from '../store/store';

/** Publishes the compiled demo pack unless that version is already there (packs are immutable). */
export async function publishDemoPack(
  store: Store,
  territoryId: string,
  file: string,
): Promise<{ version: string; published: boolean }> {
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    throw new Error(`Pack de démonstration introuvable (${file}) : lancez « npm run build ».`);
  }
  const checked = validatePack(JSON.parse(body.toString('utf8')));
  if (!checked.ok) {
    const first = checked.problems[0];
    throw new Error(`Pack de démonstration invalide : ${first?.path} ${first?.message}`);
  }
  const published = await store.publishPack(toStoredPack(territoryId, checked.pack, body));
  return { version: checked.pack.meta.version, published };
}
