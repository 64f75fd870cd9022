import type { Commune, Service, Structure } from '../../../shared/pack/pack-schema';
import { referenceDb } from '../../db/databases';

export interface ServiceSummary {
  service: Service;
  structure: Structure | undefined;
  communeName: string | undefined;
}

const byName = new Intl.Collator('fr', { sensitivity: 'base' });

/** All services of one pack version with what the list shows of each. */
export async function listServices(pack: string): Promise<ServiceSummary[]> {
  const [services, structures, communes] = await Promise.all([
    referenceDb.services.where('pack').equals(pack).toArray(),
    referenceDb.structures.where('pack').equals(pack).toArray(),
    referenceDb.communes.where('pack').equals(pack).toArray(),
  ]);
  const structureById = new Map<string, Structure>(structures.map((s) => [s.id, s]));
  const communeByInsee = new Map<string, Commune>(communes.map((c) => [c.insee, c]));
  return services
    .map((service) => ({
      service,
      structure: structureById.get(service.structureId),
      communeName: service.adresse ? communeByInsee.get(service.adresse.insee)?.name : undefined,
    }))
    .sort((a, b) => byName.compare(a.service.nom, b.service.nom));
}

export async function getService(pack: string, id: string): Promise<ServiceSummary | null> {
  const service = await referenceDb.services.get([pack, id]);
  if (!service) return null;
  const structure = await referenceDb.structures.get([pack, service.structureId]);
  const commune = service.adresse
    ? await referenceDb.communes.get([pack, service.adresse.insee])
    : undefined;
  return { service, structure, communeName: commune?.name };
}
