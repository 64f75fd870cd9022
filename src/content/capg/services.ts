import type { Address, Service, Structure } from '../../shared/pack/pack-schema';
import { FICTIONAL_MOBILE, FictionalNumbers } from './contacts';
import { dateMajOf } from './dates';
import { aCommune, deCommune, slug } from './french';
import { pick } from './hash';
import type { PermanenceSource, ServiceTemplate, StructureSource } from './model';
import { type Place, toPlace } from './places';
import { resolveZone, type ZoneSpec } from './sectors';
import { templateOf } from './templates';

export const DEMO_SOURCE = 'demo-capg';

export interface Directory {
  structures: Structure[];
  services: Service[];
}

/** Turns the structure rows and the permanences into the pack's structures and services. */
export function compileDirectory(
  sources: readonly StructureSource[],
  permanences: readonly PermanenceSource[],
): Directory {
  const numbers = new FictionalNumbers();
  const places = new Map<string, Place>();
  for (const source of sources) {
    if (places.has(source.id)) throw new Error(`Structure « ${source.id} » en double`);
    places.set(source.id, toPlace(source, numbers));
  }
  const placeOf = (id: string): Place => {
    const place = places.get(id);
    if (!place) throw new Error(`Structure « ${id} » inconnue`);
    return place;
  };

  const services: Service[] = [];
  for (const place of places.values()) {
    for (const key of place.source.offre) {
      const template = templateOf(key);
      services.push(
        buildService(template, place, place, numbers, {
          id: `${place.source.id}--${key}`,
          zone: template.zone ?? place.source.zone ?? 'commune',
        }),
      );
    }
  }
  for (const permanence of permanences) {
    const host = placeOf(permanence.at);
    services.push(
      buildService(templateOf(permanence.template), placeOf(permanence.by), host, numbers, {
        id: `${permanence.by}--${permanence.template}--${slug(host.commune.name)}`,
        zone: permanence.zone ?? 'commune',
        horaires: permanence.horaires,
        complement: permanence.complement,
      }),
    );
  }
  return { structures: [...places.values()].map((p) => p.structure), services };
}

interface Instance {
  id: string;
  zone: ZoneSpec;
  horaires?: string;
  complement?: string;
}

function buildService(
  t: ServiceTemplate,
  runner: Place,
  host: Place,
  numbers: FictionalNumbers,
  instance: Instance,
): Service {
  const fill = filler(runner, host);
  const located = !t.mobile;
  const horaires = instance.horaires ?? horairesFor(t, runner.source.id);
  // A mobile team answers on its own mobile phone unless the whole structure is mobile.
  const telephone =
    t.mobile && !runner.source.mobilePhone
      ? numbers.next(FICTIONAL_MOBILE, instance.id)
      : runner.structure.telephone;
  // A permanence names the structure that lends its room, so that families find the door.
  const complement =
    instance.complement ?? (host === runner ? host.adresse.complement : host.structure.nom);
  return {
    id: instance.id,
    structureId: runner.structure.id,
    nom: fill(t.nom),
    description: fill(t.description),
    type: t.type,
    thematiques: [...t.thematiques],
    domaines: [...t.domaines],
    publics: [...t.publics],
    agesPublic: [...t.agesPublic],
    frais: [...t.frais],
    ...(t.fraisPrecisions ? { fraisPrecisions: fill(t.fraisPrecisions) } : {}),
    ...(t.conditionsAcces ? { conditionsAcces: fill(t.conditionsAcces) } : {}),
    modesAccueil: [...t.modesAccueil],
    zoneEligibilite: resolveZone(instance.zone, host.commune.insee),
    ...(located
      ? {
          adresse: addressWith(host.adresse, complement),
          latitude: host.point.latitude,
          longitude: host.point.longitude,
        }
      : {}),
    ...(telephone ? { telephone } : {}),
    ...(runner.structure.courriel ? { courriel: runner.structure.courriel } : {}),
    ...(runner.structure.siteWeb ? { siteWeb: runner.structure.siteWeb } : {}),
    ...(horaires ? { horaires } : {}),
    modesMobilisation: [...t.modesMobilisation],
    ...(t.mobilisablePar ? { mobilisablePar: [...t.mobilisablePar] } : {}),
    ...(t.mobilisationPrecisions ? { mobilisationPrecisions: fill(t.mobilisationPrecisions) } : {}),
    accessibiliteFauteuil: located ? host.source.fauteuil : 'inconnu',
    ...(located && host.acceslibreUrl ? { acceslibreUrl: host.acceslibreUrl } : {}),
    dateMaj: dateMajOf(instance.id),
    source: DEMO_SOURCE,
  };
}

/** Rebuilt in the schema's key order, so every address reads the same in the JSON. */
function addressWith(base: Address, complement: string | undefined): Address {
  return {
    ligne: base.ligne,
    ...(complement ? { complement } : {}),
    codePostal: base.codePostal,
    commune: base.commune,
    insee: base.insee,
  };
}

function horairesFor(t: ServiceTemplate, structureId: string): string | undefined {
  if (t.horaires === undefined || typeof t.horaires === 'string') return t.horaires;
  // Salted by the variants themselves: services sharing a list (office hours) share the choice.
  return pick(structureId, t.horaires.join('|'), t.horaires);
}

/** Placeholders speak of the place where the service is held, and of who runs it. */
function filler(runner: Place, host: Place): (text: string) => string {
  const values: Record<string, string> = {
    commune: host.commune.name,
    deCommune: deCommune(host.commune.name),
    aCommune: aCommune(host.commune.name),
    structure: runner.structure.nom,
  };
  return (text) =>
    text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`Variable {${name}} inconnue dans « ${text} »`);
      return value;
    });
}
