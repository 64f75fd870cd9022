import { AGE_BANDS } from '../age-bands';
import type { Service } from '../pack/pack-schema';
import type { DirectoryFilters } from './directory-filters';

const AGE_BAND_SET: ReadonlySet<string> = new Set(AGE_BANDS);

/** Where a service can be used: the commune of its address and every commune of its zone. */
export function coversCommune(service: Service, insee: string, territorySiren: string): boolean {
  return (
    service.adresse?.insee === insee ||
    service.zoneEligibilite.includes(insee) ||
    service.zoneEligibilite.includes(territorySiren)
  );
}

/**
 * The filters that need no clock and no search index. A service without age bands is open to
 * every age; a service "tous publics" matches every public.
 */
export function matchesFilters(
  service: Service,
  f: DirectoryFilters,
  territorySiren: string,
): boolean {
  if (f.domaine && !service.domaines.includes(f.domaine)) return false;
  if (f.commune && !coversCommune(service, f.commune, territorySiren)) return false;
  if (f.gratuit && !(service.frais.length > 0 && service.frais.every((x) => x === 'gratuit'))) {
    return false;
  }
  if (f.fauteuil && service.accessibiliteFauteuil !== 'oui') return false;
  if (f.public) {
    if (AGE_BAND_SET.has(f.public)) {
      if (service.agesPublic.length > 0 && !service.agesPublic.some((a) => a === f.public))
        return false;
    } else if (!service.publics.some((p) => p === f.public || p === 'tous-publics')) {
      return false;
    }
  }
  return true;
}
