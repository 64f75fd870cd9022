import type { Table } from 'dexie';
import { compileHours, HOURS_WINDOW_DAYS } from '../../shared/opening-hours/compile-hours';
import type { CompiledHours } from '../../shared/opening-hours/compiled-hours';
import type { Pack } from '../../shared/pack/pack-schema';
import { buildSearchIndex, serializeSearchIndex } from '../../shared/search/search-index';
import { searchDocs } from '../directory/search-docs';
import { PackInstallError } from '../sync/pack-errors';
import type { InstalledPack, ReferenceDb } from './reference-db';

const CHUNK = 2000;

/** The version of the pack the app shows, or null before the first install. */
export async function activePackVersion(db: ReferenceDb): Promise<string | null> {
  return (await db.settings.get('active-pack'))?.version ?? null;
}

export async function activePack(db: ReferenceDb): Promise<InstalledPack | null> {
  const version = await activePackVersion(db);
  return version ? ((await db.packs.get(version)) ?? null) : null;
}

/**
 * Writes the pack's rows under its own version (invisible: nothing reads a version that is
 * not active), in chunks so no transaction is long, then flips the active pointer in one
 * small transaction. A crash before the flip leaves the previous pack active and intact.
 */
export async function installPack(
  db: ReferenceDb,
  pack: Pack,
  sha256: string,
  now = new Date(),
): Promise<void> {
  const version = pack.meta.version;
  // The expensive parts (hours parser, index build) run here, in the install worker.
  const hours = compileDistinctHours(pack, now);
  const index = serializeSearchIndex(buildSearchIndex(searchDocs(pack)));
  try {
    await removePackRows(db, version);
    await db.packs.put({
      version,
      sha256,
      publishedAt: pack.meta.publishedAt,
      demo: pack.meta.demo,
      territoryName: pack.territory.name,
      territorySiren: pack.territory.epciSiren,
      state: 'installing',
      installedAt: new Date().toISOString(),
      counts: { services: pack.services.length, structures: pack.structures.length },
      hoursUntil: now.getTime() + HOURS_WINDOW_DAYS * 86_400_000,
    });
    const tag = <T extends object>(rows: T[]) => rows.map((row) => ({ ...row, pack: version }));
    await putInChunks(db.communes, tag(pack.communes));
    await putInChunks(db.themes, tag(pack.themes));
    await putInChunks(db.actions, tag(pack.actions));
    await putInChunks(db.structures, tag(pack.structures));
    await putInChunks(db.services, withNameOrder(tag(pack.services)));
    await db.hours.bulkPut(hours.map(([text, compiled]) => ({ pack: version, text, compiled })));
    await db.searchIndexes.put({ pack: version, json: index });
    await db.transaction('rw', db.packs, db.settings, async () => {
      await db.packs.update(version, { state: 'complete' });
      await db.settings.put({ key: 'active-pack', version });
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'QuotaExceededError') {
      throw new PackInstallError('storage', error.message);
    }
    throw error;
  }
}

/** Deletes every pack but the active one: leftovers of interrupted installs and replaced packs. */
export async function removeInactivePacks(db: ReferenceDb): Promise<string[]> {
  const active = await activePackVersion(db);
  const stale = (await db.packs.toArray()).map((p) => p.version).filter((v) => v !== active);
  for (const version of stale) await removePackRows(db, version);
  return stale;
}

async function removePackRows(db: ReferenceDb, version: string): Promise<void> {
  for (const table of db.packTables) await table.where('pack').equals(version).delete();
  await db.searchIndexes.delete(version);
  await db.hours.where('pack').equals(version).delete();
  await db.packs.delete(version);
}

async function putInChunks<T>(table: Table<T, [string, string]>, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await table.bulkPut(rows.slice(i, i + CHUNK));
}

/** Each distinct hours text compiled once (the parser is slow and many services share hours). */
export function compileDistinctHours(
  pack: Pick<Pack, 'services'>,
  now: Date,
): Array<[string, CompiledHours]> {
  const texts = new Set(pack.services.flatMap((s) => (s.horaires ? [s.horaires] : [])));
  return [...texts].map((text) => [text, compileHours(text, now, HOURS_WINDOW_DAYS)]);
}

const byName = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Ranks services by name once, in the install worker (French collation is slow on 10k names). */
function withNameOrder<T extends { nom: string }>(rows: T[]): Array<T & { order: number }> {
  const ranked = [...rows].sort((a, b) => byName.compare(a.nom, b.nom));
  const rank = new Map(ranked.map((row, i) => [row, i]));
  return rows.map((row) => ({ ...row, order: rank.get(row) ?? 0 }));
}
