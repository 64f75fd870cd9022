export interface PackManifest {
  version: string;
  sha256: string;
  size: number;
  publishedAt: string;
  demo: boolean;
}

/** Null when the server has no pack; throws (network) when the server cannot be reached. */
export async function fetchPackManifest(
  fetchImpl: typeof fetch = fetch,
): Promise<PackManifest | null> {
  const response = await fetchImpl('/api/packs/current', { cache: 'no-store' });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`manifest HTTP ${response.status}`);
  return (await response.json()) as PackManifest;
}
