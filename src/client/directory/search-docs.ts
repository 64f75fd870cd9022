import type { Pack } from '../../shared/pack/pack-schema';
import type { SearchDoc } from '../../shared/search/search-index';
import { structureTypeLabel } from '../i18n/labels';

/** What the search index sees of each service: its own words plus its structure, places and themes. */
export function searchDocs(
  pack: Pick<Pack, 'services' | 'structures' | 'communes' | 'themes' | 'territory'>,
): SearchDoc[] {
  const structures = new Map(pack.structures.map((s) => [s.id, s]));
  const communes = new Map(pack.communes.map((c) => [c.insee, c.name]));
  const themes = new Map(pack.themes.map((t) => [t.id, t.label]));
  return pack.services.map((service) => {
    const structure = structures.get(service.structureId);
    const places = new Set<string>();
    if (service.adresse) places.add(communes.get(service.adresse.insee) ?? service.adresse.commune);
    for (const code of service.zoneEligibilite) {
      const name = communes.get(code);
      if (name) places.add(name);
    }
    return {
      id: service.id,
      nom: service.nom,
      description: service.description,
      structure: structure?.nom ?? '',
      structureType: structure ? structureTypeLabel(structure.type) : '',
      communes: [...places].join(' '),
      themes: service.domaines.map((d) => themes.get(d) ?? d).join(' '),
    };
  });
}
