import type { Service, Structure } from '../../shared/pack/pack-schema';
import type { ZoneSpec } from './sectors';

/**
 * A kind of service, written once and offered by one or more structures. Texts may use
 * placeholders resolved against the place where the service is held:
 * {commune} "Saint-Auban", {deCommune} "de Saint-Auban", {aCommune} "à Saint-Auban",
 * {structure} the name of the structure that runs the service.
 */
export interface ServiceTemplate {
  /** Unique among templates; the service id is `${structureId}--${key}` (plus the place for permanences). */
  key: string;
  nom: string;
  description: string;
  type: Service['type'];
  domaines: Service['domaines'];
  thematiques: Service['thematiques'];
  publics: Service['publics'];
  agesPublic: Service['agesPublic'];
  frais: Service['frais'];
  fraisPrecisions?: string;
  conditionsAcces?: string;
  modesAccueil: Service['modesAccueil'];
  modesMobilisation: Service['modesMobilisation'];
  mobilisablePar?: Service['mobilisablePar'];
  mobilisationPrecisions?: string;
  /** OSM opening_hours; with several variants each structure gets one, so neighbours differ. */
  horaires?: string | readonly [string, ...string[]];
  /** Overrides the structure's zone (e.g. a territory-wide service of a local structure). */
  zone?: ZoneSpec;
  /** A service with no fixed place (a bus, a mobile team): no address, no coordinates. */
  mobile?: true;
}

export type Accessibility = Service['accessibiliteFauteuil'];

/** One row of the structure tables. Contacts and coordinates are derived from it. */
export interface StructureSource {
  id: string;
  nom: string;
  type: Structure['type'];
  insee: string;
  ligne: string;
  complement?: string;
  /** Defaults to the commune's first postal code. */
  codePostal?: string;
  fauteuil: Accessibility;
  /** Publishes a (fictional) acceslibre page. */
  acceslibre?: true;
  /** Default zone of its services; "commune" when absent. */
  zone?: ZoneSpec;
  /** Keys of the templates it offers at its own address. */
  offre: readonly string[];
  /** Mobile teams answer on a mobile phone. */
  mobilePhone?: true;
}

/** A service held away from its structure: a permanence in a mairie, a stop of the bus. */
export interface PermanenceSource {
  /** The structure that runs it. */
  by: string;
  template: string;
  /** The structure that hosts it (often a mairie); gives the address and coordinates. */
  at: string;
  horaires?: string;
  zone?: ZoneSpec;
  complement?: string;
}
