import { PACK_FORMAT_VERSION, type Pack } from '../../shared/pack/pack-schema';
import { validatePack } from '../../shared/pack/validate-pack';
import { PackInstallError } from './pack-errors';
import type { PackManifest } from './pack-manifest';

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Downloads a pack and proves it is the one the manifest announced (sha256 of the exact
 * bytes) and a pack this code can read, before anything is written.
 */
export async function downloadVerifiedPack(
  manifest: PackManifest,
  fetchImpl: typeof fetch = fetch,
): Promise<Pack> {
  let bytes: ArrayBuffer;
  try {
    const response = await fetchImpl(`/api/packs/${encodeURIComponent(manifest.version)}`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = await response.arrayBuffer();
  } catch (error) {
    throw new PackInstallError('network', error instanceof Error ? error.message : String(error));
  }
  if ((await sha256Hex(bytes)) !== manifest.sha256) throw new PackInstallError('checksum');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new PackInstallError('invalid', 'JSON illisible');
  }
  const format = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof format === 'number' && format > PACK_FORMAT_VERSION) {
    throw new PackInstallError('format', String(format));
  }
  const checked = validatePack(json);
  if (!checked.ok) {
    const first = checked.problems[0];
    const more = checked.problems.length > 1 ? ` (+${checked.problems.length - 1})` : '';
    throw new PackInstallError('invalid', `${first?.path} : ${first?.message}${more}`);
  }
  return checked.pack;
}
