import type { CompiledHours } from '../../../shared/opening-hours/compiled-hours';
import type { Commune, Structure, Theme } from '../../../shared/pack/pack-schema';
import { referenceDb } from '../../db/databases';
import type { ServiceRow } from '../../db/reference-db';

export interface ServiceView {
  service: ServiceRow;
  structure: Structure | undefined;
  communes: Map<string, Commune>;
  themes: Theme[];
  territorySiren: string;
  hours: CompiledHours | undefined;
}

/** One service page's data, read from the pack the screen was opened with. */
export async function getServiceView(pack: string, id: string): Promise<ServiceView | null> {
  const service = await referenceDb.services.get([pack, id]);
  if (!service) return null;
  const [structure, communes, themes, installed, hours] = await Promise.all([
    referenceDb.structures.get([pack, service.structureId]),
    referenceDb.communes.where('pack').equals(pack).toArray(),
    referenceDb.themes.where('pack').equals(pack).toArray(),
    referenceDb.packs.get(pack),
    service.horaires ? referenceDb.hours.get([pack, service.horaires]) : undefined,
  ]);
  return {
    service,
    structure,
    communes: new Map(communes.map((c) => [c.insee, c])),
    themes,
    territorySiren: installed?.territorySiren ?? '',
    hours: hours?.compiled,
  };
}
