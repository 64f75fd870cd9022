import type { Commune } from '../../shared/pack/pack-schema';
// A copy of ../shared/data/capg-communes.json kept in the project so that building the pack
// never depends on a folder outside it; a unit test checks that the copy has not drifted.
import source from './communes.json' with { type: 'json' };

/** [west, south, east, north] in degrees (WGS 84), from the IGN Admin Express polygons. */
export type BBox = readonly [number, number, number, number];

export interface CapgCommune extends Commune {
  bbox: BBox;
}

export const CAPG_COMMUNES: readonly CapgCommune[] = source.map((c) => ({
  insee: c.insee,
  name: c.name,
  postalCodes: c.postalCodes,
  population: c.population,
  lat: c.lat,
  lon: c.lon,
  bbox: toBBox(c.insee, c.bbox),
}));

const byInsee = new Map(CAPG_COMMUNES.map((c) => [c.insee, c]));

export function communeOf(insee: string): CapgCommune {
  const commune = byInsee.get(insee);
  if (!commune) throw new Error(`Commune ${insee} absente des communes du Pays de Grasse`);
  return commune;
}

/** The pack carries no bounding box: the client only needs a point per commune. */
export function packCommunes(): Commune[] {
  return CAPG_COMMUNES.map(({ insee, name, postalCodes, population, lat, lon }) => ({
    insee,
    name,
    postalCodes: [...postalCodes],
    population,
    lat,
    lon,
  }));
}

function toBBox(insee: string, values: number[]): BBox {
  const [west, south, east, north] = values;
  if (
    values.length !== 4 ||
    west === undefined ||
    south === undefined ||
    east === undefined ||
    north === undefined
  ) {
    throw new Error(`Emprise invalide pour la commune ${insee}`);
  }
  return [west, south, east, north];
}
