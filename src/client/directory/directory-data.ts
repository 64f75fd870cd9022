import type { CompiledHours } from '../../shared/opening-hours/compiled-hours';
import type { Commune, Structure } from '../../shared/pack/pack-schema';
import {
  buildSearchIndex,
  loadSearchIndex,
  type SearchIndex,
} from '../../shared/search/search-index';
import type { ReferenceDb, ServiceRow } from '../db/reference-db';
import { searchDocs } from './search-docs';

/** One pack's directory held in the directory worker's memory. */
export interface DirectoryData {
  pack: string;
  territorySiren: string;
  /** In French alphabetical order of names: the order when there is no query. */
  services: ServiceRow[];
  byId: Map<string, ServiceRow>;
  structures: Map<string, Structure>;
  communes: Map<string, Commune>;
  index: SearchIndex;
  hours: Map<string, CompiledHours>;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export async function loadDirectory(db: ReferenceDb, pack: string): Promise<DirectoryData> {
  const [services, structures, communes, themes, stored, installed, hours] = await Promise.all([
    db.services.where('pack').equals(pack).toArray(),
    db.structures.where('pack').equals(pack).toArray(),
    db.communes.where('pack').equals(pack).toArray(),
    db.themes.where('pack').equals(pack).toArray(),
    db.searchIndexes.get(pack),
    db.packs.get(pack),
    db.hours.where('pack').equals(pack).toArray(),
  ]);
  // Packs installed by this version carry their name order; older installs are sorted here.
  if (services.every((s) => s.order !== undefined))
    services.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  else services.sort((a, b) => collator.compare(a.nom, b.nom));
  const territorySiren = installed?.territorySiren ?? '';
  // A pack installed before search indexes were stored, or by an older index format, gets its
  // index built here, once per load.
  const build = () =>
    buildSearchIndex(
      searchDocs({
        services,
        structures,
        communes,
        themes,
        territory: { id: '', name: '', epciSiren: territorySiren },
      }),
    );
  let index: SearchIndex;
  try {
    index = stored ? loadSearchIndex(stored.json) : build();
  } catch {
    index = build();
  }
  return {
    pack,
    territorySiren,
    services,
    byId: new Map(services.map((s) => [s.id, s])),
    structures: new Map(structures.map((s) => [s.id, s])),
    communes: new Map(communes.map((c) => [c.insee, c])),
    index,
    hours: new Map(hours.map((h) => [h.text, h.compiled])),
  };
}
