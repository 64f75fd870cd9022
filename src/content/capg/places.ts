import type { Address, Structure } from '../../shared/pack/pack-schema';
import { type CapgCommune, communeOf } from './communes';
import {
  emailOf,
  FICTIONAL_LANDLINE,
  FICTIONAL_MOBILE,
  type FictionalNumbers,
  websiteOf,
} from './contacts';
import { slug } from './french';
import { type Point, pointNear } from './geo';
import type { StructureSource } from './model';

/** A structure with everything derived from its row: the pack record and where it is. */
export interface Place {
  source: StructureSource;
  commune: CapgCommune;
  structure: Structure;
  adresse: Address;
  point: Point;
  acceslibreUrl?: string;
}

export function toPlace(source: StructureSource, numbers: FictionalNumbers): Place {
  const commune = communeOf(source.insee);
  const codePostal = source.codePostal ?? commune.postalCodes[0];
  if (!codePostal || !commune.postalCodes.includes(codePostal)) {
    throw new Error(`${source.id} : code postal ${codePostal} hors de ${commune.name}`);
  }
  const adresse: Address = {
    ligne: source.ligne,
    ...(source.complement ? { complement: source.complement } : {}),
    codePostal,
    commune: commune.name,
    insee: commune.insee,
  };
  const siteWeb = websiteOf(source.id, source.type);
  const structure: Structure = {
    id: source.id,
    nom: source.nom,
    type: source.type,
    adresse,
    telephone: numbers.next(source.mobilePhone ? FICTIONAL_MOBILE : FICTIONAL_LANDLINE, source.id),
    courriel: emailOf(source.id, source.type),
    ...(siteWeb ? { siteWeb } : {}),
  };
  return {
    source,
    commune,
    structure,
    adresse,
    point: pointNear(commune, source.id),
    ...(source.acceslibre ? { acceslibreUrl: acceslibreUrlOf(source, commune) } : {}),
  };
}

/** Shaped like acceslibre's real addresses; the establishment part is invented. */
function acceslibreUrlOf(source: StructureSource, commune: CapgCommune): string {
  return `https://acceslibre.beta.gouv.fr/app/06-${slug(commune.name)}/a/${source.type}/erp/${source.id}-demo/`;
}
