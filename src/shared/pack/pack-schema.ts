import * as v from 'valibot';
import { AGE_BANDS } from '../age-bands';
import {
  DI_FRAIS,
  DI_MOBILISABLE_PAR,
  DI_MODES_ACCUEIL,
  DI_MODES_MOBILISATION,
  DI_PUBLICS,
  DI_SERVICE_TYPES,
  DI_THEMATIQUE_PATTERN,
} from '../data-inclusion';
import { DOMAINS } from '../domains';
import { STRUCTURE_TYPES } from '../structure-types';

/** Bumped when a pack written for this code could not be read by older clients. */
export const PACK_FORMAT_VERSION = 1;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'identifiant invalide'));
const insee = v.pipe(v.string(), v.regex(/^(\d{5}|2[AB]\d{3})$/, 'code INSEE invalide'));
const siren = v.pipe(v.string(), v.regex(/^\d{9}$/, 'SIREN invalide (9 chiffres)'));
const isoDate = v.pipe(v.string(), v.isoDate('date attendue au format AAAA-MM-JJ'));
const isoTimestamp = v.pipe(
  v.string(),
  v.isoTimestamp('horodatage ISO 8601 attendu (AAAA-MM-JJTHH:MM:SSZ)'),
);
const latitude = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));
const longitude = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const url = v.pipe(
  v.string(),
  v.url('adresse web invalide'),
  v.startsWith('https://', 'https:// requis'),
);
/** French numbers, written with or without spaces; short numbers (3919) allowed. */
const phone = v.pipe(
  v.string(),
  v.regex(/^(\+33 ?|0)[1-9]( ?\d{2}){4}$|^\d{3,4}$/, 'numéro de téléphone invalide'),
);
const email = v.pipe(v.string(), v.email('adresse électronique invalide'));
const nonEmpty = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.minLength(1));

export const SourceSchema = v.object({
  name: text(200),
  url: v.optional(url),
  licence: v.optional(text(100)),
});

export const MetaSchema = v.object({
  version: v.pipe(v.string(), v.regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$/, 'version invalide')),
  publishedAt: isoTimestamp,
  demo: v.boolean(),
  sources: v.array(SourceSchema),
});

export const TerritorySchema = v.object({
  id,
  name: text(200),
  epciSiren: siren,
  branding: v.optional(
    v.object({
      shortName: v.optional(text(40)),
      colour: v.optional(v.pipe(v.string(), v.hexColor('couleur #rrggbb attendue'))),
      logo: v.optional(text(200_000)),
    }),
  ),
});

export const CommuneSchema = v.object({
  insee,
  name: text(100),
  postalCodes: nonEmpty(v.pipe(v.string(), v.regex(/^\d{5}$/, 'code postal invalide'))),
  population: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lat: latitude,
  lon: longitude,
});

export const ThemeSchema = v.object({
  id: v.picklist(DOMAINS),
  label: text(80),
  thematiques: nonEmpty(v.pipe(v.string(), v.regex(DI_THEMATIQUE_PATTERN))),
});

export const AddressSchema = v.object({
  ligne: text(200),
  complement: v.optional(text(200)),
  codePostal: v.pipe(v.string(), v.regex(/^\d{5}$/, 'code postal invalide')),
  commune: text(100),
  insee,
});

export const StructureSchema = v.object({
  id,
  nom: text(200),
  type: v.picklist(STRUCTURE_TYPES),
  adresse: v.optional(AddressSchema),
  telephone: v.optional(phone),
  courriel: v.optional(email),
  siteWeb: v.optional(url),
});

export const ServiceSchema = v.object({
  id,
  structureId: id,
  nom: text(200),
  description: text(4000),
  type: v.picklist(DI_SERVICE_TYPES),
  thematiques: v.array(v.pipe(v.string(), v.regex(DI_THEMATIQUE_PATTERN))),
  domaines: nonEmpty(v.picklist(DOMAINS)),
  publics: nonEmpty(v.picklist(DI_PUBLICS)),
  agesPublic: v.array(v.picklist(AGE_BANDS)),
  frais: v.array(v.picklist(DI_FRAIS)),
  fraisPrecisions: v.optional(text(500)),
  conditionsAcces: v.optional(text(1000)),
  modesAccueil: nonEmpty(v.picklist(DI_MODES_ACCUEIL)),
  /** INSEE codes of communes, or the EPCI's SIREN for the whole territory. */
  zoneEligibilite: nonEmpty(v.union([insee, siren])),
  adresse: v.optional(AddressSchema),
  latitude: v.optional(latitude),
  longitude: v.optional(longitude),
  telephone: v.optional(phone),
  courriel: v.optional(email),
  siteWeb: v.optional(url),
  /** OpenStreetMap opening_hours syntax, as data·inclusion carries it. */
  horaires: v.optional(text(500)),
  modesMobilisation: v.array(v.picklist(DI_MODES_MOBILISATION)),
  mobilisablePar: v.optional(v.array(v.picklist(DI_MOBILISABLE_PAR))),
  mobilisationPrecisions: v.optional(text(1000)),
  accessibiliteFauteuil: v.picklist(['oui', 'non', 'inconnu']),
  acceslibreUrl: v.optional(url),
  dateMaj: isoDate,
  source: text(100),
});

/** Guidance and orientation are filled by the access-to-rights work; the shape is kept open. */
export const GuidanceSchema = v.looseObject({ id, title: text(300) });
export const OrientationSchema = v.looseObject({ id });

export const ActionSchema = v.object({
  id,
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: text(300),
  domain: v.picklist(DOMAINS),
});

export const PackSchema = v.object({
  formatVersion: v.literal(PACK_FORMAT_VERSION),
  meta: MetaSchema,
  territory: TerritorySchema,
  communes: nonEmpty(CommuneSchema),
  themes: nonEmpty(ThemeSchema),
  structures: v.array(StructureSchema),
  services: v.array(ServiceSchema),
  guidance: v.array(GuidanceSchema),
  orientation: v.array(OrientationSchema),
  actions: v.array(ActionSchema),
});

export type Pack = v.InferOutput<typeof PackSchema>;
export type PackMeta = v.InferOutput<typeof MetaSchema>;
export type Territory = v.InferOutput<typeof TerritorySchema>;
export type Commune = v.InferOutput<typeof CommuneSchema>;
export type Theme = v.InferOutput<typeof ThemeSchema>;
export type Structure = v.InferOutput<typeof StructureSchema>;
export type Service = v.InferOutput<typeof ServiceSchema>;
export type Action = v.InferOutput<typeof ActionSchema>;
export type Address = v.InferOutput<typeof AddressSchema>;
